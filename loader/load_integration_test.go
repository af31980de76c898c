//go:build integration

package loader_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// The corpus in data/letters, loaded into an empty graph, must give these
// counts. They are worked out by hand from the answer files
// (/work/shared/letters/*.json, copied to loader/testdata), not by running
// the loader, so a wrong parse or a wrong merge shows up here.
//
// One adjustment: the 007 answer corrects two defects of the printed source
// that the parser keeps as printed (see sourceDefects in parse_test.go):
// "I American Federation of State, County & Municipal Employees (AFSCME)"
// replaces the answer's AFSCME one for one (it signs nothing else), and
// "Business and Institutional Furniture; Manufacturers Association" is two
// organizations, not one. So 007 has 270 signing organizations, not 269:
// +1 organization, +1 organization signature, and C(270,2) − C(269,2) = 269
// more pairs, in 2008. The answer-file figures are given first.
//
// Letter 32: the 32 .txt files, all different.
//
// Person 372: signers and named recipients/cc, new ones per letter:
//
//	000 20  18 signers + Trump + Pompeo (cc)
//	001 58  57 + Obama
//	003 68  68 senators; Obama again. 003's Tim Johnson is not 001's: 001 is
//	        on House paper ("Congress of the United States", signed by "a
//	        bipartisan group of House members"), 003 on Senate paper, both
//	        in the 111th Congress, and nobody sits in both chambers at once
//	        (loader.RuleChambers): person:tim-johnson--us-house and
//	        person:tim-johnson--us-senate
//	004 31  30 generals + Reyes; Rockefeller IV is 003's "John D. Rockefeller, IV"
//	007  0  organizations only; Harkin signed 003
//	008 62  61 + Pelosi
//	010  5  4 + McConnell
//	011  4  4; Filner signed 001
//	013  1  Mukasey; Boxer, Whitehouse, Klobuchar, Lautenberg signed 003
//	015  1  Waxman
//	016  2  Poe + Duke; Welch signed 001
//	017  8  8; Pelosi again
//	019  2  022 4 (3 + Dijksma)  024 1 (Stephens)  025 3 (2 + Frattini)  029 2
//	030 62
//	034, 036, 039, 042, 045  2 each (signer + recipient) = 10
//	048  2  Mullen, Gates; Skelton signed 045
//	049  0  Filner (001), Skelton (045)
//	052  2  053 1  054 1  055 1  057 1 (Jonathan M. Young; Obama again)
//	060 16  15 + Corker; Menendez signed 003
//	061  4  Wetters, Ryan, Goodlatte, John Conyers (not 001's "John Conyers,
//	        Jr.": a suffix is only reported); Terry, Rosen (060), Frieden,
//	        Bristo, Pelosi again, and "Jonathan Young", past Chair of the NCD
//	        in 2016, who is 057's "Jonathan M. Young", its Chairman in 2011
//	        (loader.RuleMiddleInitial: same council, five years apart, never
//	        in one letter, no other Jonathan ? Young)
//
// 20+58+68+31+62+5+4+1+1+2+8+2+4+1+3+2+62+10+2+2+1+1+1+1+16+4 = 372.
//
// Organization 403 (+1 = 404): signing organizations, affiliations and the
// one organization-only cc, new ones per letter:
//
//	000 17  16 signing (the Council for Global Equality signs 3 times) + the
//	        affiliation Metropolitan Community Churches; the bare "NCLR" stays
//	        its own organization (007's "National Council of La Raza (NCLR)"
//	        is only reported as a possible duplicate, never merged)
//	004  5  USMC, USA, USAF, USN, ANG
//	007 267 269 − Anti-Defamation League, Human Rights Campaign (000)
//	008  1  The American Legion       010 2 (VOICES = Voices of September 11th)
//	011  4  013 1  015 25  019 1  022 2 (Vrijschrift/FFII + cc ANP)  024 25  029 2
//	030 48  61 signers with an organization − 13 repeats (Mozilla 5, MistralAI 2,
//	        Flower Labs 2, EleutherAI, Meta, Hugging Face, Bytez Inc 1 each)
//	034  0  "Veterans of Foreign Wars of the U.S." is 007's "... of the United
//	        States", which 036 signs for (loader.RuleUnitedStates)
//	039  0  The American Legion  042 0 ("Iraq and" = 007's "Iraq &")
//	045  1  049 1  052 1 (NCD; 053–061 sign for it again, 060 also for USMC)
//
// 17+5+267+1+2+4+1+25+1+2+25+2+48+1+1+1 = 403.
//
// Office 4: Members of the United States Congress (019); Editor, Chronicle of
// Higher Education (029); President, permanent Parliamentary Commission for
// European Cooperation Organisations (022 cc); President, The White House
// (052–055, one office).
//
// Recipient 30: 25 named people (Trump, Pompeo, Obama, Rockefeller IV, Reyes,
// Harkin, Pelosi, McConnell, Filner, Mukasey, Waxman, Duke, Dijksma, Frattini,
// Spratt, Fossella, Velazquez, Connolly, Oberstar, Skelton, Menendez, Corker,
// Ryan, Goodlatte, Conyers) + 4 offices + ANP.
//
// ADDRESSED_TO 38: recipients and cc per letter: 000 2, 004 2, 022 3, 060 2,
// 061 4, 024 and 030 none, the other 25 letters 1 each: 13 + 25 = 38.
//
// SIGNED 777 (+1 = 778): 363 person signatures (every named signer; none
// printed twice) + 414 organization signatures (distinct organizations per
// letter: 000 16, 004 5, 007 269, 008 1, 010 2, 011 4, 013 1, 015 25, 019 1,
// 022 1, 024 25, 029 2, 030 48, 060 2, and 1 each for 034, 036, 039, 042,
// 045, 049, 052, 053, 054, 055, 057 and 061).
//
// HELD_ROLE 208: person signatures with an organization, 363 − 155 without
// (001 57, 003 68, 013 3, 016 2, 017 8, 024 1, 025 2, 030 1, 048 2, 060 11);
// no person holds the same title at the same organization twice (Frieden,
// Bristo and Rosen go from Chairperson to past Chair).
//
// AFFILIATED_WITH 1: Pat Baumgartner, Metropolitan Community Churches.
//
// Co-signing pairs 37912 (+269 = 38181), which the projection counts (no
// pair is stored): pairs of signing organizations per letter,
// C(n,2): 000 120, 004 10, 007 36046, 010 1, 011 6, 015 300, 024 300, 029 1,
// 030 1128, 060 1 (NCD–USMC) = 37913, less the one pair counted twice (ADL
// and HRC sign both 000 and 007).
//
// The change counter is one node, bumped once per batch that wrote letters.
var corpusCounts = graph.Counts{
	Nodes: map[string]int{
		"Letter": 32, "Person": 372, "Organization": 404, "Office": 4, "Recipient": 30, "ChangeCounter": 1,
	},
	Relationships: map[string]int{
		"SIGNED": 778, "HELD_ROLE": 208, "AFFILIATED_WITH": 1, "ADDRESSED_TO": 38,
	},
}

