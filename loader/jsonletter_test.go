package loader_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

func TestReadJSON(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		data, err := os.ReadFile("testdata/000_seed.json")
		if err != nil {
			t.Fatal(err)
		}
		l, err := loader.ReadJSON("000_seed.json", data)
		if err != nil {
			t.Fatal(err)
		}
		if l.Date != "2019-02-08" || l.Salutation != "Dear President Trump:" || l.Source != "000_seed.json" {
			t.Errorf("date, salutation, source = %q, %q, %q", l.Date, l.Salutation, l.Source)
		}
		if got := len(l.Signatories); got != 18 {
			t.Fatalf("%d signatories, want 18", got)
		}
		bishop := graph.Signatory{Honorific: "Bishop", Name: "Pat Baumgartner", Organization: "Global Justice Institute",
			Affiliations: []string{"Metropolitan Community Churches"}}
		got := l.Signatories[7]
		if got.Line == 0 {
			t.Errorf("signatory 8 has no line")
		}
		got.Line, got.EndLine, got.NameLine = 0, 0, 0
		if got.Name != bishop.Name || got.Honorific != bishop.Honorific || got.Title != "" || got.Organization != bishop.Organization ||
			strings.Join(got.Affiliations, ";") != "Metropolitan Community Churches" {
			t.Errorf("signatory 8 = %+v, want %+v", got, bishop)
		}
		want := graph.Party{Honorific: "The Honorable", Name: "Mike Pompeo", Title: "Secretary of State"}
		if len(l.CC) != 1 || l.CC[0].Name != want.Name || l.CC[0].Honorific != want.Honorific || l.CC[0].Title != want.Title || l.CC[0].Organization != "" {
			t.Errorf("cc = %+v, want [%+v]", l.CC, want)
		}
	})
	t.Run("OK/Corpus", func(t *testing.T) {
		files, _ := filepath.Glob("testdata/*.json")
		if len(files) < 30 {
			t.Fatalf("%d answer files in testdata, want the corpus", len(files))
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := loader.ReadJSON(f, data); err != nil {
				t.Errorf("ReadJSON: %v", err)
			}
		}
	})
	t.Run("OK/SourceURL", func(t *testing.T) {
		l, err := loader.ReadJSON("a.json", []byte(`{"source_url": "https://example.org/a", "date": null, "signatories": [{"organization": "GLAAD"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		if l.Source != "https://example.org/a" || l.Date != "" || l.Signatories[0].Organization != "GLAAD" {
			t.Errorf("got %+v", l)
		}
	})

	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"ErrSyntax", "{\n \"date\": \"2019-02-08\",\n \"signatories\": [\n  {\"name\": \"A\",}\n ]\n}", 4, "invalid character '}'"},
		{"ErrType", "{\n \"date\": \"2019-02-08\",\n \"signatories\": [\n  {\"name\": 7}\n ]\n}", 4, "name: got a JSON number, want string"},
		{"ErrUnknownField", "{\n \"date\": \"2019-02-08\",\n \"signatorys\": []\n}", 3, `unknown field "signatorys"`},
		{"ErrTypePretty", "{\n \"signatories\": [\n  {\n   \"name\": \"a\"\n  },\n  {\n   \"name\": \"b\",\n   \"title\": 6\n  }\n ]\n}", 8, "title: got a JSON number"},
		{"ErrTypeField", "{\n \"date\":\n   20190208,\n \"signatories\": []\n}", 3, "got a JSON number, want string"},
		{"ErrUnknownPartyField", "{\n \"signatories\": [\n  {\"name\": \"A\"},\n  {\"nmae\": \"B\"}\n ]\n}", 4, `unknown field "nmae"`},
		{"ErrNoSignatories", "{\n \"date\": \"2019-02-08\"\n}", 1, `no "signatories" field`},
		{"ErrEmptySignatory", "{\n \"signatories\": [\n  {\"name\": \"A\"},\n  {\"title\": \"President\"}\n ]\n}", 4, "signatory 2 has neither name nor organization"},
		{"ErrDate", "{\n \"date\": \"February 8, 2019\",\n \"signatories\": []\n}", 2, `date "February 8, 2019": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"ErrDateInvalid", "{\n \"date\": \"2019-02-30\",\n \"signatories\": []\n}", 2, "want YYYY-MM-DD"},
		{"ErrNotObject", "[\n]", 1, "want a JSON object"},
		{"ErrTruncated", "{\n \"signatories\": [\n  {\"name\": \"A\"}", 3, "unexpected end of file"},
		{"ErrTrailing", "{\"signatories\": []}\n{}", 2, "unexpected data after the letter object"},
		{"ErrSignatoriesNotList", "{\n \"signatories\": {\"name\": \"A\"}\n}", 2, "signatories: want a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loader.ReadJSON("letter.json", []byte(tt.src))
			var pe *loader.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.File != "letter.json" || pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("err = %q, want letter.json:%d: ...%s...", err, tt.line, tt.msg)
			}
		})
	}
}
