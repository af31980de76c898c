package main

import (
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader/answers"
)

func ptr(s string) *string { return &s }

func TestCompare(t *testing.T) {
	a := answers.Answer{
		Date: ptr("2020-01-02"),
		Signatories: []answers.Party{
			{Name: ptr("Jane Doe"), Title: ptr("Director"), Organization: ptr("ACLU")},
			{Organization: ptr("Sierra Club")},
			{Organization: ptr("Sierra Club")}, // printed twice in the answer: a multiset
		},
		Recipients: []answers.Party{{Title: ptr("Speaker")}},
	}
	l := &graph.Letter{
		Date: "2020-01-02",
		Signatories: []graph.Signatory{
			{Name: "Jane Doe", Title: "Director", Reason: "organization missing"}, // wrong, flagged
			{Organization: "Sierra Club"},
			{Organization: "Earthjustice"}, // wrong, not flagged
		},
		Recipients: []graph.Party{{Title: "Speaker"}},
	}
	s := compare(l, a)
	if s.signatories != (counts{tp: 1, got: 3, want: 3}) {
		t.Errorf("signatories = %+v; want 1 of 3 found, 3 wanted", s.signatories)
	}
	if s.names != (counts{tp: 1, got: 1, want: 1}) || s.orgOnly != (counts{tp: 1, got: 2, want: 2}) {
		t.Errorf("names %+v, orgOnly %+v", s.names, s.orgOnly)
	}
	if s.flagged != 1 || s.wrong != 2 || s.wrongFlagged != 1 {
		t.Errorf("flagged %d, wrong %d, wrong flagged %d; want 1, 2, 1", s.flagged, s.wrong, s.wrongFlagged)
	}
	if !s.dateOK || s.recipients.f1() != 1 || s.perfect() {
		t.Errorf("dateOK %v, recipients %v, perfect %v", s.dateOK, s.recipients.f1(), s.perfect())
	}
	if got := s.signatories.f1(); got < 0.333 || got > 0.334 {
		t.Errorf("signatory F1 = %v; want 1/3", got)
	}
	if s := compare(nil, a); s.signatories.tp != 0 || s.signatories.want != 3 || s.dateOK {
		t.Errorf("a failed parse scores %+v", s)
	}
	if (counts{}).f1() != 1 {
		t.Error("nothing to find and nothing found should score 1")
	}
}
