package graph

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
)

// Co-signing edges counted from the letters of a window of years, for the
// questions that need every pair of many organizations there: a large
// network, communities. Their per-year pairs number in the millions at
// 10,000 letters, more than Neo4j sums within a request's time (a network
// of 300 organizations in a 13-year window ran past 15 s, communities took
// 11-15 s), while the window's letters bring a hundred thousand signatures.
// Counted from the letters, the edges include letters whose co-signings a
// load has not counted yet (UpdateCoSigning), which the per-year pairs of a
// small network leave out until it has.

// windowSignersCypher returns, for each letter of the window that two or
// more of the organizations ($ids, or any when null) signed, which of them
// signed it.
const windowSignersCypher = `
MATCH (l:Letter) WHERE l.year >= $from AND l.year <= $to
WITH l, COLLECT { MATCH (o:Organization)-[:SIGNED]->(l) WHERE $ids IS NULL OR o.id IN $ids RETURN DISTINCT o.id } AS signers
WHERE size(signers) >= 2
RETURN signers`

// pairCodesPerPass bounds the pairs windowEdges holds at once (8 bytes
// each): a window with more is counted in several passes, each for the
// pairs of some of the organizations.
var pairCodesPerPass = 1 << 20

// windowEdges returns the pairs of the organizations (all when ids is nil)
// that signed at least minShared letters of the window together, weighted
// by those letters: the limit heaviest, ties by ids.
func (s *Store) windowEdges(ctx context.Context, w Window, ids []string, minShared, limit int) ([]edge, error) {
	from, to := w.bounds()
	params := map[string]any{"from": from, "to": to, "ids": nil}
	if ids != nil {
		params["ids"] = ids
	}
	recs, err := s.read(ctx, windowSignersCypher, params)
	if err != nil {
		return nil, fmt.Errorf("co-signing edges: %w", err)
	}
	var orgs organizationIndex
	var letters [][]uint32 // each letter's signers, as indexes into orgs
	pairs := 0
	err = eachRow(recs, "letter signers", func(r *row) {
		signers := orgs.indexes(r.strs("signers"))
		pairs += len(signers) * (len(signers) - 1) / 2
		letters = append(letters, signers)
	})
	if err != nil {
		return nil, err
	}
	top := heaviestEdges{limit: limit, names: orgs.ids}
	passes := max(1, (pairs+pairCodesPerPass-1)/pairCodesPerPass)
	var codes []uint64
	for pass := range passes {
		codes = pairCodes(codes[:0], letters, pass, passes)
		slices.Sort(codes)
		for i := 0; i < len(codes); {
			j := i + 1
			for j < len(codes) && codes[j] == codes[i] {
				j++
			}
			if j-i >= minShared {
				top.add(codes[i], j-i)
			}
			i = j
		}
	}
	return top.edges(), nil
}

// organizationIndex numbers organization ids as they come.
type organizationIndex struct {
	ids   []string
	index map[string]uint32
}

// indexes returns the ids' numbers, ascending.
func (o *organizationIndex) indexes(ids []string) []uint32 {
	if o.index == nil {
		o.index = map[string]uint32{}
	}
	out := make([]uint32, 0, len(ids))
	for _, id := range ids {
		i, ok := o.index[id]
		if !ok {
			i = uint32(len(o.ids))
			o.index[id] = i
			o.ids = append(o.ids, id)
		}
		out = append(out, i)
	}
	slices.Sort(out)
	return out
}

// pairCodes appends a code (a<<32 | b) for each pair a < b of each letter's
// signers whose a falls in this pass.
func pairCodes(codes []uint64, letters [][]uint32, pass, passes int) []uint64 {
	for _, signers := range letters {
		for i, a := range signers {
			if int(a)%passes != pass {
				continue
			}
			for _, b := range signers[i+1:] {
				codes = append(codes, uint64(a)<<32|uint64(b))
			}
		}
	}
	return codes
}

// heaviestEdges keeps the limit heaviest pairs it is given, ties broken by
// ids so the answer does not depend on the order the letters came in.
type heaviestEdges struct {
	limit int
	names []string
	kept  []edge // a min-heap: the lightest kept first
}

func (h *heaviestEdges) add(code uint64, shared int) {
	a, b := h.names[code>>32], h.names[code&(1<<32-1)]
	if a > b {
		a, b = b, a
	}
	e := edge{a, b, float64(shared)}
	switch {
	case len(h.kept) < h.limit:
		heap.Push(h, e)
	case h.limit > 0 && heavier(e, h.kept[0]):
		h.kept[0] = e
		heap.Fix(h, 0)
	}
}

// edges returns the pairs kept, heaviest first.
func (h *heaviestEdges) edges() []edge {
	out := slices.Clone(h.kept)
	slices.SortFunc(out, func(x, y edge) int {
		switch {
		case heavier(x, y):
			return -1
		case heavier(y, x):
			return 1
		}
		return 0
	})
	return out
}

// heavier orders edges by weight, then by ids (the smaller first).
func heavier(x, y edge) bool {
	if x.w != y.w {
		return x.w > y.w
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

func (h *heaviestEdges) Len() int           { return len(h.kept) }
func (h *heaviestEdges) Less(i, j int) bool { return heavier(h.kept[j], h.kept[i]) }
func (h *heaviestEdges) Swap(i, j int)      { h.kept[i], h.kept[j] = h.kept[j], h.kept[i] }
func (h *heaviestEdges) Push(x any)         { h.kept = append(h.kept, x.(edge)) }
func (h *heaviestEdges) Pop() any {
	e := h.kept[len(h.kept)-1]
	h.kept = h.kept[:len(h.kept)-1]
	return e
}
