//go:build integration

package graph

import (
	"context"
	"os"
	"testing"
	"time"
)

// OpenTestStore opens the Neo4j that `make test` starts (NEO4J_TEST_URI, or
// the local default), empties it and migrates it. An unreachable Neo4j fails
// the test: these tests exist to run against the real thing. It is shared by
// this package's tests and those of graph_test.
func OpenTestStore(tb testing.TB) *Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		uri = DefaultURI
	}
	s, err := Open(ctx, Config{URI: uri, Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD")})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { s.Close(context.Background()) })
	if err := s.DeleteAll(ctx); err != nil {
		tb.Fatalf("delete all: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		tb.Fatalf("migrate: %v", err)
	}
	return s
}

// DropIndex drops an index by name (a test's own constant: names cannot be
// parameters), so tests can see Migrate make it again.
func (s *Store) DropIndex(ctx context.Context, name string) error {
	_, err := s.run(ctx, "DROP INDEX "+name+" IF EXISTS", nil, true)
	return err
}
