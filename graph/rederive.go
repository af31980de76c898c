package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// What a load adds up as it writes (an organization's letter counts, a
// person's roles) is derived from the signatures. A correction or a merge
// changes signatures in place, so it derives those facts again, from
// scratch, for the organizations and people it touched.

// recountOrganizationsCypher counts an organization's letters again.
const recountOrganizationsCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
SET o.letterCount = COUNT { MATCH (o)-[:SIGNED]->(l:Letter) RETURN DISTINCT l }`

// rebuildRolesCypher derives a person's roles from their signatures, as a
// load does: one HELD_ROLE per organization and title, with the first and
// last dated letters and every letter that shows it.
const rebuildRolesCypher = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[h:HELD_ROLE]->()
  DELETE h
}
CALL (p) {
  MATCH (p)-[s:SIGNED]->(l:Letter) WHERE s.organizationId IS NOT NULL
  MATCH (o:Organization {id: s.organizationId})
  WITH o, coalesce(s.title, '') AS title, l ORDER BY l.date, l.id
  WITH o, title, collect(DISTINCT l.id) AS letters, min(l.date) AS first, max(l.date) AS last
  CREATE (p)-[:HELD_ROLE {title: title, firstSeen: first, lastSeen: last, letters: letters}]->(o)
}`

// Entities a change leaves on no letter (a name the parser misread and an
// analyst corrected) are deleted, so search does not offer them; what is
// derived from letters (roles, co-signing) goes with them. A person is on a
// letter by signing it or being addressed; their affiliations came from
// their signatures, so they go with the person. An organization is kept
// while someone is affiliated with it. People go first, so that an
// organization only the deleted people were affiliated with goes too. One
// statement per label: labels cannot be parameters.
var deleteOrphansCypher = map[string]string{}

// orphanLabels are the labels deleteOrphans goes through, in order.
var orphanLabels = []string{"Person", "Organization", "Office"}

func init() {
	keeps := map[string]string{"Person": "SIGNED", "Organization": "SIGNED|AFFILIATED_WITH", "Office": "SIGNED|AFFILIATED_WITH"}
	for _, label := range orphanLabels {
		deleteOrphansCypher[label] = `
UNWIND $ids AS id
MATCH (n:` + label + ` {id: id})
WHERE NOT EXISTS { (n)-[:` + keeps[label] + `]-() } AND NOT EXISTS { (:Letter)-[:ADDRESSED_TO]->(n) }
DETACH DELETE n`
	}
}

// rederive recounts the organizations' letters and rebuilds the people's
// roles.
func (s *Store) rederive(ctx context.Context, tx neo4j.ManagedTransaction, orgs, people []string) error {
	if len(orgs) > 0 {
		if _, err := s.txRun(ctx, tx, recountOrganizationsCypher, map[string]any{"ids": orgs}); err != nil {
			return err
		}
	}
	if len(people) > 0 {
		if _, err := s.txRun(ctx, tx, rebuildRolesCypher, map[string]any{"ids": people}); err != nil {
			return err
		}
	}
	return nil
}

// deleteOrphans deletes those of the given organizations, people and
// recipients that no longer have any relationship.
func (s *Store) deleteOrphans(ctx context.Context, tx neo4j.ManagedTransaction, orgs, people, recipients []string) error {
	idsOf := map[string][]string{"Organization": union(orgs, recipients), "Person": union(people, recipients), "Office": recipients}
	for _, label := range orphanLabels {
		ids := idsOf[label]
		if len(ids) == 0 {
			continue
		}
		if _, err := s.txRun(ctx, tx, deleteOrphansCypher[label], map[string]any{"ids": ids}); err != nil {
			return err
		}
	}
	return nil
}

// changedLettersCypher gives the change counter a new epoch: a correction,
// merge or split changes letters already written, which a projection
// (projection.go) reads only when the epoch changes. It runs first in the
// transaction, as a load's stamp does, so writers take the counter's lock
// before any other.
const changedLettersCypher = `
MERGE (c:ChangeCounter {id: 'letters'})
ON CREATE SET c.value = 0
SET c.value = c.value + 1, c.epoch = randomUUID()`

func (s *Store) changedLetters(ctx context.Context, tx neo4j.ManagedTransaction) error {
	_, err := s.txRun(ctx, tx, changedLettersCypher, nil)
	return err
}