const corpusPairs = 38181

// mustOpenStore opens the real Neo4j (NEO4J_TEST_URI), migrated and empty.
// It never skips: an unreachable Neo4j is a failure, in CI and out of it.
func mustOpenStore(tb testing.TB) *graph.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		uri = "bolt://127.0.0.1:7687"
	}
	s, err := graph.Open(ctx, graph.Config{URI: uri, Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD")})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { s.Close(context.Background()) })
	if err := s.Migrate(ctx); err != nil {
		tb.Fatalf("migrate: %v", err)
	}
	if err := s.DeleteAll(ctx); err != nil {
		tb.Fatalf("delete all: %v", err)
	}
	return s
}

const corpus = "../data/letters"

// corpusLetterID is the id the loader gives a corpus file: its content hash.
func corpusLetterID(t *testing.T, name string) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(corpus, name))
	if err != nil {
		t.Fatal(err)
	}
	return loader.LetterID(loader.ContentSHA256(string(text)))
}

func TestLoad_Corpus(t *testing.T) {
	ctx := context.Background()
	s := mustOpenStore(t)

	sum, err := loader.Load(ctx, s, []string{corpus}, loader.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failed) > 0 || len(sum.Skipped) > 0 {
		t.Fatalf("failed %v, skipped %v; want none", sum.Failed, sum.Skipped)
	}
	got := loadTotals{sum.Letters, len(sum.New), len(sum.Unchanged), sum.People, sum.Organizations, sum.Offices, sum.Signatures}
	// Signatures: 363 by people + 320 by organizations alone (007 270, 015 25, 024 25).
	if want := (loadTotals{32, 32, 0, 372, 404, 4, 683}); got != want {
		t.Errorf("first load: %+v, want %+v", got, want)
	}
	checkCounts(t, s)

	t.Run("Again", func(t *testing.T) {
		sum, err := loader.Load(ctx, s, []string{corpus}, loader.LoadOptions{BatchSize: 7})
		if err != nil {
			t.Fatal(err)
		}
		if len(sum.New) != 0 || len(sum.Unchanged) != 32 || len(sum.Failed) != 0 {
			t.Errorf("second load: %d new, %d unchanged, failed %v; want 0, 32, none", len(sum.New), len(sum.Unchanged), sum.Failed)
		}
		checkCounts(t, s)
	})

	t.Run("RoleHistory", func(t *testing.T) {
		// Lex Frieden chaired the NCD in 2005 and signs as past chair in 2016.
		roles, err := s.RoleHistory(ctx, "person:lex-frieden")
		if err != nil {
			t.Fatal(err)
		}
		ncd := "org:national-council-on-disability"
		want := []*graph.Role{
			{PersonID: "person:lex-frieden", OrganizationID: ncd, Title: "Chairperson", From: "2005-11-17", To: "2005-11-17",
				LetterIDs: []string{corpusLetterID(t, "054_ncd-frieden-progress-report-2005.txt")}},
			{PersonID: "person:lex-frieden", OrganizationID: ncd, Title: "past Chair", From: "2016-09-13", To: "2016-09-13",
				LetterIDs: []string{corpusLetterID(t, "061_ncd-current-past-chairs-hr3765-2016.txt")}},
		}
		if !reflect.DeepEqual(roles, want) {
			t.Errorf("RoleHistory =\n%s\nwant\n%s", formatRoles(roles), formatRoles(want))
		}
	})

	t.Run("EntityResolution", func(t *testing.T) {
		// The merges and the split, with their rules, in the summary.
		var merged []string
		for _, m := range sum.Merges {
			merged = append(merged, m.ID+" → "+m.IntoID+": "+m.Rule)
		}
		wantMerged := []string{
			"org:veterans-of-foreign-wars-of-the-us → org:veterans-of-foreign-wars-of-the-united-states: " + loader.RuleUnitedStates,
			"person:jonathan-young → person:jonathan-m-young: " + loader.RuleMiddleInitial,
		}
		if !reflect.DeepEqual(merged, wantMerged) {
			t.Errorf("merges = %q, want %q", merged, wantMerged)
		}
		if len(sum.Splits) != 1 || sum.Splits[0].ID != "person:tim-johnson" || sum.Splits[0].Rule != loader.RuleChambers {
			t.Errorf("splits = %+v; want Tim Johnson, by %q", sum.Splits, loader.RuleChambers)
		}
		// In the graph: one Jonathan M. Young, who keeps the merged name as
		// an alias and both roles; two Tim Johnsons, one letter each.
		young, err := s.FindPersonByID(ctx, "person:jonathan-m-young")
		if err != nil {
			t.Fatal(err)
		}
		if young.Name != "Jonathan M. Young" || !reflect.DeepEqual(young.Aliases, []string{"Jonathan Young"}) {
			t.Errorf("Jonathan M. Young = %+v; want the alias Jonathan Young", young)
		}
		if _, err := s.FindPersonByID(ctx, "person:jonathan-young"); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("person:jonathan-young: %v; want not found", err)
		}
		roles, err := s.RoleHistory(ctx, "person:jonathan-m-young")
		if err != nil {
			t.Fatal(err)
		}
		if len(roles) != 2 || roles[0].Title != "Chairman" || roles[0].From != "2011-11-17" || roles[1].Title != "past Chair" || roles[1].From != "2016-09-13" {
			t.Errorf("Jonathan M. Young's roles = %s; want Chairman 2011, past Chair 2016", formatRoles(roles))
		}
		for id, file := range map[string]string{
			"person:tim-johnson--us-house":  "001_house-members-afghanistan-escalation-2009.txt",
			"person:tim-johnson--us-senate": "003_senators-landmine-policy-review-2010.txt",
		} {
			letters, err := s.PersonLetters(ctx, []string{id}, 10)
			if err != nil {
				t.Fatal(err)
			}
			if want := []string{corpusLetterID(t, file)}; !reflect.DeepEqual(letters[id], want) {
				t.Errorf("%s signed %q; want %q (%s)", id, letters[id], want, file)
			}
		}
		if _, err := s.FindPersonByID(ctx, "person:tim-johnson"); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("person:tim-johnson: %v; want not found (every mention says its chamber)", err)
		}
	})

	t.Run("Partners", func(t *testing.T) {
		co := graph.NewProjection(s)
		if _, err := co.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		// USMC co-signs once with the four other services (004, 2007) and once
		// with the NCD (060, 2013).
		partners, err := co.Partners(ctx, "org:usmc", graph.Window{}, 1, graph.OrderCount, 100)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, p := range partners {
			if p.Shared != 1 || p.FirstDate != p.LastDate {
				t.Errorf("partner %s: shared %d, %s–%s; want 1 letter", p.OrganizationID, p.Shared, p.FirstDate, p.LastDate)
			}
			got[p.OrganizationID] = p.FirstDate
		}
		want := map[string]string{"org:usa": "2007-12-12", "org:usaf": "2007-12-12", "org:usn": "2007-12-12", "org:ang": "2007-12-12",
			"org:national-council-on-disability": "2013-06-25"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("USMC partners = %v, want %v", got, want)
		}

		// The Anti-Defamation League signs 000 (16 organizations) and 007 (270),
		// with HRC in both: 15 + 269 − 1 = 283 partners, HRC first.
		partners, err = co.Partners(ctx, "org:anti-defamation-league", graph.Window{}, 1, graph.OrderCount, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(partners) != 283 {
			t.Fatalf("%d ADL partners, want 283", len(partners))
		}
		if partners[0].OrganizationID != "org:human-rights-campaign" || partners[0].Shared != 2 || partners[1].Shared != 1 {
			t.Errorf("top ADL partners = %s (%d), then %d; want HRC with 2 shared letters, then 1",
				partners[0].OrganizationID, partners[0].Shared, partners[1].Shared)
		}
	})
}

