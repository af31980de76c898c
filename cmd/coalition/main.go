// Command coalition turns advocacy sign-on letters into a Neo4j graph of
// people, organizations, letters and recipients, and serves it through a
// GraphQL API, a GraphQL playground and a network explorer.
//
// This package is wiring only: configuration, subcommands, and the HTTP server.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

const usage = `coalition: explore who co-signs advocacy letters with whom.

Usage:
  coalition serve   [flags]            serve the explorer, API (/graphql) and playground
  coalition load    [flags] PATH...    parse letters (files or folders) and load them into Neo4j
  coalition parse   [flags] FILE       print one parsed letter as JSON (no database needed)
  coalition project [flags]            write co-signing as CO_SIGNED relationships, for Cypher and Bloom
  coalition migrate [flags]            create Neo4j constraints and indexes (serve and load do this too)
  coalition aliases export|import      the graph's merge decisions as an aliases file, out and in

Run 'coalition COMMAND -h' for a command's flags.

Environment (flags override):
  NEO4J_URI        Neo4j to use (default bolt://localhost:7687; neo4j+s://... for Aura or a cluster)
  NEO4J_USERNAME   user name (empty: no authentication, as the local Neo4j from 'make neo4j-start')
  NEO4J_PASSWORD   password
  NEO4J_DATABASE   database (default: the server's default database)
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, log); err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			os.Exit(int(ex))
		}
		fmt.Fprintln(os.Stderr, "coalition:", err)
		os.Exit(1)
	}
}

// exitError ends the program with a status and no further message (the
// command has already said why).
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func run(ctx context.Context, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError(2)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, stderr, log)
	case "load":
		return load(ctx, rest, stdout, stderr)
	case "parse":
		return parse(rest, stdout, stderr)
	case "project":
		return project(ctx, rest, stdout, stderr)
	case "migrate":
		return migrate(ctx, rest, stdout, stderr)
	case "aliases":
		return aliases(ctx, rest, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "coalition: unknown command %q\n\n%s", cmd, usage)
	return exitError(2)
}
