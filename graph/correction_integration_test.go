//go:build integration

package graph

import (
	"context"
	"testing"
)

// A correction that takes a misread person off the only letter they were
// on deletes them with what their signature alone gave them: the role at
// their organization and the affiliation printed beside their name, and
// the organizations that only these named.
func TestCorrectLetter_DropsWhatOnlyTheMisreadSignerGave(t *testing.T) {
	ctx := context.Background()
	s := OpenTestStore(t)
	misread := Signature{Position: 1, Line: 3, PersonID: "person:zed-arlow", PersonName: "Zed Arlow", Title: "Director",
		OrganizationID: "org:arlow-trust", Organization: "Arlow Trust",
		Affiliations: []OrganizationRef{{ID: "org:zeta-institute", Name: "Zeta Institute"}}}
	kept := Signature{Position: 2, Line: 4, OrganizationID: "org:harbor-union", Organization: "Harbor Union"}
	letter := &Letter{ID: "letter:aff", SHA256: "sha-aff", Source: "aff.txt", Date: "2021-03-04", Title: "Affiliations", Text: "aff"}
	if _, err := s.WriteLetters(ctx, []LetterImport{{Letter: letter, Signatures: []Signature{misread, kept}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindPersonByID(ctx, "person:zed-arlow"); err != nil {
		t.Fatalf("before the correction: %v", err)
	}
	draft := &LetterDraft{SHA256: letter.SHA256, Date: letter.Date, Title: letter.Title,
		Signatories: []DraftSignatory{{Organization: "Harbor Union", Line: 4, Provenance: ProvenanceParsed}}}
	if _, err := s.CorrectLetter(ctx, LetterImport{Letter: letter, Signatures: []Signature{kept}}, draft, 0, "alice"); err != nil {
		t.Fatalf("correct: %v", err)
	}
	if p, err := s.FindPersonByID(ctx, "person:zed-arlow"); ErrorCode(err) != ENOTFOUND {
		t.Errorf("the misread signer after the correction: %v, %v; want not found", p, err)
	}
	for _, id := range []string{"org:arlow-trust", "org:zeta-institute"} {
		if o, err := s.FindOrganizationByID(ctx, id); ErrorCode(err) != ENOTFOUND {
			t.Errorf("%s, named only by the misread signer: %v, %v; want not found", id, o, err)
		}
	}
	if _, err := s.FindOrganizationByID(ctx, "org:harbor-union"); err != nil {
		t.Errorf("the signer kept: %v", err)
	}
}
