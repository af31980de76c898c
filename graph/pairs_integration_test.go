//go:build integration

package graph

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"
)

// The pruned search for pairs in a window gives what summing the whole
// window gives, when it has to grow its candidates and when it does not.
func TestPairsInWindow_SameAsWhole(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	// Seven organizations, busiest first: o1 signs every letter, o7 one.
	orgSets := [][]int{{1, 2, 3}, {1, 2, 4}, {1, 2, 3, 5}, {1, 3, 6}, {1, 2, 7}, {1, 4, 5}, {1, 2, 3, 4}, {1, 6}, {2, 3}}
	var letters []LetterImport
	for i, set := range orgSets {
		l := LetterImport{Letter: &Letter{ID: fmt.Sprintf("letter:%d", i), SHA256: fmt.Sprintf("sha-%d", i),
			Source: "t.txt", Date: fmt.Sprintf("%d-0%d-01", 2019+i%3, 1+i%9), Text: fmt.Sprint(i)}}
		for pos, o := range set {
			l.Signatures = append(l.Signatures, Signature{Position: pos + 1, OrganizationID: fmt.Sprintf("org:o%d", o), Organization: fmt.Sprintf("O%d", o)})
		}
		letters = append(letters, l)
	}
	if _, err := s.WriteLetters(ctx, letters); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateCoSigning(ctx); err != nil {
		t.Fatal(err)
	}

	defer func(first, most int) { windowFirstCandidates, windowMaxCandidates = first, most }(windowFirstCandidates, windowMaxCandidates)
	for _, start := range []int{2, 40} {
		windowFirstCandidates, windowMaxCandidates = start, 100
		for _, w := range []Window{{From: 2019, To: 2019}, {From: 2019, To: 2020}, {From: 2020, To: 2021}, {From: 2000}} {
			for _, minShared := range []int{1, 2} {
				for _, first := range []int{1, 2, 5, 20} {
					name := fmt.Sprintf("start %d, %d–%d, minShared %d, first %d", start, w.From, w.To, minShared, first)
					got, err := s.pairsInWindow(ctx, w, minShared, first)
					if err != nil {
						t.Fatal(err)
					}
					from, to := w.bounds()
					want, err := s.pairsInWindowWhole(ctx, from, to, minShared, first)
					if err != nil {
						t.Fatal(err)
					}
					if len(got) != len(want) {
						t.Errorf("%s: %d pairs; want %d", name, len(got), len(want))
						continue
					}
					for i := range want {
						g, w := got[i], want[i]
						if g.A != w.A || g.B != w.B || g.Shared != w.Shared || g.FirstDate != w.FirstDate || g.LastDate != w.LastDate ||
							math.Abs(g.Weighted-w.Weighted) > 1e-9 || math.Abs(g.Jaccard-w.Jaccard) > 1e-9 {
							t.Errorf("%s: pair %d = %+v; want %+v", name, i, *g, *w)
						}
					}
				}
			}
		}
	}
}
