package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	var r report
	for i := range 100 {
		r.Merges = append(r.Merges, merge{Kind: "person", Rule: "big rule", ID: fmt.Sprint("person:a", i), IntoID: fmt.Sprint("person:b", i)})
	}
	for i := range 3 {
		r.Merges = append(r.Merges, merge{Kind: "person", Rule: "small rule", ID: fmt.Sprint("person:c", i), IntoID: fmt.Sprint("person:d", i)})
	}
	r.Merges = append(r.Merges, merge{Kind: "person", Rule: "aliases file", ID: "person:x", IntoID: "person:y"})
	for i := range 50 {
		r.Candidates = append(r.Candidates, candidate{Kind: "organization", AID: fmt.Sprint("org:a", i), BID: fmt.Sprint("org:b", i), Evidence: []string{"x\ty"}})
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var a, b strings.Builder
	if err := sample(data, 30, 10, 14, &a); err != nil {
		t.Fatal(err)
	}
	if err := sample(data, 30, 10, 14, &b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("the same seed drew two samples")
	}
	lines := strings.Split(strings.TrimRight(a.String(), "\n"), "\n")
	if lines[0] != Header || len(lines) != 41 {
		t.Fatalf("%d lines, header %q; want the header and 40 rows", len(lines), lines[0])
	}
	count := map[string]int{}
	for _, l := range lines[1:] {
		c := strings.Split(l, "\t")
		if len(c) != 10 {
			t.Fatalf("%d columns in %q; want 10", len(c), l)
		}
		count[c[1]]++
	}
	// Every merge of the small rule, the rest from the big one; none from
	// the aliases file (an analyst's own decision).
	want := map[string]int{"merge: small rule": 3, "merge: big rule": 27, "candidate": 10}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: %d rows, want %d (%v)", k, count[k], n, count)
		}
	}
}
