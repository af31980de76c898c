package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/coalition-graph/coalition/loader"
)

const parseHelp = `Parse one letter and print it as JSON in the shape of the answer files
(date, salutation, recipients, cc, signatories). Needs no database.
Each signatory carries the parser's confidence that it is read right, and
a reason when the parser is unsure. A CSV file may hold many letters: each
is printed.

With --explain, print the letter line by line instead, with what the
parser made of each line (header, recipient, body, closing, which
signatory and field, or why a line is no signer) and how sure it is.`

func parse(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("parse", "[flags] FILE", parseHelp, stderr)
	explain := fs.Bool("explain", false, "show, line by line, what the parser decided and why (plain-text letters)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitError(2)
	}
	if *explain {
		return explainFile(fs.Arg(0), stdout)
	}
	letters, err := loader.ReadFile(context.Background(), fs.Arg(0), loader.LoadOptions{})
	if err != nil {
		return err
	}
	for _, l := range letters {
		out, err := loader.AnswerJSON(l)
		if err != nil {
			return fmt.Errorf("%s: %w", fs.Arg(0), err)
		}
		stdout.Write(out)
		fmt.Fprintln(stdout)
	}
	return nil
}

// explainFile prints a plain-text letter line by line with the parser's
// reading of each line. A letter with no signatures still shows what was
// read, then the error.
func explainFile(path string, w io.Writer) error {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".txt" && ext != ".text" && ext != "" {
		return fmt.Errorf("%s: --explain reads plain-text letters (.txt)", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	l, lines, perr := loader.Explain(path, string(b), loader.Options{})
	for _, ln := range lines {
		text := ln.Text
		if r := []rune(text); len(r) > 48 {
			text = string(r[:47]) + "…"
		}
		what := ln.Part
		if ln.Detail != "" {
			what += ": " + ln.Detail
		}
		fmt.Fprintf(w, "%4d  %-48s  %s\n", ln.N, text, what)
	}
	if perr != nil {
		return perr
	}
	flagged := 0
	for _, s := range l.Signatories {
		if loader.Flagged(s) {
			flagged++
		}
	}
	fmt.Fprintf(w, "\n%d signatories, %d flagged for review; date %q, %d recipients, %d cc\n", len(l.Signatories), flagged, l.Date, len(l.Recipients), len(l.CC))
	return nil
}
