package graph_test

import (
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
)

func TestLetterDraft_Validate(t *testing.T) {
	ok := func() *graph.LetterDraft {
		return &graph.LetterDraft{Text: "Dear Sir,\nWe ask.\nJane Doe\nDirector, Some Group", Date: "2019-02-08",
			Signatories: []graph.DraftSignatory{{Name: "Jane Doe", Title: "Director", Organization: "Some Group", Line: 3, EndLine: 4}}}
	}
	if err := ok().Validate(); err != nil {
		t.Fatalf("a good draft: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(d *graph.LetterDraft)
		says string
	}{
		{"no text", func(d *graph.LetterDraft) { d.Text = "  " }, "text: required"},
		{"text-less letter with a hash", func(d *graph.LetterDraft) { d.Text, d.SHA256 = "", strings.Repeat("a", 64) }, ""},
		{"bad hash", func(d *graph.LetterDraft) { d.Text, d.SHA256 = "", "xyz" }, "sha256"},
		{"not a day", func(d *graph.LetterDraft) { d.Date = "2021-02-29" }, "is not a date"},
		{"too old", func(d *graph.LetterDraft) { d.Date = "1066-10-14" }, "is not a date"},
		{"a month alone", func(d *graph.LetterDraft) { d.Date = "2026-07" }, ""},
		{"no such month", func(d *graph.LetterDraft) { d.Date = "2026-13" }, "is not a date"},
		{"long title", func(d *graph.LetterDraft) { d.Title = strings.Repeat("t", graph.MaxTitleLength+1) }, "title: too long"},
		{"bad UTF-8", func(d *graph.LetterDraft) { d.Signatories[0].Name = "\xff" }, "not valid UTF-8"},
		{"tab in a name", func(d *graph.LetterDraft) { d.Signatories[0].Name = "Jane\tDoe" }, "control character"},
		{"empty party", func(d *graph.LetterDraft) { d.Recipients = []graph.Party{{}} }, "recipients[0]: give a name"},
		{"bad ids", func(d *graph.LetterDraft) { d.Signatories[0].OrganizationID = "person:x" }, "not an organization id"},
		{"letter id", func(d *graph.LetterDraft) { d.ID = "org:x" }, "is not a letter id"},
		{"many problems listed", func(d *graph.LetterDraft) {
			for range 12 {
				d.Signatories = append(d.Signatories, graph.DraftSignatory{})
			}
		}, "and 2 more"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ok()
			tc.edit(d)
			err := d.Validate()
			if tc.says == "" {
				if err != nil {
					t.Fatalf("Validate: %v; want none", err)
				}
				return
			}
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("Validate: %v; want INVALID_ARGUMENT saying %q", err, tc.says)
			}
		})
	}
}
