package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// neo4jFlags binds the Neo4j connection flags, defaulting to the environment.
func neo4jFlags(fs *flag.FlagSet) *graph.Config {
	cfg := &graph.Config{}
	fs.StringVar(&cfg.URI, "neo4j-uri", envOr("NEO4J_URI", graph.DefaultURI), "Neo4j URI (env NEO4J_URI)")
	fs.StringVar(&cfg.Username, "neo4j-username", os.Getenv("NEO4J_USERNAME"), "Neo4j user; empty for no authentication (env NEO4J_USERNAME)")
	fs.StringVar(&cfg.Password, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&cfg.Database, "neo4j-database", os.Getenv("NEO4J_DATABASE"), "Neo4j database; empty for the server's default (env NEO4J_DATABASE)")
	return cfg
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// newFlagSet returns a flag set whose -h prints a description, the flags and
// the environment they read.
func newFlagSet(name, synopsis, description string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: coalition %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(description))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; -h is not an error.
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return true, nil
		}
		return false, exitError(2)
	}
	return false, nil
}

// openStore connects to Neo4j and migrates its schema.
func openStore(ctx context.Context, cfg *graph.Config) (*graph.Store, error) {
	s, err := graph.Open(ctx, *cfg)
	if err != nil {
		return nil, err
	}
	if err := s.Migrate(ctx); err != nil {
		s.Close(context.Background())
		return nil, err
	}
	return s, nil
}

func migrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", "[flags]", "Create the constraints and indexes the queries need. Safe to run again.", stderr)
	cfg := neo4jFlags(fs)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	fmt.Fprintf(stdout, "migrated %s\n", s.URI())
	return nil
}
