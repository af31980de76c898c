package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/coalition-graph/coalition/edit"
	"github.com/coalition-graph/coalition/loader"
)

const loadHelp = `Parse letters and load them into Neo4j. PATH may be files or folders
(walked recursively). Formats by extension: .txt (plain text), .json (the
answer-file shape), .csv (signature rows of many letters), .pdf (through
pdftotext from poppler-utils).

Loading is idempotent: a letter already in the graph (same normalized
content) is left unchanged, so a rerun, or a rerun after a crash, gives the
same graph. A letter that cannot be read is reported with its file, line and
reason, and the others still load; the exit status is 1 when any failed.

Names are resolved across all the letters read: two names become one entity
only by the aliases file (--aliases) or by a stated rule (a middle initial
dropped at the same organization; "of the U.S." for "of the United States";
an acronym printed beside its name), and one name stays two people when it
sits in both chambers of Congress in the same term. --report lists those
merges and splits with their evidence, and the possible duplicates ranked by
evidence for review; --json prints everything as JSON.

The graph's merge decisions (made in the explorer's review page) resolve
names beside --aliases, and a letter an analyst corrected is read as
corrected: reloading a file keeps its correction.`

func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", "[flags] PATH...", loadHelp, stderr)
	neo := neo4jFlags(fs)
	var opt loader.LoadOptions
	var report, asJSON, quiet bool
	fs.StringVar(&opt.Aliases, "aliases", "", "aliases file that merges name variants (lines 'Canonical Name = Variant; Variant')")
	fs.BoolVar(&opt.DryRun, "dry-run", false, "parse and resolve only; write nothing (no database needed)")
	fs.BoolVar(&report, "report", false, "list every signatory to review, the names merged by rule, the names kept apart, and the likely duplicates (not merged), most likely first")
	fs.BoolVar(&asJSON, "json", false, "print the summary and the whole report as one JSON object, for programs")
	fs.IntVar(&opt.BatchSize, "batch", loader.DefaultBatchSize, "letters per write transaction")
	fs.BoolVar(&quiet, "quiet", false, "no progress line")
	memoryLimitMiB := fs.Int("memory-limit", 512, "MiB of Go heap at which garbage is collected at the latest (it is also collected whenever the heap doubles); 0, or GOGC or GOMEMLIMIT set: Go's defaults")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	capHeap(*memoryLimitMiB)
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
		// the organizations already in the graph tell the parser names
		// from titles in the new letters (but not those only these
		// letters wrote, in a run killed before)
		opt.KnownOrganizationsOutside = s.OrganizationNamesOutside
		// analysts' merge decisions and corrections, made in the explorer,
		// hold for letters loaded later and for letters read again
		if opt.Decisions, err = edit.New(s, nil).DecisionAliases(ctx); err != nil {
			return err
		}
		opt.Corrections = s.Corrections
	}
	sum, err := loader.Load(ctx, w, fs.Args(), opt)
	if opt.Progress != nil {
		fmt.Fprintln(stderr)
	}
	if asJSON {
		if jerr := printJSON(stdout, sum); jerr != nil && err == nil {
			err = jerr
		}
	} else {
		printSummary(stdout, sum, report)
	}
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
	if s.Corrected > 0 {
		fmt.Fprintf(w, "%d letters read as analysts corrected them, not as parsed\n", s.Corrected)
	}
	for _, f := range s.Failed {
		fmt.Fprintf(w, "failed: %s\n", f)
	}
	for _, f := range s.Skipped {
		fmt.Fprintf(w, "skipped: %s\n", f)
	}
	printReview(w, s.Review, report)
	printResolution(w, s, report)
}

// reviewShown is how many signatories to review the summary lists
// without --report.
const reviewShown = 20

// printReview lists the signatories the parser is unsure of, by file and
// line, so an analyst can check them.
func printReview(w io.Writer, items []loader.ReviewItem, all bool) {
	if len(items) == 0 {
		return
	}
	letters := map[string]bool{}
	for _, it := range items {
		letters[it.File] = true
	}
	fmt.Fprintf(w, "%d signatories in %d letters to review (the parser is unsure of them):\n", len(items), len(letters))
	for i, it := range items {
		if i == reviewShown && !all {
			fmt.Fprintf(w, "  ... %d more: see --report\n", len(items)-i)
			break
		}
		fmt.Fprintf(w, "  %s\n", it)
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

// capHeap collects garbage when the heap nears limitMiB, as well as each
// time it doubles: resolving 100,000 letters' names keeps about 400 MB
// live, and doubling that is what took a load past 1 GB. GOGC or
// GOMEMLIMIT in the environment win.
func capHeap(limitMiB int) {
	if limitMiB > 0 && os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(limitMiB) << 20)
	}
}
