//go:build integration

package graph

import (
	"context"
	"flag"
	"fmt"
	"testing"
	"time"
)

var benchPairs = flag.Int("bench.pairs", 100_000, "relationships each BenchmarkPairWrite step writes")

// BenchmarkPairWrite takes apart the gap between a load and its floor
// (BenchmarkLoad): almost all of a load is co-signing pairs, and the floor
// writes its relationships bare, between nodes it holds. Each step here
// writes -bench.pairs relationships between 4,000 organizations, adding one
// thing a co-signing pair needs, in batches of maxRows rows as the loader
// does; each step's time is reported as a ratio to the first's, measured in
// the same iteration.
func BenchmarkPairWrite(b *testing.B) {
	ctx := context.Background()
	s := OpenTestStore(b)
	const organizations = 4000
	steps := []struct{ name, cypher string }{
		{"floor", `MATCH (o:BenchOrganization) WITH collect(o) AS orgs
UNWIND $rows AS r WITH orgs[r.i] AS a, orgs[r.j] AS b
CREATE (a)-[:BENCH_PAIR]->(b)`},
		{"found_by_id", `UNWIND $rows AS r
MATCH (a:BenchOrganization {id: r.a}) MATCH (b:BenchOrganization {id: r.b})
CREATE (a)-[:BENCH_PAIR]->(b)`},
		{"with_counts_and_dates", `UNWIND $rows AS r
MATCH (a:BenchOrganization {id: r.a}) MATCH (b:BenchOrganization {id: r.b})
CREATE (a)-[:BENCH_PAIR {count: r.count, weight: r.weight, firstDate: r.first, lastDate: r.last, year: r.year}]->(b)`},
		{"with_key", `UNWIND $rows AS r
MATCH (a:BenchOrganization {id: r.a}) MATCH (b:BenchOrganization {id: r.b})
CREATE (a)-[:BENCH_PAIR {key: r.key, count: r.count, weight: r.weight, firstDate: r.first, lastDate: r.last, year: r.year}]->(b)`},
		{"with_unique_key", `UNWIND $rows AS r
MATCH (a:BenchOrganization {id: r.a}) MATCH (b:BenchOrganization {id: r.b})
CREATE (a)-[:BENCH_KEYED_PAIR {key: r.key, count: r.count, weight: r.weight, firstDate: r.first, lastDate: r.last, year: r.year}]->(b)`},
	}
	for _, cypher := range []string{
		`CREATE CONSTRAINT bench_organization_id IF NOT EXISTS FOR (o:BenchOrganization) REQUIRE o.id IS UNIQUE`,
		`CREATE CONSTRAINT bench_keyed_pair_key IF NOT EXISTS FOR ()-[r:BENCH_KEYED_PAIR]-() REQUIRE r.key IS UNIQUE`,
	} {
		if err := s.runAutoCommit(ctx, cypher); err != nil {
			b.Fatal(err)
		}
	}
	b.Cleanup(func() {
		for _, cypher := range []string{`DROP CONSTRAINT bench_organization_id IF EXISTS`, `DROP CONSTRAINT bench_keyed_pair_key IF EXISTS`} {
			s.runAutoCommit(context.Background(), cypher)
		}
	})
	rows := pairWriteRows(*benchPairs, organizations)
	took := make([]time.Duration, len(steps))
	for range b.N {
		for k, step := range steps {
			b.StopTimer()
			if err := s.DeleteAll(ctx); err != nil {
				b.Fatal(err)
			}
			if _, err := s.run(ctx, `UNWIND range(0, $n - 1) AS i CREATE (:BenchOrganization {id: 'org:bench-organization-' + i})`,
				map[string]any{"n": organizations}, true); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			start := time.Now()
			for i := 0; i < len(rows); i += maxRows {
				if _, err := s.run(ctx, step.cypher, map[string]any{"rows": rows[i:min(i+maxRows, len(rows))]}, true); err != nil {
					b.Fatalf("%s: %v", step.name, err)
				}
			}
			took[k] += time.Since(start)
		}
	}
	b.StopTimer()
	if err := s.DeleteAll(ctx); err != nil {
		b.Fatal(err)
	}
	for k, step := range steps {
		b.ReportMetric(took[k].Seconds()/took[0].Seconds(), step.name+"_ratio")
	}
	b.ReportMetric(took[0].Seconds()/float64(b.N), "floor_s")
}

// pairWriteRows makes n distinct pairs of the organizations, with the
// properties a co-signing pair carries.
func pairWriteRows(n, organizations int) []any {
	rows := make([]any, n)
	for k := range n {
		i := k % organizations
		j := (i + 1 + k/organizations) % organizations
		a, b := fmt.Sprintf("org:bench-organization-%d", i), fmt.Sprintf("org:bench-organization-%d", j)
		rows[k] = map[string]any{"i": i, "j": j, "a": a, "b": b, "key": pairKey(a, b, 2000+k%25),
			"count": k%7 + 1, "weight": 0.25, "first": "2019-03-04", "last": "2020-11-02", "year": 2000 + k%25}
	}
	return rows
}
