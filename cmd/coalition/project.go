package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/coalition-graph/coalition/graph"
)

const projectHelp = `Write co-signing into Neo4j as relationships, for Cypher and Bloom users:
one (a)-[:CO_SIGNED {count, weight, firstDate, lastDate}]->(b) per pair of
organizations (a's id before b's) that signed at least --min-shared letters
of the window together; weight adds 1/(n-1) for each shared letter of n
organizations. The relationships of the last run are replaced. Loads do not
keep them current (the API computes co-signing from letters in memory), so
run this again after loading letters.

A letter of k organizations makes k(k-1)/2 pairs: with --min-shared 1 a
corpus of 100,000 letters writes tens of millions; --min-shared 2 keeps the
partnerships that happened more than once.`

func project(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("project", "[flags]", projectHelp, stderr)
	neo := neo4jFlags(fs)
	var w graph.Window
	var minShared int
	var quiet bool
	fs.IntVar(&w.From, "from", 0, "first year of the window (inclusive); 0: from the first letter, undated letters too when --to is 0 as well")
	fs.IntVar(&w.To, "to", 0, "last year of the window (inclusive); 0: to the last letter")
	fs.IntVar(&minShared, "min-shared", 1, "write only pairs that signed at least this many letters together")
	fs.BoolVar(&quiet, "quiet", false, "no progress line")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 || minShared < 1 || w.From < 0 || w.To < 0 || (w.To > 0 && w.From > w.To) {
		fs.Usage()
		return exitError(2)
	}
	s, err := openStore(ctx, neo)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	start := time.Now()
	co := graph.NewProjection(s)
	res, err := co.Refresh(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "projected %d letters of %d organizations in %s\n", res.Letters, res.Organizations, res.Took.Round(time.Millisecond))
	var progress func(int)
	if !quiet && isTerminal(stderr) {
		progress = func(n int) { fmt.Fprintf(stderr, "\r%d CO_SIGNED relationships written ", n) }
	}
	writing := time.Now()
	n, err := co.WriteCoSigned(ctx, w, minShared, progress)
	if progress != nil {
		fmt.Fprintln(stderr)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d CO_SIGNED relationships (pairs sharing at least %d letter(s), %s) in %s; %s in all\n",
		n, minShared, windowText(w), time.Since(writing).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	return nil
}

func windowText(w graph.Window) string {
	switch {
	case w.Open():
		return "all letters"
	case w.To == 0:
		return fmt.Sprintf("letters from %d on", w.From)
	case w.From == 0:
		return fmt.Sprintf("letters up to %d", w.To)
	}
	return fmt.Sprintf("letters of %d–%d", w.From, w.To)
}
