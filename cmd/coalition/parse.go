package main

import (
	"context"
	"fmt"
	"io"

	"github.com/coalition-graph/coalition/loader"
)

const parseHelp = `Parse one letter and print it as JSON in the shape of the answer files
(date, salutation, recipients, cc, signatories). Needs no database.
A CSV file may hold many letters: each is printed.`

func parse(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("parse", "[flags] FILE", parseHelp, stderr)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitError(2)
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
