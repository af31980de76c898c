package graph

import (
	"context"
	"fmt"
	"math"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// For people who query Neo4j directly (Cypher, Bloom), `coalition project`
// writes the co-signing the projection computes as relationships, on
// demand: one (a)-[:CO_SIGNED {count, weight, firstDate, lastDate}]->(b)
// per pair of organizations (a's id before b's) that signed at least
// minShared letters of a window together. Each run replaces the
// CO_SIGNED relationships of the one before. Loads do not keep them
// current: they show the graph as it was when they were written.

const (
	deleteCoSignedCypher = `
MATCH ()-[r:CO_SIGNED]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`

	writeCoSignedCypher = `
UNWIND $rows AS row
MATCH (a:Organization {id: row.a}), (b:Organization {id: row.b})
CREATE (a)-[:CO_SIGNED {count: row.count, weight: row.weight, firstDate: row.first, lastDate: row.last}]->(b)`
)

// coSignedChunk is how many relationships one transaction of WriteCoSigned
// writes.
const coSignedChunk = 20000

// WriteCoSigned replaces the graph's CO_SIGNED relationships with the pairs
// of the projection's current snapshot in the window that share at least
// minShared letters; progress, if not nil, hears how many are written so
// far. It returns how many it wrote.
func (p *Projection) WriteCoSigned(ctx context.Context, w Window, minShared int, progress func(written int)) (int, error) {
	s, err := p.current(ctx)
	if err != nil {
		return 0, fmt.Errorf("write co-signing: %w", err)
	}
	if err := p.store.runAutoCommit(ctx, deleteCoSignedCypher); err != nil {
		return 0, fmt.Errorf("write co-signing: remove the last: %w", err)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	work := make(chan []any, 1)
	done := make(chan struct{})
	written := 0
	go func() {
		defer close(done)
		for rows := range work {
			if ctx.Err() != nil {
				continue
			}
			if _, err := p.store.run(ctx, writeCoSignedCypher, map[string]any{"rows": rows}, true); err != nil {
				cancel(err)
				continue
			}
			written += len(rows)
			if progress != nil {
				progress(written)
			}
		}
	}()
	var rows []any
	sp := s.window(w)
	need := func() int {
		if ctx.Err() != nil {
			return math.MaxInt32 // stop
		}
		return max(minShared, 1)
	}
	s.visitPairs(sp, need, func(scratch *walkScratch, u, v int32) {
		pr := s.pair(scratch, u, v)
		rows = append(rows, map[string]any{"a": pr.A, "b": pr.B, "count": pr.Shared, "weight": pr.Weighted,
			"first": nullable(pr.FirstDate), "last": nullable(pr.LastDate)})
		if len(rows) == coSignedChunk {
			select {
			case work <- rows:
			case <-ctx.Done():
			}
			rows = nil
		}
	})
	if len(rows) > 0 && ctx.Err() == nil {
		work <- rows
	}
	close(work)
	<-done
	if err := context.Cause(ctx); err != nil {
		return written, fmt.Errorf("write co-signing: %w", err)
	}
	return written, nil
}

// CoSignedCount returns how many CO_SIGNED relationships the graph holds.
func (s *Store) CoSignedCount(ctx context.Context) (int, error) {
	recs, err := s.read(ctx, `MATCH ()-[r:CO_SIGNED]->() RETURN count(r) AS n`, nil)
	if err != nil {
		return 0, fmt.Errorf("count co-signing relationships: %w", err)
	}
	n, _, err := neo4j.GetRecordValue[int64](recs[0], "n")
	return int(n), err
}
