//go:build integration

package edit_test

import (
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
)

// Merging two organizations gives the kept one both names and all letters
// and roles, and partners at once; splitting gives the graph back exactly
// as it was.
func TestMerge_ThenSplit(t *testing.T) {
	s, svc, p, ctx := setupProjected(t)
	const keep, other = "org:usmc", "org:american-maritime-officers"
	before := fingerprint(t, ctx, s)
	partnersBefore := partnerCount(t, p, keep)
	k0, _ := s.FindOrganizationByID(ctx, keep)
	o0, _ := s.FindOrganizationByID(ctx, other)
	want := partnerSet(t, p, keep)
	for id := range partnerSet(t, p, other) {
		want[id] = true
	}
	delete(want, keep)
	delete(want, other)
	d, err := svc.Merge(ctx, keep, other, "alice")
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	if d.Status != graph.StatusMerged || d.By != "alice" || d.At == "" || d.OtherName != o0.Name {
		t.Fatalf("decision %+v; want merged by alice, with when, naming %q", d, o0.Name)
	}
	merged, err := s.FindOrganizationByID(ctx, keep)
	if err != nil {
		t.Fatalf("kept organization: %v", err)
	}
	if merged.LetterCount != k0.LetterCount+o0.LetterCount {
		t.Fatalf("letters after merge: %d; want %d + %d", merged.LetterCount, k0.LetterCount, o0.LetterCount)
	}
	if !contains(merged.Aliases, o0.Name) {
		t.Fatalf("aliases %v; want %q among them", merged.Aliases, o0.Name)
	}
	if _, err := s.FindOrganizationByID(ctx, other); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Fatalf("merged organization still there: %v", err)
	}
	if got := partnerSet(t, p, keep); len(got) != len(want) {
		t.Fatalf("partners after the merge: %d; want the %d of both", len(got), len(want))
	}
	text, err := svc.ExportAliases(ctx)
	if err != nil || !strings.Contains(text, k0.Name+" = "+o0.Name) {
		t.Fatalf("aliases file:\n%s\n%v; want the line %q", text, err, k0.Name+" = "+o0.Name)
	}
	if _, err := svc.Undo(ctx, d.ID, "bob"); err != nil {
		t.Fatalf("split: %v", err)
	}
	sameGraph(t, "after merge and split", fingerprint(t, ctx, s), before)
	if n := partnerCount(t, p, keep); n != partnersBefore {
		t.Fatalf("partners after the split: %d; want %d as before", n, partnersBefore)
	}
	undone, _ := s.FindMergeDecision(ctx, d.ID)
	if undone.Status != graph.StatusSplit || undone.UndoneBy != "bob" {
		t.Fatalf("decision after split %+v; want split by bob", undone)
	}
	if _, err := svc.Undo(ctx, d.ID, "bob"); graph.ErrorCode(err) != graph.ECONFLICT {
		t.Fatalf("split twice: %v; want CONFLICT", err)
	}
}

// Two organizations that signed letters together merge into one signer of
// each, and split back.
func TestMerge_SharedLetters(t *testing.T) {
	s, svc, ctx := setup(t)
	const keep, other = "org:human-rights-campaign", "org:anti-defamation-league"
	before := fingerprint(t, ctx, s)
	k0, _ := s.FindOrganizationByID(ctx, keep)
	o0, _ := s.FindOrganizationByID(ctx, other)
	d, err := svc.Merge(ctx, keep, other, "alice")
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	merged, _ := s.FindOrganizationByID(ctx, keep)
	shared := 2 // the sample corpus: ADL and HRC signed two letters together
	if merged.LetterCount != k0.LetterCount+o0.LetterCount-shared {
		t.Fatalf("letters after merge: %d; want %d + %d - %d shared", merged.LetterCount, k0.LetterCount, o0.LetterCount, shared)
	}
	if _, err := svc.Undo(ctx, d.ID, "alice"); err != nil {
		t.Fatalf("split: %v", err)
	}
	sameGraph(t, "after merge and split", fingerprint(t, ctx, s), before)
}

// People merge and split the same way, their roles following their letters.
func TestMergePeople_ThenSplit(t *testing.T) {
	s, svc, ctx := setup(t)
	people, _, err := s.FindPeople(ctx, graph.PersonFilter{}, graph.Page{First: 2})
	if err != nil || len(people) != 2 {
		t.Fatalf("people: %v %v", people, err)
	}
	before := fingerprint(t, ctx, s)
	r0, _ := s.RoleHistory(ctx, people[0].ID)
	r1, _ := s.RoleHistory(ctx, people[1].ID)
	d, err := svc.Merge(ctx, people[0].ID, people[1].ID, "alice")
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	roles, _ := s.RoleHistory(ctx, people[0].ID)
	if len(roles) < max(len(r0), len(r1)) {
		t.Fatalf("roles after merge: %d; want those of both (%d and %d)", len(roles), len(r0), len(r1))
	}
	if _, err := svc.Undo(ctx, d.ID, "alice"); err != nil {
		t.Fatalf("split: %v", err)
	}
	sameGraph(t, "after merging people and splitting them", fingerprint(t, ctx, s), before)
}

