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
// either of its organizations signed there. With C the busiest organizations
// in the window, once the k-th best pair within C shares more letters than
// any organization outside C signed there, no pair outside C can enter the
// top k.
//
// How many letters an organization signed in a window comes from its
// letterYears and lettersByYear (kept by WriteLetters), read for the
// organizations that signed most overall: one outside them signed at most
// as many letters in the window as the last of them signed in all. C grows
// to the first organization that signed too few to matter, and only the
// new pairs are looked up by key: first whole-time, then year by year only
// those that could still enter the top. The overall scan grows when its
// bound is what fails the proof.
// Beyond windowMaxCandidates or windowMaxScan the window is summed whole.

// Limits of the search; variables so a test can force the growth.
var (
	windowScan          = 256  // organizations read first, by overall letter count
	windowMaxScan       = 4096 // at most
	windowMaxCandidates = 160
	// pairsPerRound is how many pairs lookUpPairs looks up year by year in
	// its first round trip before it checks the need again; each round
	// after that takes twice as many, so a need that stays low costs few
	// round trips.
	pairsPerRound = 40
)

const (
	// busiestOrganizationsCypher returns one organization more than asked:
	// its letter count bounds every organization not returned.
	busiestOrganizationsCypher = `
MATCH (o:Organization) WHERE o.letterCount > 0
RETURN o.id AS id, o.name AS name, o.letterCount AS letters,
       coalesce(o.letterYears, []) AS years, coalesce(o.lettersByYear, []) AS counts
ORDER BY o.letterCount DESC, o.id LIMIT $limit + 1`

	windowYearsCypher = `
MATCH (l:Letter) WHERE l.year >= $from AND l.year <= $to
RETURN collect(DISTINCT l.year) AS years`

	// pairCountsByKeyCypher returns the whole-time count of the keys that
	// name a pair.
	pairCountsByKeyCypher = `
UNWIND $keys AS key
MATCH ()-[r:CO_SIGNED {key: key}]->()
RETURN key, r.count AS shared`

	// yearPairsByKeyCypher returns the per-year pairs of the keys that
	// have one; the caller knows each key's organizations, so no node is read.
	yearPairsByKeyCypher = `
UNWIND $keys AS key
MATCH ()-[r:CO_SIGNED_IN {key: key}]->()
RETURN key, r.count AS shared, r.weight AS weighted, r.firstDate AS firstDate, r.lastDate AS lastDate`
)

// windowSigner is an organization, how many letters it signed in a window,
// and the years of the window in which it signed.
type windowSigner struct {
	id, name string
	letters  int
	years    []int
}

func (s *Store) pairsInWindow(ctx context.Context, w Window, minShared, first int) ([]*Pair, error) {
	if first <= 0 {
		return nil, nil
	}
	from, to := w.bounds()
	seen := &lookedUp{pairs: map[[2]string]bool{}}
	for scan := windowScan; scan <= windowMaxScan; scan *= 4 {
		signers, beyond, err := s.windowSigners(ctx, from, to, scan)
		if err != nil {
			return nil, err
		}
		if len(signers) == 0 && beyond > 0 {
			// The busiest did not sign in the window: is there any letter in it?
			if years, err := s.windowYears(ctx, from, to); err != nil || len(years) == 0 {
				return nil, err
			}
		}
		pairs, proved, err := s.topPairsAmong(ctx, signers, beyond, minShared, first, seen)
		if err != nil || proved {
			return pairs, err
		}
		if beyond == 0 {
			break // every organization was read: the candidates are what is short
		}
	}
	return s.pairsInWindowWhole(ctx, from, to, minShared, first)
}

