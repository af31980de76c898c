package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/coalition-graph/coalition/loader"
)

const loadHelp = `Parse letters and load them into Neo4j. PATH may be files or folders
(walked recursively). Formats by extension: .txt (plain text), .json (the
answer-file shape), .csv (signature rows of many letters), .pdf (through
pdftotext from poppler-utils).

Loading is idempotent: a letter already in the graph (same normalized
content) is left unchanged, so a rerun, or a rerun after a crash, gives the
same graph. A letter that cannot be read is reported with its file, line and
reason, and the others still load; the exit status is 1 when any failed.`

func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", "[flags] PATH...", loadHelp, stderr)
	neo := neo4jFlags(fs)
	var opt loader.LoadOptions
	var report, quiet bool
	fs.StringVar(&opt.Aliases, "aliases", "", "aliases file that merges name variants (lines 'Canonical Name = Variant; Variant')")
	fs.BoolVar(&opt.DryRun, "dry-run", false, "parse and resolve only; write nothing (no database needed)")
	fs.BoolVar(&report, "report", false, "list likely duplicate organizations and people (not merged) for review")
	fs.IntVar(&opt.BatchSize, "batch", loader.DefaultBatchSize, "letters per write transaction")
	fs.BoolVar(&quiet, "quiet", false, "no progress line")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError(2)
	}
	if !quiet && isTerminal(stderr) {
		opt.Progress = func(p loader.Progress) {
			rate := 0.0
			if s := p.Elapsed.Seconds(); s > 0 {
				rate = float64(p.Letters) / s
			}
			fmt.Fprintf(stderr, "\r%d files, %d letters parsed, %d written, %d failed, %.0f letters/s ", p.Files, p.Letters, p.Written, p.Failed, rate)
		}
	}

	var w loader.Writer
	if !opt.DryRun {
		s, err := openStore(ctx, neo)
		if err != nil {
			return err
		}
		defer s.Close(context.Background())
		w = s
	}
	sum, err := loader.Load(ctx, w, fs.Args(), opt)
	if opt.Progress != nil {
		fmt.Fprintln(stderr)
	}
	printSummary(stdout, sum, report)
	if err != nil {
		return err
	}
	if len(sum.Failed) > 0 {
		return exitError(1)
	}
	return nil
}

func printSummary(w io.Writer, s loader.Summary, report bool) {
	verb := "loaded"
	if s.DryRun {
		verb = "parsed (dry run, nothing written)"
	}
	fmt.Fprintf(w, "%s %d letters from %d files in %s: %d new, %d unchanged, %d failed\n",
		verb, s.Letters, s.Files, s.Elapsed.Round(1e6), len(s.New), len(s.Unchanged), len(s.Failed))
	fmt.Fprintf(w, "%d organizations, %d people, %d offices, %d signatures\n", s.Organizations, s.People, s.Offices, s.Signatures)
	for _, f := range s.Failed {
		fmt.Fprintf(w, "failed: %s\n", f)
	}
	for _, f := range s.Skipped {
		fmt.Fprintf(w, "skipped: %s\n", f)
	}
	if report {
		fmt.Fprintf(w, "%d possible duplicates (not merged; add them to an aliases file to merge):\n", len(s.Duplicates))
		for _, d := range s.Duplicates {
			fmt.Fprintf(w, "  %s\n", d)
		}
	} else if len(s.Duplicates) > 0 {
		fmt.Fprintf(w, "%d possible duplicates: see --report\n", len(s.Duplicates))
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0 && !strings.EqualFold(os.Getenv("TERM"), "dumb")
}
