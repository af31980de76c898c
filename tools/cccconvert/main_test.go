package main

import (
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

const sample = `id,name,affiliation
C-001-18,,ministerio de justicia y del derecho
C-001-18,maria del mar arciniegas perea,
C-001-18,,
T-1025-99,jorge enrique osorio reyes,"ministerio de comercio, industria y turismo"
`

func TestConvertIsReadByTheLoader(t *testing.T) {
	var out strings.Builder
	n, err := convert(strings.NewReader(sample), &out)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("wrote %d signatures, want 3 (the row with neither name nor affiliation is skipped)", n)
	}
	letters, err := loader.ReadCSV("ccc.csv", strings.NewReader(out.String()))
	if err != nil {
		t.Fatalf("loader refuses the output: %v\n%s", err, out.String())
	}
	if len(letters) != 2 {
		t.Fatalf("%d letters, want one per ruling (2)", len(letters))
	}
	first, second := letters[0], letters[1]
	if first.Date != "2018" || first.Title != "Constitutional Court ruling C-001-18" || len(first.Signatories) != 2 {
		t.Errorf("first letter: date %q, title %q, %d signatures; want 2018, the ruling, 2", first.Date, first.Title, len(first.Signatories))
	}
	if s := first.Signatories[0]; s.Name != "" || s.Organization != "ministerio de justicia y del derecho" {
		t.Errorf("organization-only signature read as %+v", s)
	}
	if s := second.Signatories[0]; second.Date != "1999" || s.Name != "jorge enrique osorio reyes" || s.Organization != "ministerio de comercio, industria y turismo" {
		t.Errorf("second letter dated %q, signature %+v; want 1999, the person with the quoted affiliation", second.Date, s)
	}
}

func TestConvertRefusesOtherFiles(t *testing.T) {
	for _, in := range []string{"letter_id,date\nx,2019\n", "id,name,affiliation\nC-001,ann,\n"} {
		if _, err := convert(strings.NewReader(in), &strings.Builder{}); err == nil {
			t.Errorf("converted %q; want an error", in)
		}
	}
}

// The name column's organizations become organizations signing alone; a
// person's name stays a person's.
func TestOrganizationAlone(t *testing.T) {
	tests := []struct {
		name, affiliation string
		person, org       string
	}{
		{"ministerio de defensa nacional", "ministerio de defensa nacional", "", "ministerio de defensa nacional"},
		{"Ministerio  de Defensa", "ministerio de defensa", "", "ministerio de defensa"},
		{"instituto colombiano de bienestar familiar", "icbf", "", "instituto colombiano de bienestar familiar (icbf)"},
		{"direccion de impuestos y aduanas nacionales", "dian", "", "direccion de impuestos y aduanas nacionales (dian)"},
		{"universidad del rosario", "", "", "universidad del rosario"},
		{"juan manuel charry uruena", "universidad del rosario", "juan manuel charry uruena", "universidad del rosario"},
		{"maria del mar arciniegas perea", "", "maria del mar arciniegas perea", ""},
		{"confederacion de trabajadores de colombia", "ctc", "", "confederacion de trabajadores de colombia (ctc)"},
		{"ana bolena torres", "abt", "ana bolena torres", "abt"}, // three letters, and a person's name
		{"", "icbf", "", "icbf"},
	}
	for _, tt := range tests {
		person, org := organizationAlone(tt.name, tt.affiliation)
		if person != tt.person || org != tt.org {
			t.Errorf("organizationAlone(%q, %q) = %q, %q; want %q, %q", tt.name, tt.affiliation, person, org, tt.person, tt.org)
		}
	}
}
