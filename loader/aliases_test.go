package loader_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

func TestReadAliases(t *testing.T) {
	aliases, err := loader.ReadAliases("testdata/formats/aliases.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := loader.NewResolver(aliases)
	imports := r.Resolve([]*graph.Letter{
		letter("seed",
			"David Stacy | Government Affairs Director | Human Rights Campaign",
			"Shannon Minter | Legal Director | NCLR",
			"Jonathan M. Young | Chairman | National Council on Disability"),
		letter("coalition",
			"| | HRC",
			"| | National Council of La Raza (NCLR)",
			"| | Iraq & Afghanistan Veterans of America",
			"| | Veterans of Foreign Wars of the U.S.",
			"Jonathan Young | past Chair | National Council on Disability"),
	})
	tests := []struct {
		letter, signature int
		id, name          string
	}{
		{0, 0, "org:human-rights-campaign", "Human Rights Campaign"},
		{1, 0, "org:human-rights-campaign", "Human Rights Campaign"},
		// The file sends the bare NCLR to the Lesbian Rights center, not to La Raza's acronym.
		{0, 1, "org:national-center-for-lesbian-rights", "National Center for Lesbian Rights"},
		{1, 1, "org:national-council-of-la-raza", "National Council of La Raza"},
		{1, 2, "org:iraq-and-afghanistan-veterans-of-america", "Iraq and Afghanistan Veterans of America"},
		{1, 3, "org:veterans-of-foreign-wars-of-the-united-states", "Veterans of Foreign Wars of the United States"},
	}
	for _, tt := range tests {
		sig := imports[tt.letter].Signatures[tt.signature]
		if sig.OrganizationID != tt.id || sig.Organization != tt.name {
			t.Errorf("letter %d signature %d = %s %q, want %s %q", tt.letter, tt.signature, sig.OrganizationID, sig.Organization, tt.id, tt.name)
		}
	}
	if got, want := imports[0].Signatures[0].Aliases, []string{"HRC", "Human Rights Campaign Foundation"}; !slices.Equal(got, want) {
		t.Errorf("Human Rights Campaign aliases = %q, want %q", got, want)
	}
	if a, b := imports[0].Signatures[2], imports[1].Signatures[4]; a.PersonID != "person:jonathan-m-young" || b.PersonID != a.PersonID || b.PersonName != "Jonathan M. Young" {
		t.Errorf("people = %s %q and %s %q, want both person:jonathan-m-young", a.PersonID, a.PersonName, b.PersonID, b.PersonName)
	}
}

func TestParseAliases(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		src := "# comment\n\n  org: Local #3 Union = Local Three  # trailing comment\nPINNED NAME =\n"
		a, err := loader.ParseAliases("a.txt", strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		imports := loader.NewResolver(a).Resolve([]*graph.Letter{letter("x", "| | Local Three", "| | Pinned name")})
		if sig := imports[0].Signatures[0]; sig.OrganizationID != "org:local-3-union" || sig.Organization != "Local #3 Union" {
			t.Errorf("got %s %q, want org:local-3-union %q", sig.OrganizationID, sig.Organization, "Local #3 Union")
		}
		if sig := imports[0].Signatures[1]; sig.Organization != "PINNED NAME" {
			t.Errorf("pinned name = %q, want %q", sig.Organization, "PINNED NAME")
		}
	})
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"ErrNoEquals", "A = B\nHuman Rights Campaign, HRC\n", 2, `want "Canonical Name = Variant; Variant2"`},
		{"ErrNoCanonical", "= HRC\n", 1, `want "Canonical Name = Variant; Variant2"`},
		{"ErrVariantTwice", "Human Rights Campaign = HRC\nHealth Research Council = hrc\n", 2, `"hrc": already named on line 1`},
		{"ErrCanonicalIsVariant", "Human Rights Campaign = HRC\nHRC = H.R.C. Inc\n", 2, "already named on line 1"},
		{"ErrInvalidUTF8", "A = B\nCaf\xe9 = Cafe\n", 2, "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loader.ParseAliases("aliases.txt", strings.NewReader(tt.src))
			var pe *loader.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.File != "aliases.txt" || pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("err = %q, want aliases.txt:%d: ...%s...", err, tt.line, tt.msg)
			}
		})
	}
}
