package loader_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// Each rule has a case that merges (or splits) and cases that must not,
// on letters made up for it.

// dated sets a letter's date.
func dated(l *graph.Letter, date string) *graph.Letter {
	l.Date = date
	return l
}

// onPaper gives a letter a letterhead: the lines printed above its date.
func onPaper(l *graph.Letter, date string, head ...string) *graph.Letter {
	l.Date = date
	l.Text = strings.Join(head, "\n") + "\nWashington, DC, " + date + ".\n" + l.Text
	l.Lines = map[string]int{"date": len(head) + 1}
	return l
}

// personIDs returns the person id of each signature of each letter.
func personIDs(imports []graph.LetterImport) [][]string {
	var out [][]string
	for _, li := range imports {
		var ids []string
		for _, s := range li.Signatures {
			ids = append(ids, s.PersonID)
		}
		out = append(out, ids)
	}
	return out
}

func orgIDs(imports []graph.LetterImport) [][]string {
	var out [][]string
	for _, li := range imports {
		var ids []string
		for _, s := range li.Signatures {
			ids = append(ids, s.OrganizationID)
		}
		out = append(out, ids)
	}
	return out
}

func aliasesOf(t *testing.T, text string) *loader.Aliases {
	t.Helper()
	a, err := loader.ParseAliases("aliases.txt", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRule_UnitedStates(t *testing.T) {
	letters := func() []*graph.Letter {
		return []*graph.Letter{
			letter("a", "| | Veterans of Foreign Wars of the U.S."),
			letter("b", "| | Veterans of Foreign Wars of the United States", "| | U.S. Chamber of Commerce"),
			letter("c", "| | United States Chamber of Commerce", "| | Friends of the U.S. Navy"),
		}
	}
	t.Run("OK", func(t *testing.T) {
		r := loader.NewResolver(nil)
		got := orgIDs(r.Resolve(letters()))
		vfw := "org:veterans-of-foreign-wars-of-the-united-states"
		if got[0][0] != vfw || got[1][0] != vfw {
			t.Errorf("VFW ids = %q, %q; want both %s", got[0][0], got[1][0], vfw)
		}
		want := []loader.Merge{{Kind: "organization", Rule: loader.RuleUnitedStates, Name: "Veterans of Foreign Wars of the U.S.",
			ID: "org:veterans-of-foreign-wars-of-the-us", Into: "Veterans of Foreign Wars of the United States", IntoID: vfw,
			Evidence: "the same name but for “of the U.S.” and “of the United States”"}}
		if m := r.Merges(); !slices.Equal(m, want) {
			t.Errorf("Merges() = %+v\nwant %+v", m, want)
		}
		orgs := r.Organizations()
		if i := slices.IndexFunc(orgs, func(o graph.OrganizationRef) bool { return o.ID == vfw }); i < 0 || !slices.Equal(orgs[i].Aliases, []string{"Veterans of Foreign Wars of the U.S."}) {
			t.Errorf("VFW = %+v; want the U.S. form as an alias", orgs)
		}
	})
	t.Run("NotAtTheStart", func(t *testing.T) {
		// The rule is "of the U.S.": "U.S. Chamber of Commerce" is reported, not merged.
		got := orgIDs(loader.NewResolver(nil).Resolve(letters()))
		if got[1][1] == got[2][0] {
			t.Errorf("U.S. Chamber and United States Chamber merged as %s", got[1][1])
		}
	})
	t.Run("NoLongForm", func(t *testing.T) {
		// Nothing says "of the United States Navy": the name keeps its own id.
		got := orgIDs(loader.NewResolver(nil).Resolve(letters()))
		if got[2][1] != "org:friends-of-the-us-navy" {
			t.Errorf("Friends of the U.S. Navy = %s; want org:friends-of-the-us-navy", got[2][1])
		}
	})
	t.Run("AliasesWin", func(t *testing.T) {
		r := loader.NewResolver(aliasesOf(t, "Veterans of Foreign Wars of the U.S. =\n"))
		got := orgIDs(r.Resolve(letters()))
		if got[0][0] == got[1][0] || len(r.Merges()) != 0 {
			t.Errorf("pinned name merged: %q, %q, merges %+v", got[0][0], got[1][0], r.Merges())
		}
	})
}

func TestRule_AcronymInLetter(t *testing.T) {
	full := "org:instituto-colombiano-de-bienestar-familiar"
	t.Run("OK", func(t *testing.T) {
		r := loader.NewResolver(nil)
		got := orgIDs(r.Resolve([]*graph.Letter{
			dated(letter("a", "| | Instituto Colombiano de Bienestar Familiar", "| | ICBF"), "2019"),
			letter("b", "| | ICBF"),
		}))
		// One organization now, printed twice in letter a: it signs once.
		if !slices.Equal(got[0], []string{full}) || got[1][0] != full {
			t.Errorf("ids = %q; want all %s", got, full)
		}
		m := r.Merges()
		if len(m) != 1 || m[0].Rule != loader.RuleAcronymInLetter || m[0].ID != "org:icbf" || m[0].IntoID != full || !strings.HasPrefix(m[0].Evidence, "both printed in") {
			t.Errorf("Merges() = %+v; want ICBF into the institute by %q", m, loader.RuleAcronymInLetter)
		}
	})
	t.Run("NotInOneLetter", func(t *testing.T) {
		r := loader.NewResolver(nil)
		got := orgIDs(r.Resolve([]*graph.Letter{
			letter("a", "| | Instituto Colombiano de Bienestar Familiar"),
			letter("b", "| | ICBF"),
		}))
		if got[1][0] != "org:icbf" || len(r.Merges()) != 0 {
			t.Errorf("ICBF = %s, merges %+v; want it apart", got[1][0], r.Merges())
		}
	})
	t.Run("Ambiguous", func(t *testing.T) {
		// ANDI is the initials of two organizations of the load.
		got := orgIDs(loader.NewResolver(nil).Resolve([]*graph.Letter{
			letter("a", "| | Agencia Nacional de Infraestructura", "| | ANDI"),
			letter("b", "| | Asociacion Nacional de Industriales"),
		}))
		if got[0][1] != "org:andi" {
			t.Errorf("ANDI = %s; want org:andi", got[0][1])
		}
	})
	t.Run("TooShort", func(t *testing.T) {
		got := orgIDs(loader.NewResolver(nil).Resolve([]*graph.Letter{
			letter("a", "| | Defensoria del Pueblo", "| | DP"),
		}))
		if got[0][1] != "org:dp" {
			t.Errorf("DP = %s; want org:dp (two letters name too many bodies)", got[0][1])
		}
	})
	t.Run("AliasesWin", func(t *testing.T) {
		got := orgIDs(loader.NewResolver(aliasesOf(t, "ICBF =\n")).Resolve([]*graph.Letter{
			letter("a", "| | Instituto Colombiano de Bienestar Familiar", "| | ICBF"),
		}))
		if got[0][1] != "org:icbf" {
			t.Errorf("ICBF = %s; want org:icbf, as the aliases file pins it", got[0][1])
		}
	})
}

func TestRule_MiddleInitial(t *testing.T) {
	ncd := "National Council on Disability"
	t.Run("OK", func(t *testing.T) {
		r := loader.NewResolver(nil)
		got := personIDs(r.Resolve([]*graph.Letter{
			dated(letter("a", "Jonathan M. Young | Chairman | "+ncd), "2011-11-17"),
			dated(letter("b", "Jonathan Young | past Chair | "+ncd), "2016-09-13"),
		}))
		if got[0][0] != "person:jonathan-m-young" || got[1][0] != "person:jonathan-m-young" {
			t.Errorf("ids = %q; want both person:jonathan-m-young", got)
		}
		want := []loader.Merge{{Kind: "person", Rule: loader.RuleMiddleInitial, Name: "Jonathan Young", ID: "person:jonathan-young",
			Into: "Jonathan M. Young", IntoID: "person:jonathan-m-young",
			Evidence: "both at National Council on Disability, 2011–2016; never in one letter"}}
		if m := r.Merges(); !slices.Equal(m, want) {
			t.Errorf("Merges() = %+v\nwant %+v", m, want)
		}
		if p := r.People(); len(p) != 1 || p[0].Name != "Jonathan M. Young" {
			t.Errorf("People() = %+v; want Jonathan M. Young alone", p)
		}
	})
	notMerged := []struct {
		name    string
		letters []*graph.Letter
	}{
		{"InOneLetter", []*graph.Letter{
			letter("a", "Jonathan M. Young | Chairman | "+ncd, "Jonathan Young | Member | "+ncd)}},
		{"OtherOrganizations", []*graph.Letter{
			letter("a", "Jonathan M. Young | Chairman | "+ncd), letter("b", "Jonathan Young | Director | Acme Foundation")}},
		{"YearsApart", []*graph.Letter{
			dated(letter("a", "Jonathan M. Young | Chairman | "+ncd), "1990"), dated(letter("b", "Jonathan Young | Chairman | "+ncd), "2016")}},
		{"TwoInitials", []*graph.Letter{
			letter("a", "Jonathan M. Young | Chairman | "+ncd), letter("b", "Jonathan Young | past Chair | "+ncd),
			letter("c", "Jonathan Q. Young | Member | "+ncd)}},
		{"OtherChambers", []*graph.Letter{
			dated(letter("a", "Tim P. Johnson | U.S. Senator |"), "2010"), dated(letter("b", "Tim Johnson | Member of Congress |"), "2009")}},
		{"NotAPersonsName", []*graph.Letter{
			letter("a", "gerente nacional de doctrina (a) | | colpensiones"), letter("b", "gerente nacional de doctrina | | colpensiones")}},
	}
	for _, tt := range notMerged {
		t.Run(tt.name, func(t *testing.T) {
			r := loader.NewResolver(nil)
			r.Resolve(tt.letters)
			if m := r.Merges(); len(m) != 0 {
				t.Errorf("Merges() = %+v; want none", m)
			}
		})
	}
	t.Run("AliasesWin", func(t *testing.T) {
		r := loader.NewResolver(aliasesOf(t, "person: Jonathan Young =\n"))
		r.Resolve([]*graph.Letter{letter("a", "Jonathan M. Young | Chairman | "+ncd), letter("b", "Jonathan Young | past Chair | "+ncd)})
		if m := r.Merges(); len(m) != 0 {
			t.Errorf("Merges() = %+v; want none: the aliases file pins Jonathan Young", m)
		}
	})
}

func TestRule_AddedName(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		r := loader.NewResolver(nil)
		got := personIDs(r.Resolve([]*graph.Letter{
			dated(letter("a", "adriana huertas | | asofondos"), "2011"),
			dated(letter("b", "adriana huertas bonilla | | asofondos"), "2012"),
			dated(letter("c", "yesid camacho jimenez | | universidad nacional"), "2014"),
			dated(letter("d", "yesid hernando camacho jimenez | | universidad nacional"), "2016"),
		}))
		want := [][]string{{"person:adriana-huertas-bonilla"}, {"person:adriana-huertas-bonilla"},
			{"person:yesid-hernando-camacho-jimenez"}, {"person:yesid-hernando-camacho-jimenez"}}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("ids = %q; want %q", got, want)
		}
		m := r.Merges()
		if len(m) != 2 || m[0].Rule != loader.RuleAddedName || m[1].Rule != loader.RuleAddedName {
			t.Errorf("Merges() = %+v; want two by %q", m, loader.RuleAddedName)
		}
	})
	notMerged := []struct {
		name    string
		letters []*graph.Letter
	}{
		{"TwoLongerNames", []*graph.Letter{
			letter("a", "maria gomez | | ministerio de salud"), letter("b", "maria elena gomez | | ministerio de salud"),
			letter("c", "maria gomez perez | | ministerio de salud")}},
		{"OtherOrganizations", []*graph.Letter{
			letter("a", "maria gomez | | ministerio de salud"), letter("b", "maria elena gomez | | universidad del rosario")}},
		{"InOneLetter", []*graph.Letter{
			letter("a", "maria gomez | | ministerio de salud", "maria elena gomez | | ministerio de salud")}},
		{"OtherFirstName", []*graph.Letter{
			letter("a", "elena gomez | | ministerio de salud"), letter("b", "maria elena gomez | | ministerio de salud")}},
		{"NotAPersonsName", []*graph.Letter{
			letter("a", "defensor del pueblo | | defensoria del pueblo"), letter("b", "defensor del pueblo regional boyaca | | defensoria del pueblo")}},
	}
	for _, tt := range notMerged {
		t.Run(tt.name, func(t *testing.T) {
			r := loader.NewResolver(nil)
			r.Resolve(tt.letters)
			if m := r.Merges(); len(m) != 0 {
				t.Errorf("Merges() = %+v; want none", m)
			}
		})
	}
}

