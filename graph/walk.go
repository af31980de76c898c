package graph

import (
	"container/heap"
	"math"
)

// A walk counts, for one organization, what it shares with each other
// organization over some of its letters: the letters both signed, their
// weights (1/(n-1) for a letter of n organizations, so a letter signed by
// 200 counts far less toward a partnership than one signed by 5) and the
// first and last dated of them. It costs the sizes of the letters walked,
// whatever the size of the graph.

// walkScratch holds a walk's per-organization tallies; only the entries
// listed in touched are in use, and reset clears just those.
type walkScratch struct {
	shared      []int32
	weight      []float64
	first, last []int32 // letter numbers of the first and last dated shared letter; -1 for none
	touched     []int32
}

func (s *coSigning) scratch0() *walkScratch {
	if w, ok := s.scratch.Get().(*walkScratch); ok {
		return w
	}
	n := len(s.orgIDs)
	w := &walkScratch{shared: make([]int32, n), weight: make([]float64, n), first: make([]int32, n), last: make([]int32, n)}
	for i := range w.first {
		w.first[i], w.last[i] = -1, -1
	}
	return w
}

func (s *coSigning) release(w *walkScratch) {
	for _, o := range w.touched {
		w.shared[o], w.weight[o], w.first[o], w.last[o] = 0, 0, -1, -1
	}
	w.touched = w.touched[:0]
	s.scratch.Put(w)
}

// walk adds the co-signers of o on the given letters to w, counting only
// the organizations keep accepts (all when keep is nil).
func (s *coSigning) walk(w *walkScratch, o int32, letters []int32, keep func(int32) bool) {
	for _, pos := range letters {
		orgs := s.orgs(pos)
		if len(orgs) < 2 {
			continue
		}
		wt := 1 / float64(len(orgs)-1)
		dated := s.letterDates[pos] != ""
		for _, v := range orgs {
			if v == o || (keep != nil && !keep(v)) {
				continue
			}
			if w.shared[v] == 0 {
				w.touched = append(w.touched, v)
			}
			w.shared[v]++
			w.weight[v] += wt
			if dated {
				if w.first[v] < 0 {
					w.first[v] = pos
				}
				w.last[v] = pos
			}
		}
	}
}

// walkBusy is walk for the organizations after o not yet visited that
// signed at least need letters in all: each letter lists its busiest
// organizations first, so the walk leaves a letter at the first one that
// signed fewer. A pair sharing more letters than one of its organizations
// signed does not exist, so nothing that shares need letters is missed.
func (s *coSigning) walkBusy(w *walkScratch, o int32, letters []int32, visited []bool, need int32) {
	for _, pos := range letters {
		orgs := s.orgs(pos)
		if len(orgs) < 2 {
			continue
		}
		wt := 1 / float64(len(orgs)-1)
		dated := s.letterDates[pos] != ""
		for _, v := range orgs {
			if s.total[v] < need {
				break
			}
			if v == o || visited[v] {
				continue
			}
			if w.shared[v] == 0 {
				w.touched = append(w.touched, v)
			}
			w.shared[v]++
			w.weight[v] += wt
			if dated {
				if w.first[v] < 0 {
					w.first[v] = pos
				}
				w.last[v] = pos
			}
		}
	}
}

// date returns the date of a letter number, "" for none (-1).
func (s *coSigning) date(pos int32) string {
	if pos < 0 {
		return ""
	}
	return s.letterDates[pos]
}

// sameScore says whether two summed weights are equal but for rounding:
// sums of the same fractions in another order may differ in the last bits.
func sameScore(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// topK keeps the k best items it is offered under better, and returns them
// best first.
type topK[T any] struct {
	k      int
	better func(a, b T) bool
	items  []T // a heap with the worst kept first
}

func (t *topK[T]) Len() int           { return len(t.items) }
func (t *topK[T]) Less(i, j int) bool { return t.better(t.items[j], t.items[i]) }
func (t *topK[T]) Swap(i, j int)      { t.items[i], t.items[j] = t.items[j], t.items[i] }
func (t *topK[T]) Push(x any)         { t.items = append(t.items, x.(T)) }
func (t *topK[T]) Pop() any {
	x := t.items[len(t.items)-1]
	t.items = t.items[:len(t.items)-1]
	return x
}

// full reports whether k items are kept; worst is then the one an offer must beat.
func (t *topK[T]) full() bool { return t.k > 0 && len(t.items) >= t.k }
func (t *topK[T]) worst() T   { return t.items[0] }

func (t *topK[T]) offer(x T) {
	switch {
	case t.k <= 0:
	case len(t.items) < t.k:
		heap.Push(t, x)
	case t.better(x, t.items[0]):
		t.items[0] = x
		heap.Fix(t, 0)
	}
}

// sorted returns the items kept, best first.
func (t *topK[T]) sorted() []T {
	out := make([]T, len(t.items))
	h := &topK[T]{k: t.k, better: t.better, items: append([]T(nil), t.items...)}
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(T)
	}
	return out
}
