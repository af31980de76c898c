package loader_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

func TestReadCSV(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		f, err := os.Open("testdata/formats/signatures.csv")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		letters, err := loader.ReadCSV("signatures.csv", f)
		if err != nil {
			t.Fatal(err)
		}
		if len(letters) != 2 {
			t.Fatalf("%d letters, want 2", len(letters))
		}
		l := letters[0]
		if l.Date != "2019-02-08" || l.Title != "Press Russia over Chechnya" || l.Source != "signatures.csv#chechnya-2019" {
			t.Errorf("letter 1 date, title, source = %q, %q, %q", l.Date, l.Title, l.Source)
		}
		want := []graph.Signatory{
			{Name: "Sarah Kate Ellis", Title: "Chief Executive Officer", Organization: "GLAAD", Line: 2, EndLine: 2, NameLine: 2},
			{Name: "David Stacy", Title: "Government Affairs Director", Organization: "Human Rights Campaign", Line: 3, EndLine: 3, NameLine: 3},
			{Organization: "Center for Health and Gender Equity (CHANGE)", Line: 4, EndLine: 4, NameLine: 4},
		}
		if len(l.Signatories) != len(want) {
			t.Fatalf("letter 1 has %d signatories, want %d", len(l.Signatories), len(want))
		}
		for i := range want {
			got := l.Signatories[i]
			if got.Name != want[i].Name || got.Title != want[i].Title || got.Organization != want[i].Organization || got.Line != want[i].Line {
				t.Errorf("signatory %d = %+v, want %+v", i+1, got, want[i])
			}
		}
		if len(l.Recipients) != 1 || l.Recipients[0] != (graph.Party{Name: "Donald J. Trump", Title: "President", Organization: "The White House", Line: 2}) {
			t.Errorf("recipients = %+v", l.Recipients)
		}
		l = letters[1]
		if l.Date != "2005" || len(l.Signatories) != 2 || l.Source != "signatures.csv#ncd-2005" {
			t.Errorf("letter 2 = date %q, %d signatories, source %q; want 2005, 2, signatures.csv#ncd-2005", l.Date, len(l.Signatories), l.Source)
		}
		if len(l.Recipients) != 1 || l.Recipients[0] != (graph.Party{Title: "President", Organization: "The White House", Line: 6}) {
			t.Errorf("recipients = %+v", l.Recipients)
		}
	})
	t.Run("OK/Identity", func(t *testing.T) {
		// The same signatures under another letter_id and file are the same letter.
		a, err := loader.ReadCSV("a.csv", strings.NewReader("letter_id,date,title,person,person_title,organization\n1,2008,T,Pat Doe,Chair,GLAAD\n"))
		if err != nil {
			t.Fatal(err)
		}
		b, err := loader.ReadCSV("b.csv", strings.NewReader("LETTER_ID,DATE,TITLE,PERSON,PERSON_TITLE,ORGANIZATION\nx,2008,T,Pat Doe,Chair,GLAAD\n"))
		if err != nil {
			t.Fatal(err)
		}
		loader.SetIdentity(a[0])
		loader.SetIdentity(b[0])
		if a[0].SHA256 == "" || a[0].SHA256 != b[0].SHA256 {
			t.Errorf("SHA256 = %q and %q, want one identity", a[0].SHA256, b[0].SHA256)
		}
	})

	const header = "letter_id,date,title,person,person_title,organization\n"
	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"ErrMissingPersonAndOrganization", header + strings.Repeat("1,2008,T,Pat Doe,Chair,GLAAD\n", 15) + "1,2008,T,,Chair,\n", 17, "missing organization and person"},
		{"ErrMissingLetterID", header + ",2008,T,Pat Doe,,GLAAD\n", 2, "missing letter_id"},
		{"ErrMissingColumn", "letter_id,date,person,organization\n", 1, "missing column title, person_title"},
		{"ErrUnknownColumn", "letter_id,date,title,person,person_title,organisation\n", 1, `unknown column "organisation"`},
		{"ErrDuplicateColumn", "letter_id,date,title,person,person_title,organization,Person\n", 1, `column "person" appears twice`},
		{"ErrDate", header + "1,08/21/2008,T,Pat Doe,,GLAAD\n", 2, `date "08/21/2008": want YYYY-MM-DD or YYYY`},
		{"ErrDateConflict", header + "1,2008-08-21,T,Pat Doe,,GLAAD\n1,2008-08-22,T,Jo Roe,,GLAAD\n", 3, "date 2008-08-22, but line 2 gave 2008-08-21"},
		{"ErrTitleConflict", header + "1,,First,Pat Doe,,GLAAD\n1,,Second,Jo Roe,,GLAAD\n", 3, `title "Second", but line 2 gave "First"`},
		{"ErrQuote", header + "1,2008,T,\"Pat Doe,,GLAAD\n", 2, "extraneous or missing \" in quoted-field"},
		{"ErrInvalidUTF8", header + "1,2008,T,Pat Doe,,GLAAD\n1,2008,T,Jos\xe9,,GLAAD\n", 3, "invalid UTF-8"},
		{"ErrBinary", header + "1,2008,T,Pat\x00Doe,,GLAAD\n", 2, "binary file"},
		{"ErrEmpty", "", 1, "empty file"},
		{"ErrHeaderOnly", header, 1, "no signatures"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loader.ReadCSV("data.csv", strings.NewReader(tt.src))
			var pe *loader.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.File != "data.csv" || pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("err = %q, want data.csv:%d: ...%s...", err, tt.line, tt.msg)
			}
		})
	}
	t.Run("ErrMessage", func(t *testing.T) {
		_, err := loader.ReadCSV("data.csv", strings.NewReader(header+strings.Repeat("1,2008,T,Pat Doe,Chair,GLAAD\n", 15)+"1,2008,T,,Chair,\n"))
		if got, want := err.Error(), "data.csv:17: missing organization and person"; got != want {
			t.Errorf("err = %q, want %q", got, want)
		}
	})
}
