// Command parseeval measures the letter parser against hand-checked answer
// files: for every letter and in total, signatory F1 (name, title and
// organization all right), name F1, organization-only F1, recipient F1 and
// date accuracy, and how well its confidence flags the signatories it got
// wrong. `make eval` runs it.
//
//	go run ./tools/parseeval [-v] [-fit DIRS] DIR...
//
// Each DIR holds letters (NNN_slug.txt) with their answers (NNN_slug.json).
// The parse is rules and lexicons; the one thing fitted to letters is the
// confidence model, fitted to the -fit directories. A letter of those is
// rated leave-one-letter-out, by a model fitted without it; any other
// letter by the model fitted to them all.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/loader/answers"
)

// flagShare is the share of the wrong signatories the threshold is set to
// flag in the letters fitted to (tools/trainconfidence uses the same).
const flagShare = 0.9

func main() {
	verbose := flag.Bool("v", false, "print every letter, not only the ones with a difference")
	fit := flag.String("fit", "loader/testdata,loader/evaldata/dev", "comma-separated directories the confidence model is fitted to")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: parseeval [-v] [-fit DIRS] DIR...\n\nScores the parser on every NNN.txt with an NNN.json answer beside it.\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	ev, err := newEvaluation(strings.Split(*fit, ","))
	if err != nil {
		fmt.Fprintln(os.Stderr, "parseeval:", err)
		os.Exit(1)
	}
	for _, dir := range flag.Args() {
		if err := ev.dir(os.Stdout, dir, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "parseeval:", err)
			os.Exit(1)
		}
	}
}

// evaluation holds the labelled letters the confidence model is fitted to.
type evaluation struct {
	fitted []answers.Labelled
	all    *loader.ConfidenceModel // fitted to every one of them
}

func newEvaluation(dirs []string) (*evaluation, error) {
	ev := &evaluation{}
	for _, d := range dirs {
		ls, err := answers.Dir(d)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			ev.fitted = append(ev.fitted, answers.Label(l, loader.Options{}))
		}
	}
	ev.all = ev.fit("")
	return ev, nil
}

// fit fits a model to the fitted letters but the one at path.
func (ev *evaluation) fit(without string) *loader.ConfidenceModel {
	var samples [][]string
	var right []bool
	for _, lab := range ev.fitted {
		if lab.Err == nil && !samePath(lab.Letter.Path, without) {
			samples = append(samples, lab.Features...)
			right = append(right, lab.Right...)
		}
	}
	return loader.FitConfidence(samples, right, flagShare)
}

// model is the one a letter is rated by: fitted without it when it is
// one of the fitted letters.
func (ev *evaluation) model(path string) (*loader.ConfidenceModel, bool) {
	for _, lab := range ev.fitted {
		if samePath(lab.Letter.Path, path) {
			return ev.fit(path), true
		}
	}
	return ev.all, false
}

func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	x, _ := filepath.Abs(a)
	y, _ := filepath.Abs(b)
	return x == y
}

// letterResult is one letter's score, by file.
type letterResult struct {
	file  string
	score score
	err   error
}

func (ev *evaluation) dir(w io.Writer, dir string, verbose bool) error {
	ls, err := answers.Dir(dir)
	if err != nil {
		return err
	}
	if len(ls) == 0 {
		return fmt.Errorf("%s: no letters with answers", dir)
	}
	var results []letterResult
	loo := false
	for _, l := range ls {
		m, out := ev.model(l.Path)
		loo = loo || out
		parsed, err := loader.ParseWith(l.Path, l.Text, loader.Options{Confidence: m})
		if err != nil {
			parsed = nil
		}
		results = append(results, letterResult{file: filepath.Base(l.Path), score: compare(parsed, l.Answer), err: err})
	}
	how := "rated by the model fitted to all fitted letters"
	if loo {
		how = "rated leave-one-letter-out"
	}
	report(w, dir, how, results, verbose)
	return nil
}

// report prints a line per letter (every one with -v, else those with a
// difference) and the totals, in the shape of the issue tracker's tables.
func report(w io.Writer, dir, how string, results []letterResult, verbose bool) {
	fmt.Fprintf(w, "%s: %d letters; confidence %s\n\n", dir, len(results), how)
	fmt.Fprintf(w, "%-56s %9s %6s %6s %6s %6s %4s %7s\n", "letter", "signers", "sigF1", "name", "orgs", "rcpt", "date", "flagged")
	var tot score
	perfect, dates := 0, 0
	for _, r := range results {
		s := r.score
		tot.add(s)
		if s.perfect() {
			perfect++
		}
		if s.dateOK {
			dates++
		}
		diff := !s.perfect() || !s.dateOK || s.recipients.tp != s.recipients.want || s.recipients.tp != s.recipients.got
		if !verbose && !diff {
			continue
		}
		name := r.file
		if len(name) > 56 {
			name = name[:56]
		}
		date := "ok"
		if !s.dateOK {
			date = "no"
		}
		fmt.Fprintf(w, "%-56s %4d/%-4d %6.3f %6.3f %6.3f %6.3f %4s %7d", name, s.signatories.got, s.signatories.want,
			s.signatories.f1(), s.names.f1(), s.orgOnly.f1(), s.recipients.f1(), date, s.flagged)
		if r.err != nil {
			fmt.Fprintf(w, "  parse failed: %v", r.err)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-30s %8s %8s %8s %10s %8s %9s\n", "total", "sigF1", "names", "orgOnly", "recipients", "date", "perfect")
	fmt.Fprintf(w, "%-30s %8.3f %8.3f %8.3f %10.3f %8.3f %5d/%-3d\n", fmt.Sprintf("%d letters, %d signatories", len(results), tot.signatories.want),
		tot.signatories.f1(), tot.names.f1(), tot.orgOnly.f1(), tot.recipients.f1(),
		float64(dates)/float64(len(results)), perfect, len(results))
	fmt.Fprintf(w, "%-30s %d of %d wrong signatories flagged (%s); %d of %d signatories flagged (%s)\n\n", "confidence",
		tot.wrongFlagged, tot.wrong, pct(tot.wrongFlagged, tot.wrong), tot.flagged, tot.signatories.got, pct(tot.flagged, tot.signatories.got))
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}
