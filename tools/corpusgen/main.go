// Command corpusgen writes a synthetic corpus of plain-text sign-on letters
// for benchmarks (see package corpus): the same -seed and -letters always
// give the same files.
//
//	go run ./tools/corpusgen -letters 10000 -out .bench/corpus-M
//	go run ./tools/corpusgen -signers 2000 -out .bench/letter-2000   # one letter, 2,000 organizations
//
// Scales used in BENCHMARKS.md: S=1000, M=10000, L=100000 letters.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/coalition-graph/coalition/tools/corpusgen/corpus"
)

func main() {
	n := flag.Int("letters", 1000, "how many letters to write (S=1000, M=10000, L=100000)")
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same corpus")
	out := flag.String("out", ".bench/corpus", "folder to write the letters into")
	signers := flag.Int("signers", 0, "instead, write one letter signed by this many organizations (a joint statement of thousands)")
	flag.Parse()
	letters := corpus.Generate(*seed, *n)
	if *signers > 0 {
		letters = []corpus.Letter{corpus.Large(*seed, *signers)}
	}
	if err := write(*out, letters); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

func write(dir string, letters []corpus.Letter) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, l := range letters {
		if err := os.WriteFile(filepath.Join(dir, l.Name), []byte(l.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