// windowSigners reads the scan organizations that signed most overall and
// returns those that signed in the window, busiest there first, and the
// letter count of the next organization overall (0 when there is none),
// which bounds what any organization not read signed in the window.
func (s *Store) windowSigners(ctx context.Context, from, to, scan int) ([]windowSigner, int, error) {
	recs, err := s.read(ctx, busiestOrganizationsCypher, map[string]any{"limit": scan})
	if err != nil {
		return nil, 0, fmt.Errorf("pairs: %w", err)
	}
	var out []windowSigner
	read, beyond := 0, 0
	err = eachRow(recs, "window signer", func(r *row) {
		if read++; read > scan {
			beyond = r.int("letters")
			return
		}
		o := windowSigner{id: r.str("id"), name: r.str("name")}
		counts := r.ints("counts")
		for i, y := range r.ints("years") {
			if y >= from && y <= to && i < len(counts) && counts[i] > 0 {
				o.letters += counts[i]
				o.years = append(o.years, y)
			}
		}
		if o.letters > 0 {
			sort.Ints(o.years) // a load may add an earlier year after later ones
			out = append(out, o)
		}
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].letters > out[j].letters })
	return out, beyond, err
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

// topPairsAmong grows the candidates from the busiest signers until the top
// pairs among them are proved the top of the window, or it gives up
// (proved false): at windowMaxCandidates, or when the signers run out
// before the bound on the organizations not read (beyond) is met. It grows
// to the first signer that signed fewer letters than the pairs found so far
// require.
func (s *Store) topPairsAmong(ctx context.Context, signers []windowSigner, beyond, minShared, first int, seen *lookedUp) ([]*Pair, bool, error) {
	names := make(map[string]string, len(signers))
	letters := make(map[string]int, len(signers))
	for _, o := range signers {
		names[o.id], letters[o.id] = o.name, o.letters
	}
	// Candidates for twice first pairs: the need they show is a fair guide
	// to how far to grow.
	n := 2
	for n*(n-1)/2 < 2*first {
		n++
	}
	// Pairs looked up in an earlier scan may lie outside the candidates
	// now; they are true sums all the same.
	top := func() []*Pair { return topPairs(append([]*Pair(nil), seen.found...), names, minShared, first) }
	// A pair must share at least this to enter the top (sharing as much as
	// the last pair kept, it could still come first by weight).
	needOf := func(pairs []*Pair) int {
		if len(pairs) == first {
			return max(minShared, pairs[first-1].Shared)
		}
		return minShared
	}
	for {
		n = min(n, len(signers))
		if err := s.lookUpPairs(ctx, signers[:n], seen, func() int { return needOf(top()) }); err != nil {
			return nil, false, err
		}
		pairs := top()
		// The most a pair with an organization outside the candidates can share.
		outside := beyond
		if n < len(signers) {
			outside = max(outside, signers[n].letters)
		}
		// An outside pair must share less than this to stay out.
		need := needOf(pairs)
		if outside < need {
			for _, p := range pairs {
				p.Jaccard = float64(p.Shared) / float64(letters[p.A]+letters[p.B]-p.Shared)
			}
			return pairs, true, nil
		}
		if n == len(signers) || n >= windowMaxCandidates || (beyond >= need && signers[n].letters < need) {
			return nil, false, nil // the organizations not read may hold a top pair
		}
		// Candidates up to the first signer below need can be needed. The
		// need only rises as pairs are found, but the new pairs that cannot
		// reach it are not looked up year by year, so growing at once
		// costs one key per pair and saves round trips.
		next := n + 1
		for next < len(signers) && signers[next].letters >= need {
			next++
		}
		n = min(next, windowMaxCandidates)
	}
}

// lookedUp holds the pairs one search has looked up, and those it found.
type lookedUp struct {
	pairs map[[2]string]bool
	found []*Pair
}

