package loader_test

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

func parseFile(t *testing.T, path string, opt loader.Options) *graph.Letter {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := loader.ParseWith(path, string(b), opt)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestAnswerJSON_Seed checks the printed shape against the seed's answer:
// same keys, nulls and values for every compared field.
func TestAnswerJSON_Seed(t *testing.T) {
	l := parseFile(t, "testdata/000_seed.txt", loader.Options{})
	out, err := loader.AnswerJSON(l)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "{\n  \"date\": \"2019-02-08\",\n  \"title\": null,") {
		t.Errorf("AnswerJSON starts %q", out[:min(60, len(out))])
	}
	if !strings.Contains(string(out), `"Senior Legal & International Policy Analyst"`) {
		t.Error("AnswerJSON escapes '&'; the answer files print it as is")
	}
	var got, want map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/000_seed.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for _, s := range got["signatories"].([]any) { // ratings are the parser's, not the answer's
		m := s.(map[string]any)
		if c, ok := m["confidence"].(float64); !ok || c <= 0 || c > 1 {
			t.Errorf("%v: confidence %v; want one in (0, 1]", m["name"], m["confidence"])
		}
		delete(m, "confidence")
		delete(m, "reason")
	}
	for _, k := range []string{"date", "salutation", "recipients", "cc", "signatories"} {
		if !reflect.DeepEqual(got[k], want[k]) {
			t.Errorf("%s: got %v; want %v", k, got[k], want[k])
		}
	}
}

// TestParse_Provenance checks the source lines recorded for the seed.
func TestParse_Provenance(t *testing.T) {
	l := parseFile(t, "testdata/000_seed.txt", loader.Options{})
	for k, want := range map[string]int{"date": 5, "salutation": 12, "closing": 28} {
		if got := l.Lines[k]; got != want {
			t.Errorf("Lines[%q] = %d; want %d", k, got, want)
		}
	}
	if got := l.Recipients[0].Line; got != 7 {
		t.Errorf("recipients[0].Line = %d; want 7", got)
	}
	if got := l.CC[0].Line; got != 107 {
		t.Errorf("cc[0].Line = %d; want 107", got)
	}
	s := l.Signatories[4] // Preston Mitchum, a title wrapped over two lines
	if s.Line != 46 || s.NameLine != 46 || s.TitleLine != 47 || s.OrganizationLine != 49 || s.EndLine != 49 {
		t.Errorf("signatories[4] lines = %d-%d name %d title %d org %d; want 46-49 name 46 title 47 org 49",
			s.Line, s.EndLine, s.NameLine, s.TitleLine, s.OrganizationLine)
	}
	if b := l.Signatories[7]; b.Honorific != "Bishop" || b.EndLine != 63 {
		t.Errorf("signatories[7] = %+v; want Bishop ending on line 63", b)
	}
	if len(l.Asks) != 5 || !strings.HasPrefix(l.Asks[0], "Raise this issue") {
		t.Errorf("asks = %q; want the 5 bulleted asks", l.Asks)
	}
	if l.Closing != "Sincerely," || l.Salutation != "Dear President Trump:" || !strings.Contains(l.Body, "Chechnya") {
		t.Errorf("closing %q, salutation %q, body %.40q", l.Closing, l.Salutation, l.Body)
	}
	if l.Text == "" || l.Source != "testdata/000_seed.txt" {
		t.Errorf("text or source not kept")
	}
}

// TestParseWith_KnownOrganizations shows outside evidence at work: a
// name that reads like a person's is an organization once it is known.
func TestParseWith_KnownOrganizations(t *testing.T) {
	const text = "May 1, 2020\n\nDear Senator:\n\nWe urge you to support the bill, which protects workers and families in every state of the union.\n\nSincerely,\n\nEaster Seals\n\nJane Doe, Mozilla Fellow\n"
	l, err := loader.ParseText("a.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if l.Signatories[0].Name != "Easter Seals" {
		t.Fatalf("without evidence: signatories[0] = %+v; want a person (the test's premise)", l.Signatories[0])
	}
	l, err = loader.ParseWith("a.txt", text, loader.Options{KnownOrganizations: []string{"Easter Seals", "Mozilla"}})
	if err != nil {
		t.Fatal(err)
	}
	if s := l.Signatories[0]; s.Name != "" || s.Organization != "Easter Seals" {
		t.Errorf("signatories[0] = %+v; want organization Easter Seals", s)
	}
	if s := l.Signatories[1]; s.Title != "Fellow" || s.Organization != "Mozilla" {
		t.Errorf("signatories[1] = %+v; want Fellow at Mozilla", s)
	}
}
