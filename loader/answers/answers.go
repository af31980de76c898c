// Package answers reads the hand-checked answer files that sit beside
// letters (NNN_slug.txt with NNN_slug.json) and compares parses with
// them: what make eval scores and what the confidence model is fitted to.
package answers

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// Party is an answer-file entry; a nil pointer is JSON null.
type Party struct {
	Name         *string `json:"name"`
	Honorific    *string `json:"honorific"`
	Title        *string `json:"title"`
	Organization *string `json:"organization"`
}

// Answer is the compared part of an answer file.
type Answer struct {
	Date        *string `json:"date"`
	Recipients  []Party `json:"recipients"`
	Signatories []Party `json:"signatories"`
}

// Letter is one letter with its answer.
type Letter struct {
	Path   string // the .txt
	Text   string
	Answer Answer
}

// Dir reads every letter of dir that has an answer beside it, in name
// order.
func Dir(dir string) ([]Letter, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Letter
	for _, f := range files {
		b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		var a Answer
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, Letter{Path: f, Text: string(text), Answer: a})
	}
	return out, nil
}

// Str is a nullable field's text.
func Str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Key is what must be right for a signatory to count: its name, title and
// organization.
func Key(name, title, org string) string { return name + "\x1f" + title + "\x1f" + org }

// Right labels parsed signatories, given as keys, against the answer's:
// each answer entry matches at most one parsed one, first come first
// served.
func Right(got []string, want []Party) []bool {
	left := make(map[string]int, len(want))
	for _, w := range want {
		left[Key(Str(w.Name), Str(w.Title), Str(w.Organization))]++
	}
	out := make([]bool, len(got))
	for i, g := range got {
		if left[g] > 0 {
			left[g]--
			out[i] = true
		}
	}
	return out
}

// Labelled is a letter parsed with the evidence of each signatory, and
// whether each was read right.
type Labelled struct {
	Letter   Letter
	Parsed   *graph.Letter // nil when the parse failed
	Err      error
	Features [][]string
	Right    []bool
}

// Label parses a letter and labels its signatories against its answer.
func Label(l Letter, opt loader.Options) Labelled {
	out := Labelled{Letter: l}
	parsed, feats, err := loader.SignatoryFeatures(l.Path, l.Text, opt)
	if err != nil {
		out.Err = err
		return out
	}
	var keys []string
	for _, s := range parsed.Signatories {
		keys = append(keys, Key(s.Name, s.Title, s.Organization))
	}
	out.Parsed, out.Features, out.Right = parsed, feats, Right(keys, l.Answer.Signatories)
	return out
}
