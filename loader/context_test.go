package loader

import (
	"testing"

	"github.com/coalition-graph/coalition/graph"
)

func TestTitleOffice(t *testing.T) {
	tests := map[string]string{
		"U.S. Senator": officeSenate, "United States Senator from Vermont": officeSenate, "Senator": officeSenate,
		"Member of Congress": officeHouse, "Member of Congress (D-CA)": officeHouse, "Representative": officeHouse,
		"Congresswoman": officeHouse, "Speaker of the House": officeHouse,
		"State Senator": "", "former Member of Congress": "", "U.S. Military Representative": "",
		"Ninth District Representative": "", "President of the Senate": "", "Chairman": "", "": "",
	}
	for title, want := range tests {
		if got := titleOffice(title); got != want {
			t.Errorf("titleOffice(%q) = %q; want %q", title, got, want)
		}
	}
}

func TestOrganizationOffice(t *testing.T) {
	tests := map[string]string{
		"U.S. Senate": officeSenate, "United States Senate": officeSenate, "Committee on Finance, U.S. Senate": officeSenate,
		"U.S. Senate, Committee on Environment and Public Works": officeSenate, "Senate Committee on Armed Services": officeSenate,
		"House of Representatives": officeHouse, "Committee on Armed Services, House of Representatives": officeHouse,
		"House of Representatives, Committee on Veterans' Affairs": officeHouse, "House Committee on Small Business": officeHouse,
		"Texas House of Representatives": "", "Michigan State Senate": "", "Select Committee on Intelligence": "",
		"The White House": "", "Senate": "",
	}
	for name, want := range tests {
		if got := organizationOffice(organizationKey(name)); got != want {
			t.Errorf("organizationOffice(%q) = %q; want %q", name, got, want)
		}
	}
}

func TestCongressTerm(t *testing.T) {
	tests := map[string]int{"2009-09-25": 2009, "2010-05-18": 2009, "2011-01-02": 2009, "2011-01-03": 2011, "2010": 2009, "2011": 2011, "": 0, "n.d.": 0}
	for date, want := range tests {
		if got := congressTerm(date); got != want {
			t.Errorf("congressTerm(%q) = %d; want %d", date, got, want)
		}
	}
}

func TestLetterOffice(t *testing.T) {
	tests := []struct {
		head        []string
		title, body string
		want        string
	}{
		{[]string{"U.S. Senate"}, "", "", officeSenate},
		{[]string{"U.S. Senate, Committee on Environment and Public Works"}, "", "", officeSenate},
		{[]string{"House of Representatives", "Committee on Veterans' Affairs"}, "", "", officeHouse},
		{[]string{"Congress of the United States"}, "", "The signers, a bipartisan group of House members, urge", officeHouse},
		{[]string{"Congress of the United States"}, "Senators ask the GAO", "", officeSenate},
		{[]string{"Congress of the United States"}, "", "Senators and Representatives write", ""},
		{[]string{"Congress of the United States"}, "", "", ""},
		{[]string{"The American Legion"}, "", "The House should act", ""},
	}
	for _, tt := range tests {
		l := &graph.Letter{Title: tt.title, Body: tt.body}
		if got := letterOffice(l, tt.head); got != tt.want {
			t.Errorf("letterOffice(%q, %q) = %q; want %q", tt.head, tt.body, got, tt.want)
		}
	}
}

func TestLetterhead(t *testing.T) {
	l := &graph.Letter{Text: "Veterans of Foreign Wars of\nthe United States,\nWashington, DC, May 15, 2007.\nHon. Vito Fossella,", Lines: map[string]int{"date": 3}}
	got := letterhead(l)
	if len(got) != 2 || got[0] != "Veterans of Foreign Wars of" || got[1] != "the United States" {
		t.Errorf("letterhead = %q", got)
	}
	r := NewResolver(nil)
	r.Resolve([]*graph.Letter{{Signatories: []graph.Signatory{{Organization: "Veterans of Foreign Wars of the United States"}}}})
	if org := r.letterOrganization(readLetterClues(l)); org != "veterans-of-foreign-wars-of-the-united-states" {
		t.Errorf("letterOrganization = %q", org)
	}
	behalf := &graph.Letter{Text: "Dear Sir:\nWe write.\nSincerely, on behalf of the Veterans of Foreign Wars of the United States,\nPat Doe"}
	if org := r.letterOrganization(readLetterClues(behalf)); org != "veterans-of-foreign-wars-of-the-united-states" {
		t.Errorf("letterOrganization (on behalf of) = %q", org)
	}
}

func TestSplitAcronym_Initials(t *testing.T) {
	tests := []struct{ name, base, acronym string }{
		{"instituto colombiano de bienestar familiar (icbf)", "instituto colombiano de bienestar familiar", "icbf"},
		{"direccion de impuestos y aduanas nacionales -dian-", "direccion de impuestos y aduanas nacionales", "dian"},
		{"instituto colombiano de bienestar familiar icbf", "instituto colombiano de bienestar familiar", "icbf"},
		{"asociacion colombiana de empresas de medicina integral, acemi", "asociacion colombiana de empresas de medicina integral", "acemi"},
		{"icbf - instituto colombiano de bienestar familiar", "instituto colombiano de bienestar familiar", "icbf"},
		{"universidad de los andes (bogota)", "universidad de los andes (bogota)", ""},
		{"grupo de derecho de interes publico gdip", "grupo de derecho de interes publico", "gdip"},
		{"universidad libre", "universidad libre", ""},
		{"Acme Trading Company act", "Acme Trading Company act", ""},
	}
	for _, tt := range tests {
		base, acronym := SplitAcronym(tt.name)
		if base != tt.base || acronym != tt.acronym {
			t.Errorf("SplitAcronym(%q) = %q, %q; want %q, %q", tt.name, base, acronym, tt.base, tt.acronym)
		}
	}
}
