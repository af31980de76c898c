// Command trainconfidence fits the parser's confidence model to letters
// with answers: every signatory parsed from them is labelled right or
// wrong, and a logistic model over its evidence is fitted.
//
//	go run ./tools/trainconfidence -out loader/confidence_model.json   # go generate ./loader
//
// By default it reads loader/testdata and loader/evaldata/dev, never the
// unseen letters.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/loader/answers"
)

// FlagShare is the share of the wrong signatories in the training letters
// the threshold is set to flag.
const FlagShare = 0.9

func main() {
	out := flag.String("out", "", "write the model here (default: print it)")
	flag.Parse()
	root := moduleRoot()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = []string{filepath.Join(root, "loader/testdata"), filepath.Join(root, "loader/evaldata/dev")}
	}
	samples, right, letters, err := Samples(dirs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainconfidence:", err)
		os.Exit(1)
	}
	m := loader.FitConfidence(samples, right, FlagShare)
	wrong := 0
	for _, r := range right {
		if !r {
			wrong++
		}
	}
	m.Trained = fmt.Sprintf("%d signatories (%d read wrong) of %d letters in %s", len(samples), wrong, letters, strings.Join(rel(root, dirs), ", "))
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainconfidence:", err)
		os.Exit(1)
	}
	b = append(b, '\n')
	if *out == "" {
		os.Stdout.Write(b)
		return
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "trainconfidence:", err)
		os.Exit(1)
	}
}

// Samples parses every letter of dirs and labels its signatories.
func Samples(dirs []string) (samples [][]string, right []bool, letters int, err error) {
	for _, d := range dirs {
		ls, err := answers.Dir(d)
		if err != nil {
			return nil, nil, 0, err
		}
		for _, l := range ls {
			lab := answers.Label(l, loader.Options{})
			if lab.Err != nil {
				continue // nothing parsed, nothing to label
			}
			samples = append(samples, lab.Features...)
			right = append(right, lab.Right...)
			letters++
		}
	}
	return samples, right, letters, nil
}

// moduleRoot finds the directory holding go.mod, so the command runs the
// same from the module root or from loader/ (go generate).
func moduleRoot() string {
	dir, _ := os.Getwd()
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func rel(root string, dirs []string) []string {
	var out []string
	for _, d := range dirs {
		if r, err := filepath.Rel(root, d); err == nil {
			d = r
		}
		out = append(out, d)
	}
	return out
}
