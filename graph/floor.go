package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The floor exists only for benchmarks: it writes the same letters, people,
// organizations and recipients, and their SIGNED, HELD_ROLE,
// AFFILIATED_WITH and ADDRESSED_TO relationships, with the same properties,
// as WriteLetters would, in the cheapest way Cypher allows: UNWIND ...
// CREATE in a transaction per batch, each node created once (the floor
// knows in advance which are new, so nothing is MERGEd, counted or merged
// into lists), relationships between nodes found by id through the same
// uniqueness constraints. A benchmark compares a load with it to say what
// the load costs beyond what Neo4j needs to take the same graph at all.
// Nothing else calls it.

const (
	floorOrganizationsCypher = `UNWIND $rows AS row CREATE (o:Organization) SET o = row`
	floorPeopleCypher        = `UNWIND $rows AS row CREATE (p:Person) SET p = row`
	floorRolesCypher         = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})
CREATE (p)-[:HELD_ROLE {title: row.title, firstSeen: row.first, lastSeen: row.last, letters: row.letters}]->(o)`
	floorAffiliationsCypher = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})
CREATE (p)-[:AFFILIATED_WITH]->(o)`
)

var floorRecipientsCypher, floorAddressedCypher = map[string]string{}, map[string]string{}

func init() {
	for _, label := range []string{"Person", "Organization", "Office"} {
		floorRecipientsCypher[label] = `
UNWIND $rows AS row
CREATE (r:` + label + `:Recipient {id: row.id, name: row.name})`
		floorAddressedCypher[label] = `
UNWIND $rows AS row
MATCH (r:` + label + ` {id: row.id}), (l:Letter {id: row.letter})
CREATE (l)-[:ADDRESSED_TO {kind: row.kind, title: row.title, organization: row.organization, honorific: row.honorific, position: row.position}]->(r)`
	}
}

// WriteFloor writes the letters, batchSize to a transaction, as described
// at the top of this file, into a graph that holds none of their nodes.
// For benchmarks only.
func (s *Store) WriteFloor(ctx context.Context, letters []LetterImport, batchSize int) error {
	seen := map[string]bool{} // node ids written
	roles := map[[3]string]bool{}
	affiliations := map[[2]string]bool{}
	for start := 0; start < len(letters); start += batchSize {
		r := buildRows(letters[start:min(start+batchSize, len(letters))])
		fresh := func(rows []any, key string) []any {
			var out []any
			for _, row := range rows {
				m := row.(map[string]any)
				if id := m[key].(string); !seen[id] {
					seen[id] = true
					out = append(out, row)
				}
			}
			return out
		}
		var orgs []any
		for _, row := range fresh(r.organizations, "id") {
			m := row.(map[string]any)
			orgs = append(orgs, map[string]any{"id": m["id"], "name": m["name"], "aliases": m["aliases"], "letterCount": m["letters"]})
		}
		var heldRoles, affiliated []any
		for _, row := range roleRows(letters[start:min(start+batchSize, len(letters))]) {
			m := row.(map[string]any)
			k := [3]string{m["person"].(string), m["organization"].(string), m["title"].(string)}
			if !roles[k] {
				roles[k] = true
				heldRoles = append(heldRoles, row)
			}
		}
		for _, row := range r.affiliations {
			m := row.(map[string]any)
			k := [2]string{m["person"].(string), m["organization"].(string)}
			if !affiliations[k] {
				affiliations[k] = true
				affiliated = append(affiliated, row)
			}
		}
		steps := []struct {
			cypher string
			rows   []any
		}{
			{floorOrganizationsCypher, orgs},
			{floorPeopleCypher, fresh(r.people, "id")},
			{writeLettersCypher, r.letters},
			{writePersonSignaturesCypher, r.personSignatures},
			{writeOrganizationSignaturesCypher, r.organizationSignatures},
			{floorRolesCypher, heldRoles},
			{floorAffiliationsCypher, affiliated},
		}
		for _, label := range []string{"Person", "Organization", "Office"} {
			var recipients []any
			for _, row := range r.addressees[label] {
				m := row.(map[string]any)
				if id := m["id"].(string); !seen[id] {
					seen[id] = true
					recipients = append(recipients, map[string]any{"id": id, "name": m["name"]})
				}
			}
			steps = append(steps, struct {
				cypher string
				rows   []any
			}{floorRecipientsCypher[label], recipients}, struct {
				cypher string
				rows   []any
			}{floorAddressedCypher[label], r.addressees[label]})
		}
		session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
		_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for _, st := range steps {
				for _, chunk := range chunks(st.rows) {
					if _, err := s.txRun(ctx, tx, st.cypher, map[string]any{"rows": chunk}); err != nil {
						return nil, err
					}
				}
			}
			return nil, nil
		})
		session.Close(ctx)
		if err != nil {
			return fmt.Errorf("write floor: %w", s.translate(err))
		}
	}
	return nil
}

const (
	totalNodesCypher         = `MATCH (n) WHERE NOT n:ChangeCounter RETURN count(n) AS n`
	totalRelationshipsCypher = `MATCH ()-[r]->() RETURN count(r) AS n`
)

// Totals returns how many nodes (the change counter aside) and
// relationships the graph holds, whatever their labels (Counts counts a
// node once per label). Benchmarks use it to check the floor.
func (s *Store) Totals(ctx context.Context) (nodes, relationships int, err error) {
	var out [2]int
	for i, cypher := range []string{totalNodesCypher, totalRelationshipsCypher} {
		recs, err := s.read(ctx, cypher, nil)
		if err != nil {
			return 0, 0, fmt.Errorf("totals: %w", err)
		}
		if len(recs) != 1 {
			return 0, 0, fmt.Errorf("totals: %d records, want 1", len(recs))
		}
		n, _, err := neo4j.GetRecordValue[int64](recs[0], "n")
		if err != nil {
			return 0, 0, fmt.Errorf("decode totals: %w", err)
		}
		out[i] = int(n)
	}
	return out[0], out[1], nil
}
