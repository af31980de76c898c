package loader_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// FuzzReadJSON feeds arbitrary bytes to the JSON letter reader: it must not
// panic, every error must be a *loader.ParseError naming the file at a real
// line, and every letter it accepts must have only well-formed signatories.
func FuzzReadJSON(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"signatories": [{"name": "Jane Doe"}]}`))
	f.Add([]byte(`{"signatories": [{"name": " "}]}`))
	f.Add([]byte(`{"date": "2019-02-30", "signatories": []}`))
	f.Add([]byte(`{"recipients": [{"name": "X", "affiliations": ["Y"]}], "signatories": null}`))
	f.Add([]byte("{\"title\": \"\xff\", \"signatories\": [{\"organization\": 7}]}"))
	f.Add([]byte(`{"signatories": [] } trailing`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := loader.ReadJSON("fuzz.json", data)
		lines := bytes.Count(data, []byte("\n")) + 1
		if err != nil {
			var pe *loader.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *loader.ParseError", err, err)
			}
			if pe.File != "fuzz.json" {
				t.Errorf("error %q names %q, want fuzz.json", err, pe.File)
			}
			if pe.Line < 0 || pe.Line > lines {
				t.Errorf("error %q: line %d outside 1..%d", err, pe.Line, lines)
			}
			return
		}
		if l == nil || l.Source == "" {
			t.Fatalf("letter %+v without a source", l)
		}
		for i, s := range l.Signatories {
			if s.Name == "" && s.Organization == "" {
				t.Errorf("signatories[%d] has neither name nor organization", i)
			}
			if s.Line < 1 || s.Line > lines {
				t.Errorf("signatories[%d]: line %d outside 1..%d", i, s.Line, lines)
			}
		}
	})
}
