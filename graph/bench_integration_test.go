//go:build integration

package graph_test

import (
	"context"
	"flag"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/tools/corpusgen/corpus"
)

var (
	benchLetters = flag.Int("bench.letters", 300, "letters BenchmarkLoad generates and writes per iteration")
	benchBatch   = flag.Int("bench.batch", loader.DefaultBatchSize, "letters per WriteLetters call (transaction) in BenchmarkLoad")
)

// BenchmarkLoad writes a generated corpus into an empty graph the way
// `coalition load` does (WriteLetters, batches of -bench.batch letters, then
// WriteRoles),
// then writes the same letters, people, organizations, recipients and
// relationships bare with UNWIND ... CREATE (Store.WriteFloor): letters/s
// is ours, ratio is our time over the floor's, what MERGE, the
// organizations' counts and newest letters, and the change counter cost.
// It also builds the co-signing projection from the loaded graph
// (projection_s; serve does this when it starts). Parsing and resolving
// are done once, outside the timings.
func BenchmarkLoad(b *testing.B) {
	ctx := context.Background()
	imports := generatedImports(b, *benchLetters)
	s := MustOpenStore(b)
	var ours, projection, floor time.Duration
	var nodes, rels int
	for range b.N {
		start := time.Now()
		for i := 0; i < len(imports); i += *benchBatch {
			res, err := s.WriteLetters(ctx, imports[i:min(i+*benchBatch, len(imports))])
			if err != nil {
				b.Fatal(err)
			}
			if len(res.Unchanged) > 0 {
				b.Fatalf("%d letters already in the graph; want an empty graph", len(res.Unchanged))
			}
		}
		if _, err := s.WriteRoles(ctx, imports); err != nil {
			b.Fatal(err)
		}
		ours += time.Since(start)

		b.StopTimer()
		var err error
		if nodes, rels, err = s.Totals(ctx); err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		if _, err := graph.NewProjection(s).Refresh(ctx); err != nil {
			b.Fatal(err)
		}
		projection += time.Since(start)
		wipe(b, s)
		b.StartTimer()

		start = time.Now()
		if err := s.WriteFloor(ctx, imports, *benchBatch); err != nil {
			b.Fatal(err)
		}
		floor += time.Since(start)

		b.StopTimer()
		if n, r, err := s.Totals(ctx); err != nil || n != nodes || r != rels {
			b.Fatalf("floor wrote %d nodes, %d relationships (%v); want %d, %d", n, r, err, nodes, rels)
		}
		wipe(b, s)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*len(imports))/ours.Seconds(), "letters/s")
	b.ReportMetric(ours.Seconds()/float64(b.N), "load_s")
	b.ReportMetric(floor.Seconds()/float64(b.N), "floor_s")
	b.ReportMetric(ours.Seconds()/floor.Seconds(), "ratio")
	b.ReportMetric(projection.Seconds()/float64(b.N), "projection_s")
	b.ReportMetric(float64(nodes), "nodes")
	b.ReportMetric(float64(rels), "relationships")
}

// generatedImports parses and resolves n generated letters, as the loader
// does with files: a letter whose text repeats another's is dropped.
func generatedImports(tb testing.TB, n int) []graph.LetterImport {
	tb.Helper()
	seen := map[string]bool{}
	var letters []*graph.Letter
	for _, g := range corpus.Generate(1, n) {
		l, err := loader.ParseText(g.Name, g.Text)
		if err != nil {
			tb.Fatal(err)
		}
		loader.SetIdentity(l)
		if !seen[l.SHA256] {
			seen[l.SHA256] = true
			letters = append(letters, l)
		}
	}
	return loader.NewResolver(nil).Resolve(letters)
}

func wipe(tb testing.TB, s *graph.Store) {
	tb.Helper()
	if err := s.DeleteAll(context.Background()); err != nil {
		tb.Fatal(err)
	}
}
