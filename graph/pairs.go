package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Pairs in a window are found by a bounded search. The organizations that
// signed letters of the window are visited busiest first (by their letters
// there); visiting one walks its letters and counts every pair it forms
// with an organization visited later, so each pair is counted once, by
// its busier member. A pair cannot share more letters than its quieter
// member signed, so once the pairs kept fill the list and the last of them
// shares more letters than the next organization to visit signed, no pair
// not yet counted can enter the list, and the search stops. With a few
// busy organizations in most letters that is after a handful of walks.

// Pairs returns the pairs of organizations that co-signed most in a window
// (all letters when it is open): by shared letters, then weight, then the
// names of the first and the second (A before B by id). Jaccard divides the
// shared letters by the letters either signed in the window.
func (p *Projection) Pairs(ctx context.Context, w Window, minShared, first int) ([]*Pair, error) {
	s, err := p.current(ctx)
	if err != nil {
		return nil, fmt.Errorf("pairs: %w", err)
	}
	if first <= 0 {
		return nil, nil
	}
	sp := s.window(w)
	top := topK[*Pair]{k: first, better: betterPair}
	need := func() int {
		if top.full() {
			return top.worst().Shared
		}
		return minShared
	}
	s.visitPairs(sp, need, func(scratch *walkScratch, u, v int32) {
		if top.full() && int(scratch.shared[v]) < top.worst().Shared {
			return
		}
		pr := s.pair(scratch, u, v)
		if top.full() && !betterPair(pr, top.worst()) {
			return
		}
		pr.Jaccard = jaccard(pr.Shared, s.letterCount(u, sp), s.letterCount(v, sp))
		top.offer(pr)
	})
	return top.sorted(), nil
}

// betterPair orders pairs by shared letters, then weight, then the names
// of A and of B.
func betterPair(a, b *Pair) bool {
	if a.Shared != b.Shared {
		return a.Shared > b.Shared
	}
	if !sameScore(a.Weighted, b.Weighted) {
		return a.Weighted > b.Weighted
	}
	if a.rankA != b.rankA {
		return a.rankA < b.rankA
	}
	return a.rankB < b.rankB
}

// pair makes the Pair of u and v from u's walk, A the smaller id.
func (s *coSigning) pair(w *walkScratch, u, v int32) *Pair {
	a, b := u, v
	if s.orgIDs[a] > s.orgIDs[b] {
		a, b = b, a
	}
	return &Pair{A: s.orgIDs[a], B: s.orgIDs[b], Shared: int(w.shared[v]), Weighted: w.weight[v],
		FirstDate: s.date(w.first[v]), LastDate: s.date(w.last[v]), rankA: s.nameRank[a], rankB: s.nameRank[b]}
}

// busiestIn returns the organizations that signed letters of sp, busiest
// there first (ties by number), and how many letters each signed there.
func (s *coSigning) busiestIn(sp span) (order []int32, letters []int32) {
	letters = make([]int32, len(s.orgIDs))
	if sp.hi-sp.lo == int32(len(s.letterIDs)) {
		for o := range letters {
			letters[o] = s.orgOff[o+1] - s.orgOff[o]
		}
	} else {
		for pos := sp.lo; pos < sp.hi; pos++ {
			for _, o := range s.orgs(pos) {
				letters[o]++
			}
		}
	}
	for o, n := range letters {
		if n > 0 {
			order = append(order, int32(o))
		}
	}
	slices.SortFunc(order, func(x, y int32) int {
		if letters[x] != letters[y] {
			return int(letters[y] - letters[x])
		}
		return int(x - y)
	})
	return order, letters
}

// visitPairs counts the pairs of the window's letters, busiest organization
// first, calling found for each pair sharing at least need() letters, with
// the walk of its busier member u. need may rise as pairs are found; the
// walks skip organizations that signed fewer letters in all than it asks
// (walkBusy), and the search stops when the pairs left, whose quieter
// member signed at most bound letters of the window, cannot share that many.
func (s *coSigning) visitPairs(sp span, need func() int, found func(w *walkScratch, u, v int32)) {
	order, letters := s.busiestIn(sp)
	visited := make([]bool, len(s.orgIDs))
	scratch := s.scratch0()
	defer s.release(scratch)
	for k, u := range order {
		// Pairs left are of u and those after it: the quieter member of
		// each signed at most what the organization after u signed.
		bound := 0
		if k+1 < len(order) {
			bound = int(letters[order[k+1]])
		}
		n := max(need(), 1)
		if bound < n {
			return
		}
		visited[u] = true
		s.walkBusy(scratch, u, s.lettersOf(u, sp), visited, int32(n))
		for _, v := range scratch.touched {
			if int(scratch.shared[v]) >= need() {
				found(scratch, u, v)
			}
		}
		s.clear(scratch)
	}
}

// clear resets a walk's tallies for the next walk.
func (s *coSigning) clear(w *walkScratch) {
	for _, o := range w.touched {
		w.shared[o], w.weight[o], w.first[o], w.last[o] = 0, 0, -1, -1
	}
	w.touched = w.touched[:0]
}

// countPairs returns how many distinct pairs of organizations co-signed a
// letter, counted once per snapshot (it walks every organization's letters).
func (s *coSigning) countPairs() int {
	s.pairsOnce.Do(func() {
		sp := span{0, int32(len(s.letterIDs))}
		s.visitPairs(sp, func() int { return 1 }, func(*walkScratch, int32, int32) { s.pairs++ })
	})
	return s.pairs
}

// orgsByID orders organization numbers by id.
func (s *coSigning) orgsByID(orgs []int32) {
	slices.SortFunc(orgs, func(x, y int32) int { return strings.Compare(s.orgIDs[x], s.orgIDs[y]) })
}
