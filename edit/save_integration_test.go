//go:build integration

package edit_test

import (
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
)

const smeLetter = "027_sme-associations-ict-task-force-open-letter-2006.txt"

// An analyst pastes a real letter, corrects a title and an organization,
// and saves: the letter is written with each signatory's provenance, the
// corrected organization exists and co-signs with the others, and the
// correction is kept by the letter's content hash.
func TestSave_NewLetter(t *testing.T) {
	s, svc, p, ctx := setupProjected(t)
	parsed, err := svc.Parse(ctx, graph.Upload{Text: readLetter(t, smeLetter), Filename: smeLetter})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	d := parsed.Draft
	if len(d.Signatories) != 6 || d.Date != "2006-07-03" || parsed.Existing != nil {
		t.Fatalf("parse: %d signatories, date %q, existing %v; want 6, 2006-07-03, none", len(d.Signatories), d.Date, parsed.Existing)
	}
	for _, sig := range d.Signatories {
		if sig.Line == 0 || sig.Provenance != graph.ProvenanceParsed {
			t.Fatalf("parsed signatory %+v: want a line and provenance parsed", sig)
		}
	}
	d.Signatories[1].Organization = "Professional Contractors Group"
	d.Signatories[1].Title = "Chair"
	d.Signatories[1].Provenance = graph.ProvenanceCorrected
	res, err := svc.Save(ctx, d, "alice")
	if err != nil {
		t.Fatalf("save: %v", err)
	}
	draft, err := svc.Draft(ctx, res.LetterID)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	got := draft.Signatories[1]
	if got.Organization != "Professional Contractors Group" || got.Title != "Chair" || got.Provenance != graph.ProvenanceCorrected {
		t.Fatalf("saved signatory 2 = %+v; want Professional Contractors Group, Chair, corrected", got)
	}
	if draft.Signatories[0].Provenance != graph.ProvenanceParsed {
		t.Fatalf("signatory 1 provenance %q; want parsed", draft.Signatories[0].Provenance)
	}
	partners, err := p.Partners(ctx, "org:professional-contractors-group", graph.Window{}, 1, "COUNT", 10)
	if err != nil {
		t.Fatalf("partners: %v", err)
	}
	if len(partners) != 5 {
		t.Fatalf("partners of the corrected organization: %d; want the other 5 signers", len(partners))
	}
	corr, err := s.Corrections(ctx, []string{draft.SHA256})
	if err != nil || corr[draft.SHA256] == nil || corr[draft.SHA256].CorrectedBy != "alice" {
		t.Fatalf("correction kept by hash: %v, %v; want one by alice", corr, err)
	}
	// The same text again is the same letter: refused, naming it.
	again, err := svc.Parse(ctx, graph.Upload{Text: readLetter(t, smeLetter)})
	if err != nil || again.Existing == nil || again.Existing.ID != res.LetterID {
		t.Fatalf("parse again: existing %v, %v; want %s", again.Existing, err, res.LetterID)
	}
	_, err = svc.Save(ctx, again.Draft, "bob")
	if code(err) != graph.ECONFLICT || !strings.Contains(err.Error(), res.LetterID) {
		t.Fatalf("save again: %v; want CONFLICT naming %s", err, res.LetterID)
	}
}

// A correction of a loaded letter replaces its signatures in one
// transaction, recounts organizations and roles, and raises its version;
// a second correction from the old version is refused as a conflict and
// changes nothing.
func TestCorrect_VersionConflict(t *testing.T) {
	s, svc, ctx := setup(t)
	letters, _, err := s.FindLetters(ctx, graph.LetterFilter{Organization: "org:council-for-global-equality"}, graph.Page{First: 1})
	if err != nil || len(letters) != 1 {
		t.Fatalf("find letter: %v %v", letters, err)
	}
	id := letters[0].ID
	first, err := svc.Draft(ctx, id)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	second, _ := svc.Draft(ctx, id)
	if first.Version != 0 {
		t.Fatalf("version %d; want 0 for a loaded letter", first.Version)
	}
	for j, sig := range first.Signatories {
		if sig.OrganizationID == "org:council-for-global-equality" {
			first.Signatories[j].Organization, first.Signatories[j].OrganizationID = "Council for Global Equality Fund", ""
			first.Signatories[j].Provenance = graph.ProvenanceCorrected
		}
	}
	if _, err := svc.Save(ctx, first, "alice"); err != nil {
		t.Fatalf("save: %v", err)
	}
	after := fingerprint(t, ctx, s)
	second.Title = "A conflicting title"
	_, err = svc.Save(ctx, second, "bob")
	if code(err) != graph.ECONFLICT || !strings.Contains(err.Error(), "alice") {
		t.Fatalf("conflicting save: %v; want CONFLICT naming alice", err)
	}
	sameGraph(t, "after a refused save", fingerprint(t, ctx, s), after)
	saved, _ := svc.Draft(ctx, id)
	if saved.Version != 1 || saved.CorrectedBy != "alice" {
		t.Fatalf("version %d by %q; want 1 by alice", saved.Version, saved.CorrectedBy)
	}
	org, err := s.FindOrganizationByID(ctx, "org:council-for-global-equality")
	if code(err) != graph.ENOTFOUND {
		t.Fatalf("the organization corrected away: %v %v; want it gone (it signed one letter)", org, err)
	}
	if _, err := s.FindOrganizationByID(ctx, "org:council-for-global-equality-fund"); err != nil {
		t.Fatalf("the corrected organization: %v", err)
	}
}

