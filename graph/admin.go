package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Counts holds node counts by label and relationship counts by type.
type Counts struct {
	Nodes         map[string]int
	Relationships map[string]int
}

const (
	nodeCountsCypher = `
MATCH (n) UNWIND labels(n) AS label
RETURN label AS name, count(*) AS n`
	relationshipCountsCypher = `
MATCH ()-[r]->()
RETURN type(r) AS name, count(*) AS n`
	// Relationships first: DETACH DELETE of 10,000 nodes at once holds every
	// relationship of a busy organization (tens of thousands of signatures)
	// in one transaction's memory.
	deleteRelationshipsCypher = `
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`
	deleteNodesCypher = `
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS`
)

// Counts returns how many nodes of each label and relationships of each type
// the graph holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	c := Counts{Nodes: map[string]int{}, Relationships: map[string]int{}}
	for cypher, into := range map[string]map[string]int{nodeCountsCypher: c.Nodes, relationshipCountsCypher: c.Relationships} {
		recs, err := s.read(ctx, cypher, nil)
		if err != nil {
			return Counts{}, fmt.Errorf("counts: %w", err)
		}
		for _, rec := range recs {
			name, _, err := neo4j.GetRecordValue[string](rec, "name")
			if err != nil {
				return Counts{}, fmt.Errorf("decode counts: %w", err)
			}
			n, _, err := neo4j.GetRecordValue[int64](rec, "n")
			if err != nil {
				return Counts{}, fmt.Errorf("decode counts: %w", err)
			}
			into[name] = int(n)
		}
	}
	return c, nil
}

// DeleteAll removes every node and relationship (constraints and indexes
// stay). Tests use it to start from an empty graph.
func (s *Store) DeleteAll(ctx context.Context) error {
	for _, cypher := range []string{deleteRelationshipsCypher, deleteNodesCypher} {
		if err := s.runAutoCommit(ctx, cypher); err != nil {
			return fmt.Errorf("delete all: %w", err)
		}
	}
	return nil
}

// runAutoCommit runs a statement in an implicit (auto-commit) transaction,
// which CALL { } IN TRANSACTIONS needs.
func (s *Store) runAutoCommit(ctx context.Context, cypher string) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
	defer session.Close(ctx)
	s.queries.Add(1)
	res, err := session.Run(ctx, cypher, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.translate(err)
	}
	return nil
}

// Fingerprint returns the graph's letters, entities and relationships as
// sorted lines (see fingerprintQueries): every entity and relationship a
// letter gives the graph; the review's bookkeeping (decisions, corrections)
// and derived caches (newest letters, co-signing) are left out. A reload,
// or a merge and then its split, must leave them as they were., for tests that compare two graphs.
func (s *Store) Fingerprint(ctx context.Context) ([]string, error) {
	var out []string
	for _, q := range fingerprintQueries {
		recs, err := s.read(ctx, q, nil)
		if err != nil {
			return nil, fmt.Errorf("fingerprint: %w", err)
		}
		for _, rec := range recs {
			line, _, err := neo4j.GetRecordValue[string](rec, "line")
			if err != nil {
				return nil, fmt.Errorf("decode fingerprint: %w", err)
			}
			out = append(out, line)
		}
	}
	sort.Strings(out)
	return out, nil
}

// fingerprintQueries each return lines; lists are sorted so their order in
// the store does not matter.
var fingerprintQueries = []string{`
MATCH (o:Organization)
RETURN 'org ' + o.id + ' | ' + o.name + ' | ' + reduce(t = '', a IN COLLECT { UNWIND coalesce(o.aliases, []) AS y RETURN y ORDER BY y } | t + a + ';') +
       ' | letters=' + toString(o.letterCount) AS line`, `
MATCH (p:Person)
RETURN 'person ' + p.id + ' | ' + p.name + ' | ' + coalesce(p.honorific, '') + ' | ' +
       reduce(t = '', a IN COLLECT { UNWIND coalesce(p.aliases, []) AS y RETURN y ORDER BY y } | t + a + ';') AS line`, `
MATCH (o:Office)
RETURN 'office ' + o.id + ' | ' + o.name AS line`, `
MATCH (l:Letter)
RETURN 'letter ' + l.id + ' | ' + coalesce(l.date, '') + ' | ' + coalesce(l.title, '') +
       ' | signatures=' + toString(l.signatureCount) + ' organizations=' + toString(l.organizationCount) AS line`, `
MATCH (n)-[s:SIGNED]->(l:Letter)
RETURN 'signed ' + n.id + ' -> ' + l.id + ' | ' + toString(s.position) + ' | ' + coalesce(s.title, '') + ' | ' +
       coalesce(s.organizationId, '') + ' | ' + coalesce(s.via, '') + ' | ' + coalesce(s.provenance, 'parsed') AS line`, `
MATCH (p:Person)-[h:HELD_ROLE]->(o:Organization)
RETURN 'role ' + p.id + ' -> ' + o.id + ' | ' + h.title + ' | ' + coalesce(h.firstSeen, '') + ' | ' +
       coalesce(h.lastSeen, '') + ' | ' + reduce(t = '', x IN COLLECT { UNWIND h.letters AS y RETURN y ORDER BY y } | t + x + ';') AS line`, `
MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization)
RETURN 'affiliated ' + p.id + ' -> ' + o.id AS line`, `
MATCH (l:Letter)-[a:ADDRESSED_TO]->(r)
RETURN 'addressed ' + l.id + ' -> ' + r.id + ' | ' + a.kind + ' | ' + toString(a.position) + ' | ' +
       coalesce(a.title, '') + ' | ' + (CASE WHEN r:Recipient THEN 'recipient' ELSE '' END) AS line`,
}
