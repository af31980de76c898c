package graph

import (
	"context"
	"fmt"

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
