package graph

import (
	"context"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// What a load adds up as it writes (an organization's letter counts, a
// person's roles) is derived from the signatures. A correction or a merge
// changes signatures in place, so it derives those facts again, from
// scratch, for the organizations and people it touched.

// recountOrganizationsCypher is a var: its LIMIT is recentLettersMax.
var recountOrganizationsCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  OPTIONAL MATCH (o)-[:SIGNED]->(l:Letter)
  RETURN count(DISTINCT l) AS letters
}
CALL (o) {
  OPTIONAL MATCH (o)-[:SIGNED]->(l:Letter) WHERE l.year IS NOT NULL
  WITH l.year AS year, count(DISTINCT l) AS n ORDER BY year
  WITH collect(CASE WHEN year IS NULL THEN null ELSE [year, n] END) AS rows
  RETURN [r IN rows | r[0]] AS years, [r IN rows | r[1]] AS counts
}
CALL (o) {
  OPTIONAL MATCH (o)-[:SIGNED]->(l:Letter)
  WITH DISTINCT l WHERE l IS NOT NULL
  WITH l ORDER BY coalesce(l.date, '` + undatedKey + `') DESC, l.id LIMIT ` + strconv.Itoa(recentLettersMax) + `
  RETURN collect(l.id) AS recent, collect(coalesce(l.date, '` + undatedKey + `')) AS recentDates
}
SET o.letterCount = letters, o.letterYears = years, o.lettersByYear = counts,
    o.recentLetters = recent, o.recentLetterDates = recentDates`

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
// derived from letters (roles, co-signing) goes with them. One statement
// per label: labels cannot be parameters.
var deleteOrphansCypher = map[string]string{}

func init() {
	for _, label := range []string{"Organization", "Person", "Office"} {
		deleteOrphansCypher[label] = `
UNWIND $ids AS id
MATCH (n:` + label + ` {id: id})
WHERE NOT EXISTS { (n)-[:SIGNED|AFFILIATED_WITH]-() } AND NOT EXISTS { (:Letter)-[:ADDRESSED_TO]->(n) }
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
	for label, ids := range map[string][]string{"Organization": union(orgs, recipients), "Person": union(people, recipients), "Office": recipients} {
		if len(ids) == 0 {
			continue
		}
		if _, err := s.txRun(ctx, tx, deleteOrphansCypher[label], map[string]any{"ids": ids}); err != nil {
			return err
		}
	}
	return nil
}