// Merges are split last first; a merge of merged entities, an entity into
// itself, or unknown ids are refused and change nothing.
func TestMerge_BadInput(t *testing.T) {
	s, svc, ctx := setup(t)
	const a, b, c = "org:human-rights-campaign", "org:anti-defamation-league", "org:advocates-for-youth"
	before := fingerprint(t, ctx, s)
	for _, tc := range []struct {
		name, keep, other, code, says string
	}{
		{"unknown kept", "org:no-such-thing", b, graph.ENOTFOUND, "org:no-such-thing"},
		{"unknown merged", a, "org:no-such-thing", graph.ENOTFOUND, "org:no-such-thing"},
		{"into itself", a, a, graph.EINVALID, "into itself"},
		{"kinds differ", a, "person:marca-bristo", graph.EINVALID, "not the same kind"},
		{"letters", "letter:0123456789abcdef", b, graph.EINVALID, "only organizations and people"},
		{"empty", "", "", graph.EINVALID, "only organizations and people"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := svc.Merge(ctx, tc.keep, tc.other, "tester")
			if code(err) != tc.code || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("merge: %v; want %s saying %q", err, tc.code, tc.says)
			}
		})
	}
	if _, err := svc.Undo(ctx, "no-such-decision", "tester"); code(err) != graph.ENOTFOUND {
		t.Fatalf("undo unknown: %v; want NOT_FOUND", err)
	}
	sameGraph(t, "after refused merges", fingerprint(t, ctx, s), before)

	first, err := svc.Merge(ctx, a, b, "tester")
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	second, err := svc.Merge(ctx, c, a, "tester")
	if err != nil {
		t.Fatalf("merge again: %v", err)
	}
	if _, err := svc.Undo(ctx, first.ID, "tester"); code(err) != graph.ECONFLICT || !strings.Contains(err.Error(), "split that merge first") {
		t.Fatalf("split the earlier merge first: %v; want CONFLICT saying to split the later one first", err)
	}
	text, _ := svc.ExportAliases(ctx)
	if !strings.Contains(text, "Advocates for Youth = ") || !strings.Contains(text, "Human Rights Campaign") || !strings.Contains(text, "Anti-Defamation League") {
		t.Fatalf("aliases file:\n%s\nwant both merged names under the entity that stays", text)
	}
	for _, id := range []string{second.ID, first.ID} {
		if _, err := svc.Undo(ctx, id, "tester"); err != nil {
			t.Fatalf("split %s: %v", id, err)
		}
	}
	sameGraph(t, "after two merges split last first", fingerprint(t, ctx, s), before)
}

// A pair kept apart is never proposed again; forgetting the decision
// brings it back.
func TestKeepApart(t *testing.T) {
	_, svc, ctx := setup(t)
	list, total, err := svc.Candidates(ctx, "", graph.Page{First: 100})
	if err != nil {
		t.Fatalf("candidates: %v", err)
	}
	if total == 0 {
		t.Fatal("no candidates in the sample corpus; want some")
	}
	c := list[0]
	if c.A.Name == "" || len(c.A.LetterIDs) == 0 || len(c.Evidence) == 0 {
		t.Fatalf("candidate %+v: want names, letters and evidence on both sides", c)
	}
	d, err := svc.KeepApart(ctx, c.A.ID, c.B.ID, "alice")
	if err != nil {
		t.Fatalf("keep apart: %v", err)
	}
	again, err := svc.KeepApart(ctx, c.B.ID, c.A.ID, "bob")
	if err != nil || again.ID != d.ID {
		t.Fatalf("keep apart twice: %v %v; want the first decision", again, err)
	}
	_, after, _ := svc.Candidates(ctx, "", graph.Page{First: 100})
	if after != total-1 {
		t.Fatalf("candidates after keeping a pair apart: %d; want %d", after, total-1)
	}
	text, _ := svc.ExportAliases(ctx)
	if !strings.Contains(text, " != ") {
		t.Fatalf("aliases file:\n%s\nwant the keep-apart line", text)
	}
	if _, err := svc.Undo(ctx, d.ID, "alice"); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if _, n, _ := svc.Candidates(ctx, "", graph.Page{First: 100}); n != total {
		t.Fatalf("candidates after forgetting: %d; want %d", n, total)
	}
}

// Decisions exported as an aliases file and imported into a fresh graph of
// the same letters give the same entities.
func TestAliases_ExportImport(t *testing.T) {
	s, svc, ctx := setup(t)
	if _, err := svc.Merge(ctx, "org:human-rights-campaign", "org:anti-defamation-league", "alice"); err != nil {
		t.Fatalf("merge: %v", err)
	}
	want := fingerprint(t, ctx, s)
	text, err := svc.ExportAliases(ctx)
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	_, svc2, ctx2 := setup(t) // the same letters, on "another machine"
	res, err := svc2.ImportAliases(ctx2, text, "import")
	if err != nil || len(res.Merged) != 1 {
		t.Fatalf("import: %+v %v; want one merge", res, err)
	}
	sameGraph(t, "a fresh load with the imported decisions", fingerprint(t, ctx2, s), want)
	if _, err := svc2.ImportAliases(ctx2, "= HRC", "import"); code(err) != graph.EINVALID {
		t.Fatalf("import a bad file: %v; want INVALID_ARGUMENT", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func partnerCount(t *testing.T, p *graph.Projection, org string) int {
	t.Helper()
	list, err := p.Partners(t.Context(), org, graph.Window{}, 1, "COUNT", 100)
	if err != nil {
		t.Fatalf("partners of %s: %v", org, err)
	}
	return len(list)
}

func partnerSet(t *testing.T, p *graph.Projection, org string) map[string]bool {
	t.Helper()
	list, err := p.Partners(t.Context(), org, graph.Window{}, 1, "COUNT", 100)
	if err != nil {
		t.Fatalf("partners of %s: %v", org, err)
	}
	out := map[string]bool{}
	for _, c := range list {
		out[c.OrganizationID] = true
	}
	return out
}
