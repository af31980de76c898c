package loader

import (
	"math/rand/v2"
	"testing"
)

// One editDistance, reused across comparisons as nearKeys reuses it, agrees
// with the textbook Levenshtein distance on random names, multi-byte
// letters included.
func TestEditDistance_AsLevenshtein(t *testing.T) {
	letters := []rune("abcde-éñü")
	random := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		r := make([]rune, random.IntN(14))
		for i := range r {
			r[i] = letters[random.IntN(len(letters))]
		}
		return string(r)
	}
	var dist editDistance
	for range 20000 {
		a, b := word(), word()
		if random.IntN(2) == 0 { // a near copy, so small distances come up
			r := []rune(a)
			if len(r) > 0 {
				r[random.IntN(len(r))] = letters[random.IntN(len(letters))]
			}
			b = string(r)
		}
		want := levenshtein([]rune(a), []rune(b))
		for k := range 4 {
			if got := dist.within(a, b, k); got != (want <= k) {
				t.Fatalf("within(%q, %q, %d) = %v; the distance is %d", a, b, k, got, want)
			}
		}
	}
}

func levenshtein(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	return d[len(a)][len(b)]
}
