package loader_test

import (
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

func mustAliases(t *testing.T, text string) *loader.Aliases {
	t.Helper()
	a, err := loader.ParseAliases("aliases", strings.NewReader(text))
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	return a
}

// "A != B" lines are kept apart, for the review; they merge nothing.
func TestAliases_Apart(t *testing.T) {
	a := mustAliases(t, "Human Rights Campaign = HRC\nUSA != United Spinal Association\nperson: John Conyers != John Conyers, Jr.\n")
	got := a.Apart()
	want := []loader.ApartNames{{Kind: graph.KindOrganization, A: "USA", B: "United Spinal Association"}, {Kind: graph.KindPerson, A: "John Conyers", B: "John Conyers, Jr."}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("Apart() = %+v; want %+v", got, want)
	}
	if m := a.Merges(); len(m) != 1 || m[0].Canonical != "Human Rights Campaign" || m[0].Variants[0] != "HRC" {
		t.Fatalf("Merges() = %+v; want Human Rights Campaign = HRC", m)
	}
	for _, bad := range []string{"A !=", "!= B", "A != B = C"} {
		if _, err := loader.ParseAliases("aliases", strings.NewReader(bad)); err == nil {
			t.Errorf("ParseAliases(%q): no error; want one", bad)
		}
	}
}

// The graph's decisions add to an analyst's file: the same line twice is
// fine, a name given two meanings is an error naming it.
func TestAliases_Add(t *testing.T) {
	file := mustAliases(t, "Human Rights Campaign = HRC\n")
	if err := file.Add(mustAliases(t, "Human Rights Campaign = HRC; HRC Foundation\nNCLR != National Council of La Raza\n")); err != nil {
		t.Fatalf("Add: %v", err)
	}
	imports := loader.NewResolver(file).Resolve([]*graph.Letter{letter("l", "| | HRC Foundation", "| | HRC")})
	for _, s := range imports[0].Signatures {
		if s.OrganizationID != "org:human-rights-campaign" {
			t.Errorf("%q resolves to %s; want org:human-rights-campaign", s.Organization, s.OrganizationID)
		}
	}
	if len(file.Apart()) != 1 {
		t.Errorf("Apart() = %v; want the added pair", file.Apart())
	}
	err := mustAliases(t, "NCLR = National Council of La Raza\n").Add(mustAliases(t, "National Council of La Raza = NCLR\n"))
	if err == nil || !strings.Contains(err.Error(), "disagree") {
		t.Fatalf("Add of a contrary line: %v; want an error saying they disagree", err)
	}
}
