//go:build integration

package graph

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// An organization's newest letters, from the projection a store uses, are
// what sorting all its letters in Neo4j gives: newest first, undated ones
// before all, ties by id.
func TestOrganizationLetters_FromProjection(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	// o1 signs every letter; o2 the even ones. Letters 2 and 3 share a
	// date; 4 and 7 have none.
	dates := []string{"2019-05-01", "2021-01-01", "2020-03-03", "2020-03-03", "", "2018-12-31", "2022-07-01", ""}
	var letters []LetterImport
	for i, date := range dates {
		l := LetterImport{Letter: &Letter{ID: fmt.Sprintf("letter:%d", i), SHA256: fmt.Sprintf("sha-%d", i),
			Source: "t.txt", Date: date, Text: fmt.Sprint(i)}}
		l.Signatures = append(l.Signatures, Signature{Position: 1, OrganizationID: "org:o1", Organization: "O1"})
		if i%2 == 0 {
			l.Signatures = append(l.Signatures, Signature{Position: 2, OrganizationID: "org:o2", Organization: "O2"})
		}
		letters = append(letters, l)
	}
	// Two loads, so the projection reads the second as new letters.
	p := NewProjection(s)
	s.UseProjection(p)
	for _, load := range [][]LetterImport{letters[:3], letters[3:]} {
		if _, err := s.WriteLetters(ctx, load); err != nil {
			t.Fatal(err)
		}
		if _, err := p.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// By hand: undated 4 and 7 first (by id), then 6 (2022), 1 (2021),
	// 2 and 3 (2020-03-03, by id), 0 (2019), 5 (2018).
	want := map[string]string{
		"org:o1": "[letter:4 letter:7 letter:6 letter:1 letter:2 letter:3 letter:0 letter:5]",
		"org:o2": "[letter:4 letter:6 letter:2 letter:0]",
	}
	ids := []string{"org:o1", "org:o2"}
	for _, first := range []int{100, 8, 3, 1} {
		kept, err := s.OrganizationLetters(ctx, ids, first)
		if err != nil {
			t.Fatal(err)
		}
		sorted, err := s.idLists(ctx, organizationLettersCypher, ids, first, "organization letters")
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			if fmt.Sprint(kept[id]) != fmt.Sprint(sorted[id]) {
				t.Errorf("first %d: %s projected %v; sorting its letters gives %v", first, id, kept[id], sorted[id])
			}
		}
		for id, w := range want {
			if first == 100 && fmt.Sprint(kept[id]) != w {
				t.Errorf("%s projected %v; want %s", id, kept[id], w)
			}
		}
	}
}