// Bad edits are refused with a clear error, and the graph is as before.
func TestSave_BadInput(t *testing.T) {
	s, svc, ctx := setup(t)
	before := fingerprint(t, ctx, s)
	letters, _, _ := s.FindLetters(ctx, graph.LetterFilter{}, graph.Page{First: 1})
	good, err := svc.Draft(ctx, letters[0].ID)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	clone := func(edit func(d *graph.LetterDraft)) *graph.LetterDraft {
		d := *good
		d.Signatories = append([]graph.DraftSignatory(nil), good.Signatories...)
		edit(&d)
		return &d
	}
	long := strings.Repeat("x", graph.MaxNameLength+1)
	for _, tc := range []struct {
		name  string
		draft *graph.LetterDraft
		code  string
		says  string
	}{
		{"empty new letter", &graph.LetterDraft{}, graph.EINVALID, "text: required"},
		{"no signatories", clone(func(d *graph.LetterDraft) { d.Signatories = nil }), graph.EINVALID, "at least one signatory"},
		{"empty signatory", clone(func(d *graph.LetterDraft) { d.Signatories[0] = graph.DraftSignatory{} }), graph.EINVALID, "signatories[0]: give a name or an organization"},
		{"name too long", clone(func(d *graph.LetterDraft) { d.Signatories[0].Name = long }), graph.EINVALID, "signatories[0].name: too long"},
		{"invalid date", clone(func(d *graph.LetterDraft) { d.Date = "2019-02-30" }), graph.EINVALID, `date: "2019-02-30" is not a date`},
		{"date in words", clone(func(d *graph.LetterDraft) { d.Date = "March 3rd" }), graph.EINVALID, "want YYYY-MM-DD"},
		{"control character", clone(func(d *graph.LetterDraft) { d.Title = "a\x00b" }), graph.EINVALID, "title: contains a control character"},
		{"unknown letter", clone(func(d *graph.LetterDraft) { d.ID = "letter:0000000000000000" }), graph.ENOTFOUND, "not found"},
		{"not a letter id", clone(func(d *graph.LetterDraft) { d.ID = "org:x" }), graph.ENOTFOUND, "not found"},
		{"unknown organization picked", clone(func(d *graph.LetterDraft) { d.Signatories[0].OrganizationID = "org:no-such-thing" }), graph.EINVALID, "org:no-such-thing is not in the graph"},
		{"unknown person picked", clone(func(d *graph.LetterDraft) {
			d.Signatories[0].Name, d.Signatories[0].PersonID = "Someone", "person:no-such-one"
		}), graph.EINVALID, "person:no-such-one is not in the graph"},
		{"bad provenance", clone(func(d *graph.LetterDraft) { d.Signatories[0].Provenance = "guessed" }), graph.EINVALID, "provenance"},
		{"line past the text", clone(func(d *graph.LetterDraft) { d.Signatories[0].Line = 1 << 20 }), graph.EINVALID, "outside the text"},
		{"too many recipients", clone(func(d *graph.LetterDraft) {
			d.Recipients = make([]graph.Party, graph.MaxDraftParties+1)
		}), graph.EINVALID, "recipients: too many"},
		{"stale version", clone(func(d *graph.LetterDraft) { d.Version = 7 }), graph.ECONFLICT, "version 0, you started from version 7"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := svc.Save(ctx, tc.draft, "tester")
			if code(err) != tc.code || err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("save: %v; want %s saying %q", err, tc.code, tc.says)
			}
		})
	}
	sameGraph(t, "after refused saves", fingerprint(t, ctx, s), before)
}

// Reloading the original files after corrections and merges leaves the
// corrected graph as it was: corrections are kept by content hash and
// merge decisions resolve names as the graph decided them.
func TestReload_KeepsCorrectionsAndMerges(t *testing.T) {
	s, svc, ctx := setup(t)
	letters, _, _ := s.FindLetters(ctx, graph.LetterFilter{Organization: "org:anti-defamation-league"}, graph.Page{First: 1})
	d, err := svc.Draft(ctx, letters[0].ID)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	d.Signatories[0].Title = "Corrected Title"
	d.Signatories[0].Provenance = graph.ProvenanceCorrected
	if _, err := svc.Save(ctx, d, "alice"); err != nil {
		t.Fatalf("save: %v", err)
	}
	if _, err := svc.Merge(ctx, "org:human-rights-campaign", "org:anti-defamation-league", "alice"); err != nil {
		t.Fatalf("merge: %v", err)
	}
	before := fingerprint(t, ctx, s)
	sum := load(t, ctx, s)
	if len(sum.New) != 0 {
		t.Fatalf("reload wrote %d new letters; want none", len(sum.New))
	}
	if sum.Corrected != 1 {
		t.Fatalf("reload laid %d corrections over the files; want 1", sum.Corrected)
	}
	sameGraph(t, "after reloading data/letters", fingerprint(t, ctx, s), before)
}