// loadTotals are the numbers of a load summary the corpus test compares.
type loadTotals struct {
	Letters, New, Unchanged, People, Organizations, Offices, Signatures int
}

func checkCounts(t *testing.T, s *graph.Store) {
	t.Helper()
	ctx := context.Background()
	got, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[string]map[string]int{"node": corpusCounts.Nodes, "relationship": corpusCounts.Relationships} {
		have := got.Nodes
		if kind == "relationship" {
			have = got.Relationships
		}
		for name, n := range want {
			if have[name] != n {
				t.Errorf("%s %s: %d, want %d", kind, name, have[name], n)
			}
		}
		for name, n := range have {
			if _, ok := want[name]; !ok {
				t.Errorf("unexpected %s %s: %d", kind, name, n)
			}
		}
	}
	p := graph.NewProjection(s)
	if _, err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := p.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.CoSignedPairs != corpusPairs {
		t.Errorf("co-signing pairs: %d, want %d", st.CoSignedPairs, corpusPairs)
	}
}

func formatRoles(roles []*graph.Role) string {
	var out string
	for _, r := range roles {
		out += "  " + r.PersonID + " " + r.Title + " at " + r.OrganizationID + " " + r.From + "–" + r.To + " " + strings.Join(r.LetterIDs, ",") + "\n"
	}
	return out
}
