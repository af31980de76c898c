package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/coalition-graph/coalition/edit"
)

const aliasesHelp = `The graph's merge decisions as an aliases file, out and in.

  coalition aliases export [FILE]   write the merges and keep-aparts in force
                                    (stdout when no FILE)
  coalition aliases import FILE     record a file's lines as decisions: each
                                    variant found in the graph is merged into
                                    its canonical entity; "A != B" keeps two
                                    apart (recorded as --by)

'coalition load --aliases FILE' reads the same file, so a load on another
machine resolves the same entities.`

func aliases(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("aliases", "export|import [flags] [FILE]", aliasesHelp, stderr)
	neo := neo4jFlags(fs)
	by := fs.String("by", "coalition aliases import", "who the imported decisions are recorded as")
	verb := ""
	if len(args) > 0 && (args[0] == "export" || args[0] == "import") {
		verb, args = args[0], args[1:]
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if verb == "" || verb == "import" && fs.NArg() != 1 || fs.NArg() > 1 {
		fs.Usage()
		return exitError(2)
	}
	store, err := openStore(ctx, neo)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	svc := edit.New(store, nil) // serve's projections see the decisions at their next poll
	if verb == "export" {
		text, err := svc.ExportAliases(ctx)
		if err != nil {
			return err
		}
		if fs.NArg() == 1 {
			return os.WriteFile(fs.Arg(0), []byte(text), 0o644)
		}
		_, err = io.WriteString(stdout, text)
		return err
	}
	text, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	res, err := svc.ImportAliases(ctx, string(text), *by)
	if res != nil {
		fmt.Fprintf(stdout, "%d merged, %d kept apart, %d lines skipped\n", len(res.Merged), len(res.KeptApart), len(res.Skipped))
		for _, d := range res.Merged {
			fmt.Fprintf(stdout, "merged: %s into %s\n", d.OtherName, d.KeepName)
		}
		for _, s := range res.Skipped {
			fmt.Fprintf(stdout, "skipped: %s\n", s)
		}
	}
	return err
}
