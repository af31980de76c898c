package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/tools/corpusgen/corpus"
)

// Every generated letter must parse, with every signature the generator
// wrote: a benchmark on letters the parser half-reads measures nothing.
func TestGeneratedLettersParse(t *testing.T) {
	dir := t.TempDir()
	letters := corpus.Generate(7, 200)
	if err := write(dir, letters); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) != len(letters) {
		t.Fatalf("wrote %d files (%v), want %d", len(files), err, len(letters))
	}
	for _, l := range letters {
		text, err := os.ReadFile(filepath.Join(dir, l.Name))
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := loader.ParseText(l.Name, string(text))
		if err != nil {
			t.Errorf("%s: %v", l.Name, err)
			continue
		}
		if got := len(parsed.Signatories); got != len(l.Organizations) {
			t.Errorf("%s: parsed %d signatures, generator wrote %d", l.Name, got, len(l.Organizations))
			continue
		}
		for i, s := range parsed.Signatories {
			if s.Organization != l.Organizations[i] {
				t.Errorf("%s: signature %d: organization %q, generator wrote %q", l.Name, i+1, s.Organization, l.Organizations[i])
			}
		}
		if parsed.Date == "" || len(parsed.Recipients) == 0 {
			t.Errorf("%s: date %q, %d recipients; want both", l.Name, parsed.Date, len(parsed.Recipients))
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := corpus.Generate(3, 50), corpus.Generate(3, 50)
	for i := range a {
		if a[i].Name != b[i].Name || a[i].Text != b[i].Text {
			t.Fatalf("letter %d differs between two runs with the same seed", i)
		}
	}
	if c := corpus.Generate(4, 50); c[0].Text == a[0].Text {
		t.Error("seeds 3 and 4 gave the same letters")
	}
}
