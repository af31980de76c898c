package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The floor exists only for benchmarks: it writes as many nodes and
// relationships as a load did, in the cheapest way Cypher allows (bare
// UNWIND ... CREATE, no MERGE, no lookups, no properties but a number), so
// that a benchmark can say how far WriteLetters is from what Neo4j can take
// at all through the same driver. Nothing else calls it, and its :Floor
// nodes mean nothing to the rest of the graph.

// floorBatch is how many rows (nodes plus relationships) one floor
// transaction writes: what writeNew gives one statement.
const floorBatch = maxRows

// floorCypher creates a batch's nodes, then its relationships between them
// (relationships chosen by arithmetic on the list of new nodes, so there is
// no lookup to pay for).
const floorCypher = `
UNWIND range(1, $nodes) AS i
CREATE (n:Floor {i: i})
WITH collect(n) AS ns
UNWIND range(0, $rels - 1) AS j
WITH ns[j % size(ns)] AS a, ns[(j * 7 + 1) % size(ns)] AS b
CREATE (a)-[:FLOOR]->(b)`

// WriteFloor creates nodes placeholder nodes and rels placeholder
// relationships in transactions of about floorBatch rows. For benchmarks
// only: see the comment at the top of this file.
func (s *Store) WriteFloor(ctx context.Context, nodes, rels int) error {
	if nodes <= 0 && rels > 0 {
		return fmt.Errorf("write floor: %d relationships need at least one node", rels)
	}
	batches := max(1, (nodes+rels+floorBatch-1)/floorBatch)
	batches = min(batches, max(nodes, 1)) // every batch needs a node to hang relationships on
	for b := range batches {
		// Spread nodes and relationships evenly; the first batches take the remainders.
		n := nodes/batches + boolInt(b < nodes%batches)
		r := rels/batches + boolInt(b < rels%batches)
		if _, err := s.run(ctx, floorCypher, map[string]any{"nodes": n, "rels": r}, true); err != nil {
			return fmt.Errorf("write floor: %w", err)
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

const (
	totalNodesCypher         = `MATCH (n) RETURN count(n) AS n`
	totalRelationshipsCypher = `MATCH ()-[r]->() RETURN count(r) AS n`
)

// Totals returns how many nodes and relationships the graph holds, whatever
// their labels (Counts counts a node once per label). Benchmarks use it to
// size the floor.
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
