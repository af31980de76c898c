package graph

import (
	"context"
	"fmt"
	"sort"
)

// Pairs in a window of years. Summing every CO_SIGNED_IN edge in the window
// reads millions of edges at 10,000 letters, so the top pairs are found
// among the organizations that signed most in the window instead, and
// proved to be the top: a pair cannot share more letters in the window than
// either of its organizations signed there. With C the busiest organizations,
// once the k-th best pair within C shares more letters than the busiest
// organization outside C signed, no pair outside C can enter the top k.
// Otherwise C doubles, up to windowMaxCandidates, beyond which the window is
// summed whole.

// Candidates the search starts from and stops at; variables so a test can
// force the growth.
var (
	windowFirstCandidates = 40
	windowMaxCandidates   = 160
)

const (
	windowLetterCountsCypher = `
MATCH (l:Letter) WHERE l.year >= $from AND l.year <= $to
MATCH (o:Organization)-[:SIGNED]->(l)
RETURN o.id AS id, o.name AS name, count(*) AS letters
ORDER BY letters DESC, id`

	windowYearsCypher = `
MATCH (l:Letter) WHERE l.year >= $from AND l.year <= $to
RETURN collect(DISTINCT l.year) AS years`

	// pairsByKeyCypher sums the given per-year pairs by pair.
	pairsByKeyCypher = `
UNWIND $keys AS key
MATCH (a:Organization)-[r:CO_SIGNED_IN {key: key}]->(b:Organization)
RETURN a.id AS a, b.id AS b, sum(r.count) AS shared, sum(r.weight) AS weighted,
       min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate`
)

// windowSigner is an organization and how many letters it signed in a window.
type windowSigner struct {
	id, name string
	letters  int
}

func (s *Store) pairsInWindow(ctx context.Context, w Window, minShared, first int) ([]*Pair, error) {
	from, to := w.bounds()
	signers, err := s.windowSigners(ctx, from, to)
	if err != nil {
		return nil, err
	}
	years, err := s.windowYears(ctx, from, to)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(signers))
	letters := make(map[string]int, len(signers))
	for _, o := range signers {
		names[o.id], letters[o.id] = o.name, o.letters
	}
	for n := windowFirstCandidates; ; n *= 2 {
		if n > windowMaxCandidates && n/2 < len(signers) {
			return s.pairsInWindowWhole(ctx, from, to, minShared, first)
		}
		candidates := signers[:min(n, len(signers))]
		pairs, err := s.pairsAmong(ctx, candidates, years)
		if err != nil {
			return nil, err
		}
		pairs = topPairs(pairs, names, minShared, first)
		// The most a pair with an organization outside the candidates can share.
		outside := 0
		if n < len(signers) {
			outside = signers[n].letters
		}
		// An outside pair must share less than this to stay out (sharing as
		// much as the last pair kept, it could still come first by weight).
		need := minShared
		if first > 0 && len(pairs) == first {
			need = max(need, pairs[first-1].Shared)
		}
		if outside < need {
			for _, p := range pairs {
				p.Jaccard = float64(p.Shared) / float64(letters[p.A]+letters[p.B]-p.Shared)
			}
			return pairs, nil
		}
	}
}

func (s *Store) windowSigners(ctx context.Context, from, to int) ([]windowSigner, error) {
	recs, err := s.read(ctx, windowLetterCountsCypher, map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, fmt.Errorf("pairs: %w", err)
	}
	var out []windowSigner
	err = eachRow(recs, "window signer", func(r *row) {
		out = append(out, windowSigner{id: r.str("id"), name: r.str("name"), letters: r.int("letters")})
	})
	return out, err
}

// windowYears returns the years in the window that have letters.
func (s *Store) windowYears(ctx context.Context, from, to int) ([]int, error) {
	recs, err := s.read(ctx, windowYearsCypher, map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, fmt.Errorf("letter years: %w", err)
	}
	var years []int
	err = eachRow(recs, "letter years", func(r *row) { years = r.ints("years") })
	return years, err
}

// pairsAmong sums the per-year pairs of every two candidates in the years,
// looked up by key.
func (s *Store) pairsAmong(ctx context.Context, candidates []windowSigner, years []int) ([]*Pair, error) {
	ids := make([]string, len(candidates))
	for i, c := range candidates {
		ids[i] = c.id
	}
	sort.Strings(ids)
	var keys []any
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			for _, y := range years {
				keys = append(keys, pairKey(ids[i], ids[j], y))
			}
		}
	}
	var out []*Pair
	for _, chunk := range chunks(keys) {
		recs, err := s.read(ctx, pairsByKeyCypher, map[string]any{"keys": chunk})
		if err != nil {
			return nil, fmt.Errorf("pairs: %w", err)
		}
		err = eachRow(recs, "pair", func(r *row) {
			out = append(out, &Pair{A: r.str("a"), B: r.str("b"), Shared: r.int("shared"), Weighted: r.float("weighted"),
				FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")})
		})
		if err != nil {
			return nil, err
		}
	}
	return mergePairs(out), nil
}

// mergePairs adds up the sums of one pair found in several key chunks.
func mergePairs(pairs []*Pair) []*Pair {
	byPair := map[[2]string]*Pair{}
	var out []*Pair
	for _, p := range pairs {
		k := [2]string{p.A, p.B}
		q := byPair[k]
		if q == nil {
			byPair[k] = p
			out = append(out, p)
			continue
		}
		q.Shared += p.Shared
		q.Weighted += p.Weighted
		if p.FirstDate != "" && (q.FirstDate == "" || p.FirstDate < q.FirstDate) {
			q.FirstDate = p.FirstDate
		}
		if p.LastDate > q.LastDate {
			q.LastDate = p.LastDate
		}
	}
	return out
}

// topPairs keeps the first pairs sharing at least minShared, in the order
// of the whole-window query: shared, then weight, descending, then names.
func topPairs(pairs []*Pair, names map[string]string, minShared, first int) []*Pair {
	kept := pairs[:0]
	for _, p := range pairs {
		if p.Shared >= minShared {
			kept = append(kept, p)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.Shared != b.Shared {
			return a.Shared > b.Shared
		}
		if a.Weighted != b.Weighted {
			return a.Weighted > b.Weighted
		}
		if names[a.A] != names[b.A] {
			return names[a.A] < names[b.A]
		}
		return names[a.B] < names[b.B]
	})
	return kept[:min(first, len(kept))]
}