// lookUpPairs looks up the pairs of the candidates not looked up before,
// in the years both signed in, those that could share most first, and only
// while they could still share need() letters. A pair shares no more
// letters in the window than either organization signed there, nor than it
// shares in all years: when more pairs are left than one round trip takes,
// their whole-time counts (one key per pair) are read to tighten that bound
// and drop pairs that never co-signed. For a 17-year window of the court
// corpus: 903 whole-time and 1,176 per-year keys, where every pair's years
// were 8,335 keys.
func (s *Store) lookUpPairs(ctx context.Context, candidates []windowSigner, seen *lookedUp, need func() int) error {
	var fresh []candidatePair
	for j := range candidates {
		for i := range j {
			a, b := candidates[i], candidates[j]
			if a.id > b.id {
				a, b = b, a
			}
			if seen.pairs[[2]string{a.id, b.id}] {
				continue
			}
			seen.pairs[[2]string{a.id, b.id}] = true
			fresh = append(fresh, candidatePair{a: a, b: b, most: min(a.letters, b.letters)})
		}
	}
	byMost(fresh)
	tightened := false
	size := pairsPerRound
	for len(fresh) > 0 && fresh[0].most >= need() {
		if len(fresh) > size && !tightened {
			var err error
			if fresh, err = s.tightenByWholeTime(ctx, fresh); err != nil {
				return err
			}
			tightened = true
			continue
		}
		round := fresh[:min(size, len(fresh))]
		fresh = fresh[len(round):]
		size *= 2
		var years []yearPair
		for _, p := range round {
			for _, y := range commonYears(p.a.years, p.b.years) {
				years = append(years, yearPair{p.a.id, p.b.id, y})
			}
		}
		found, err := s.yearPairs(ctx, years)
		if err != nil {
			return err
		}
		seen.found = append(seen.found, found...)
	}
	return nil
}

// candidatePair is a pair to look up, and the most letters it can share in
// the window.
type candidatePair struct {
	a, b windowSigner
	most int
}

func byMost(pairs []candidatePair) {
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].most > pairs[j].most })
}

// tightenByWholeTime bounds each pair by the letters it shares in all
// years, drops those that never co-signed, and sorts them again.
func (s *Store) tightenByWholeTime(ctx context.Context, pairs []candidatePair) ([]candidatePair, error) {
	keys := make([]any, len(pairs))
	for i, p := range pairs {
		keys[i] = pairKey(p.a.id, p.b.id, 0)
	}
	shared, err := s.wholeShared(ctx, keys)
	if err != nil {
		return nil, err
	}
	kept := pairs[:0]
	for i, p := range pairs {
		if p.most = min(p.most, shared[keys[i].(string)]); p.most > 0 {
			kept = append(kept, p)
		}
	}
	byMost(kept)
	return kept, nil
}

// wholeShared returns how many letters each pair key's organizations
// co-signed in all years; keys of pairs that never co-signed are absent.
func (s *Store) wholeShared(ctx context.Context, keys []any) (map[string]int, error) {
	out := make(map[string]int, len(keys))
	for _, chunk := range chunks(keys) {
		recs, err := s.read(ctx, pairCountsByKeyCypher, map[string]any{"keys": chunk})
		if err != nil {
			return nil, fmt.Errorf("pairs: %w", err)
		}
		if err := eachRow(recs, "pair", func(r *row) { out[r.str("key")] = r.int("shared") }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// yearPair names a CO_SIGNED_IN edge: its organizations (a < b) and year.
type yearPair struct {
	a, b string
	year int
}

// yearPairs looks the per-year pairs up by key and sums them by pair;
// pairs that never co-signed in those years are left out.
func (s *Store) yearPairs(ctx context.Context, pairs []yearPair) ([]*Pair, error) {
	byKey := make(map[string]yearPair, len(pairs))
	keys := make([]any, len(pairs))
	for i, p := range pairs {
		k := pairKey(p.a, p.b, p.year)
		byKey[k], keys[i] = p, k
	}
	var out []*Pair
	for _, chunk := range chunks(keys) {
		recs, err := s.read(ctx, yearPairsByKeyCypher, map[string]any{"keys": chunk})
		if err != nil {
			return nil, fmt.Errorf("pairs: %w", err)
		}
		err = eachRow(recs, "pair", func(r *row) {
			p := byKey[r.str("key")]
			out = append(out, &Pair{A: p.a, B: p.b, Shared: r.int("shared"), Weighted: r.float("weighted"),
				FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")})
		})
		if err != nil {
			return nil, err
		}
	}
	return mergePairs(out), nil
}

// commonYears returns the years in both ascending lists.
func commonYears(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// mergePairs adds up the per-year sums of each pair.
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
