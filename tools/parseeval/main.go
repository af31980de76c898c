// Command parseeval measures the letter parser against hand-checked answer
// files: for every letter and in total, signatory F1 (name, title and
// organization all right), name F1, organization-only F1, recipient F1 and
// date accuracy. `make eval` runs it on loader/testdata.
//
//	go run ./tools/parseeval [-v] DIR...
//
// Each DIR holds letters (NNN_slug.txt) with their answers (NNN_slug.json).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

func main() {
	verbose := flag.Bool("v", false, "print every letter, not only the ones with a difference")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: parseeval [-v] DIR...\n\nScores the parser on every NNN.txt with an NNN.json answer beside it.\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, dir := range flag.Args() {
		if err := evalDir(os.Stdout, dir, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "parseeval:", err)
			os.Exit(1)
		}
	}
}

// letterResult is one letter's score, by file.
type letterResult struct {
	file  string
	score score
	err   error
}

func evalDir(w io.Writer, dir string, verbose bool) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	var results []letterResult
	for _, f := range files {
		a, err := readAnswer(strings.TrimSuffix(f, ".txt") + ".json")
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		l, perr := parseFile(f)
		results = append(results, letterResult{file: filepath.Base(f), score: compare(l, a), err: perr})
	}
	if len(results) == 0 {
		return fmt.Errorf("%s: no letters with answers", dir)
	}
	report(w, dir, results, verbose)
	return nil
}

func readAnswer(path string) (answer, error) {
	var a answer
	b, err := os.ReadFile(path)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

func parseFile(path string) (*graph.Letter, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return loader.ParseText(path, string(b))
}

// report prints a line per letter (every one with -v, else those with a
// difference) and the totals, in the shape of the issue tracker's tables.
func report(w io.Writer, dir string, results []letterResult, verbose bool) {
	fmt.Fprintf(w, "%s: %d letters\n\n", dir, len(results))
	fmt.Fprintf(w, "%-58s %9s %6s %6s %6s %6s %4s\n", "letter", "signers", "sigF1", "name", "orgs", "rcpt", "date")
	var tot score
	perfect, dates := 0, 0
	for _, r := range results {
		s := r.score
		tot.signatories.add(s.signatories)
		tot.names.add(s.names)
		tot.orgOnly.add(s.orgOnly)
		tot.recipients.add(s.recipients)
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
		if len(name) > 58 {
			name = name[:58]
		}
		date := "ok"
		if !s.dateOK {
			date = "no"
		}
		fmt.Fprintf(w, "%-58s %4d/%-4d %6.3f %6.3f %6.3f %6.3f %4s", name, s.signatories.got, s.signatories.want,
			s.signatories.f1(), s.names.f1(), s.orgOnly.f1(), s.recipients.f1(), date)
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
}
