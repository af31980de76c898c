//go:build integration

package edit_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/edit"
	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// The review loop against the real Neo4j (NEO4J_TEST_URI), loaded with the
// sample corpus in data/letters. Each test starts from a fresh load.

// setup returns the store, a service that refreshes a co-signing
// projection after each edit (as serve's does), and a context.
func setup(t *testing.T) (*graph.Store, *edit.Service, context.Context) {
	s, svc, _, ctx := setupProjected(t)
	return s, svc, ctx
}

func setupProjected(t *testing.T) (*graph.Store, *edit.Service, *graph.Projection, context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		uri = graph.DefaultURI
	}
	s, err := graph.Open(ctx, graph.Config{URI: uri})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatalf("delete all: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	load(t, ctx, s)
	p := graph.NewProjection(s)
	s.UseProjection(p)
	if _, err := p.Refresh(ctx); err != nil {
		t.Fatalf("project co-signing: %v", err)
	}
	svc := edit.New(s, func(ctx context.Context, _ graph.SaveResult) error {
		_, err := p.Refresh(ctx)
		return err
	})
	return s, svc, p, ctx
}

// load loads data/letters as `coalition load` does: with the graph's
// decisions and corrections.
func load(t *testing.T, ctx context.Context, s *graph.Store) loader.Summary {
	t.Helper()
	decisions, err := edit.New(s, nil).DecisionAliases(ctx)
	if err != nil {
		t.Fatalf("decisions: %v", err)
	}
	sum, err := loader.Load(ctx, s, []string{"../data/letters"}, loader.LoadOptions{Decisions: decisions, Corrections: s.Corrections})
	if err != nil || len(sum.Failed) > 0 {
		t.Fatalf("load data/letters: %v %v", err, sum.Failed)
	}
	return sum
}

func fingerprint(t *testing.T, ctx context.Context, s *graph.Store) []string {
	t.Helper()
	fp, err := s.Fingerprint(ctx)
	if err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	return fp
}

// sameGraph fails with the first lines that differ.
func sameGraph(t *testing.T, what string, got, want []string) {
	t.Helper()
	gotSet, wantSet := map[string]bool{}, map[string]bool{}
	for _, l := range got {
		gotSet[l] = true
	}
	for _, l := range want {
		wantSet[l] = true
	}
	var diff []string
	for _, l := range want {
		if !gotSet[l] {
			diff = append(diff, "- "+l)
		}
	}
	for _, l := range got {
		if !wantSet[l] {
			diff = append(diff, "+ "+l)
		}
	}
	if len(diff) > 0 {
		if len(diff) > 20 {
			diff = append(diff[:20], "…")
		}
		t.Fatalf("%s: the graph differs (- want, + got):\n%s", what, strings.Join(diff, "\n"))
	}
}

func readLetter(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../shared/letters/" + name)
	if err != nil {
		b, err = os.ReadFile("../loader/testdata/" + name)
	}
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return string(b)
}

func code(err error) string { return graph.ErrorCode(err) }
