package loader

import "slices"

// editDistance holds the buffers editDistance.within reuses: nearKeys
// compares millions of pairs at 100,000 letters, and four new slices per
// comparison were a quarter of the resolver's heap (garbage, but garbage the
// collector had to keep up with).
type editDistance struct {
	ra, rb    []rune
	prev, cur []int
}

// within reports whether the Levenshtein distance of a and b is at most k
// (k small), stopping as soon as it cannot be.
func (e *editDistance) within(a, b string, k int) bool {
	e.ra, e.rb = appendRunes(e.ra[:0], a), appendRunes(e.rb[:0], b)
	ra, rb := e.ra, e.rb
	if d := len(ra) - len(rb); d > k || -d > k {
		return false
	}
	e.prev, e.cur = slices.Grow(e.prev[:0], len(rb)+1)[:len(rb)+1], slices.Grow(e.cur[:0], len(rb)+1)[:len(rb)+1]
	prev, cur := e.prev, e.cur
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= k
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}