// The sample corpus's two Tim Johnsons: a Representative (001, House
// letterhead, 2009) and a Senator (003, Senate letterhead, 2010), both in
// the 111th Congress.
func TestRule_Chambers(t *testing.T) {
	house := func() *graph.Letter {
		l := onPaper(letter("The signers, a bipartisan group of House members, urge", "James P. McGovern", "Tim Johnson"),
			"2009-09-25", "Congress of the United States,")
		l.Body = "The signers, a bipartisan group of House members, urge the President not to escalate."
		return l
	}
	senate := func() *graph.Letter {
		return onPaper(letter("The senators back the review.", "Patrick J. Leahy", "Tim Johnson"), "2010-05-18", "U.S. Senate,")
	}
	t.Run("OK", func(t *testing.T) {
		for _, order := range []string{"HouseFirst", "SenateFirst"} {
			t.Run(order, func(t *testing.T) {
				letters := []*graph.Letter{house(), senate()}
				if order == "SenateFirst" {
					slices.Reverse(letters)
				}
				r := loader.NewResolver(nil)
				imports := r.Resolve(letters)
				ids := map[string]string{}
				for _, li := range imports {
					ids[li.Letter.Date] = li.Signatures[1].PersonID
				}
				if ids["2009-09-25"] != "person:tim-johnson--us-house" || ids["2010-05-18"] != "person:tim-johnson--us-senate" {
					t.Errorf("Tim Johnson ids = %v; want --us-house in 2009, --us-senate in 2010", ids)
				}
				sp := r.Splits()
				if len(sp) != 1 || sp[0].Rule != loader.RuleChambers || sp[0].ID != "person:tim-johnson" || len(sp[0].Parts) != 2 ||
					sp[0].Evidence != "U.S. House of Representatives and U.S. Senate in 2009–2010" {
					t.Errorf("Splits() = %+v; want Tim Johnson kept apart by %q", sp, loader.RuleChambers)
				}
				if got := len(r.People()); got != 4 {
					t.Errorf("%d people, want 4: %+v", got, r.People())
				}
			})
		}
	})
	t.Run("OtherCongress", func(t *testing.T) {
		// A Representative in 2009 may be a Senator in 2011.
		later := onPaper(letter("The senators back the review.", "Tim Johnson"), "2011-05-18", "U.S. Senate,")
		r := loader.NewResolver(nil)
		got := personIDs(r.Resolve([]*graph.Letter{house(), later}))
		if got[0][1] != "person:tim-johnson" || got[1][0] != "person:tim-johnson" || len(r.Splits()) != 0 {
			t.Errorf("ids = %q, splits %+v; want one person:tim-johnson", got, r.Splits())
		}
	})
	t.Run("Titles", func(t *testing.T) {
		// Titles and organizations say the chamber too; a role stays with
		// its person, and a mention that says no chamber keeps the bare id.
		r := loader.NewResolver(nil)
		got := r.Resolve([]*graph.Letter{
			dated(letter("a", "Tim Johnson | Member of Congress (D-IL) |"), "2009-03-01"),
			dated(letter("b", "Tim Johnson | Chairman | Committee on Banking, U.S. Senate"), "2010-03-01"),
			dated(letter("c", "Tim Johnson | State Senator |"), "2010-04-01"),
		})
		want := []string{"person:tim-johnson--us-house", "person:tim-johnson--us-senate", "person:tim-johnson"}
		for i, li := range got {
			if id := li.Signatures[0].PersonID; id != want[i] {
				t.Errorf("letter %d: %s, want %s", i, id, want[i])
			}
		}
		if s := got[1].Signatures[0]; s.Title != "Chairman" || s.OrganizationID != "org:committee-on-banking-us-senate" {
			t.Errorf("the Senator's role = %q at %s", s.Title, s.OrganizationID)
		}
	})
	t.Run("Recipients", func(t *testing.T) {
		l := dated(letter("x", "Pat Doe | Director | Acme"), "2010-02-01")
		l.Recipients = []graph.Party{{Name: "Tim Johnson", Title: "Chairman", Organization: "Committee on Banking, U.S. Senate"}}
		r := loader.NewResolver(nil)
		imports := r.Resolve([]*graph.Letter{house(), l})
		if id := imports[1].Addressees[0].ID; id != "person:tim-johnson--us-senate" {
			t.Errorf("recipient = %s; want person:tim-johnson--us-senate", id)
		}
	})
	t.Run("AliasesWin", func(t *testing.T) {
		r := loader.NewResolver(aliasesOf(t, "person: Tim Johnson =\n"))
		got := personIDs(r.Resolve([]*graph.Letter{house(), senate()}))
		if got[0][1] != "person:tim-johnson" || got[1][1] != "person:tim-johnson" || len(r.Splits()) != 0 {
			t.Errorf("ids = %q; want one person:tim-johnson, as the aliases file names him", got)
		}
	})
}

// A merge by the aliases file is recorded like a merge by rule.
func TestResolver_AliasMerges(t *testing.T) {
	r := loader.NewResolver(aliasesOf(t, "# analysts\nHuman Rights Campaign = HRC\nperson: Jonathan M. Young = Jon Young\n"))
	r.Resolve([]*graph.Letter{
		letter("a", "| | HRC", "Jon Young | | National Council on Disability"),
		letter("b", "| | Human Rights Campaign", "Jonathan M. Young | | National Council on Disability"),
	})
	want := []loader.Merge{
		{Kind: "organization", Rule: loader.RuleAliases, Name: "HRC", ID: "org:hrc", Into: "Human Rights Campaign", IntoID: "org:human-rights-campaign", Evidence: "aliases file, line 2"},
		{Kind: "person", Rule: loader.RuleAliases, Name: "Jon Young", ID: "person:jon-young", Into: "Jonathan M. Young", IntoID: "person:jonathan-m-young", Evidence: "aliases file, line 3"},
	}
	if m := r.Merges(); !slices.Equal(m, want) {
		t.Errorf("Merges() =\n%+v\nwant\n%+v", m, want)
	}
}
