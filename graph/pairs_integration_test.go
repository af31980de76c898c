//go:build integration

package graph

import (
	"context"
	"fmt"
	"maps"
	"math"
	"testing"
	"time"
)

// windowFixture writes nine letters of seven organizations, busiest first
// (o1 signs eight, o7 one), in 2019–2021, in two loads, and counts
// their co-signing.
func windowFixture(t *testing.T, ctx context.Context, s *Store) {
	t.Helper()
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
	// The second load adds 2019 to organizations that had 2020 and 2021.
	for _, load := range [][]LetterImport{letters[1:3], append(letters[:1:1], letters[3:]...)} {
		if _, err := s.WriteLetters(ctx, load); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.UpdateCoSigning(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

// Organizations count their letters by year as letters are written, and a
// graph written without the counts gets the same ones from Migrate.
func TestLetterYears_WrittenAndBackfilled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	windowFixture(t, ctx, s)
	// By hand: letter i is dated 2019 + i%3. o1 signs letters 0 to 7, o2
	// letters 0, 1, 2, 4, 6, 8, o7 letter 4.
	want := map[string]map[int]int{
		"org:o1": {2019: 3, 2020: 3, 2021: 2},
		"org:o2": {2019: 2, 2020: 2, 2021: 2},
		"org:o7": {2020: 1},
	}
	check := func(when string) {
		t.Helper()
		recs, err := s.read(ctx, `MATCH (o:Organization) WHERE o.id IN $ids
RETURN o.id AS id, o.letterYears AS years, o.lettersByYear AS counts`, map[string]any{"ids": []any{"org:o1", "org:o2", "org:o7"}})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]map[int]int{}
		err = eachRow(recs, "organization", func(r *row) {
			years, counts := r.ints("years"), r.ints("counts")
			if len(years) != len(counts) {
				t.Errorf("%s %s: %d years, %d counts", when, r.str("id"), len(years), len(counts))
				return
			}
			got[r.str("id")] = map[int]int{}
			for i, y := range years {
				got[r.str("id")][y] = counts[i]
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: letters by year %v; want %v", when, got, want)
		}
	}
	check("written")
	if _, err := s.run(ctx, `MATCH (o:Organization) REMOVE o.letterYears, o.lettersByYear`, nil, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	check("backfilled")
}

// The pruned search for pairs in a window gives what summing the whole
// window gives: when it proves the first candidates, when it has to grow
// them or read more organizations, and when it gives up and sums the whole.
func TestPairsInWindow_SameAsWhole(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	windowFixture(t, ctx, s)

	defer func(scan, most, candidates, round int) {
		windowScan, windowMaxScan, windowMaxCandidates, pairsPerRound = scan, most, candidates, round
	}(
		windowScan, windowMaxScan, windowMaxCandidates, pairsPerRound)
	// The defaults; the scan grown; the whole window summed; pairs looked
	// up one in the first round trip, so their whole-time bound is read;
	// and both, so pairs passed over in one scan stay so in the next.
	for _, limits := range [][4]int{{256, 4096, 160, 40}, {2, 32, 160, 40}, {2, 2, 2, 40}, {256, 4096, 160, 1}, {2, 32, 160, 1}} {
		windowScan, windowMaxScan, windowMaxCandidates, pairsPerRound = limits[0], limits[1], limits[2], limits[3]
		for _, w := range []Window{{From: 2019, To: 2019}, {From: 2019, To: 2020}, {From: 2020, To: 2021}, {From: 2000}} {
			for _, minShared := range []int{1, 2} {
				for _, first := range []int{1, 2, 5, 20} {
					name := fmt.Sprintf("limits %v, %d–%d, minShared %d, first %d", limits, w.From, w.To, minShared, first)
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

// A large network's edges in a window are counted from the window's letters;
// they are the per-year pairs summed, as the keyed lookup of a small
// network finds them.
func TestWindowEdges_SameAsPerYearPairs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	windowFixture(t, ctx, s)
	all := []string{"org:o1", "org:o2", "org:o3", "org:o4", "org:o5", "org:o6", "org:o7"}
	some := []string{"org:o6", "org:o3", "org:o1", "org:o2"}
	for _, ids := range [][]string{all, some} {
		for _, w := range []Window{{From: 2019, To: 2019}, {From: 2019, To: 2020}, {From: 2020, To: 2021}, {From: 2000}} {
			for _, minShared := range []int{1, 2} {
				name := fmt.Sprintf("%d organizations, %d–%d, minShared %d", len(ids), w.From, w.To, minShared)
				got, err := s.windowEdges(ctx, w, ids, minShared, len(ids)*(len(ids)-1)/2)
				if err != nil {
					t.Fatal(err)
				}
				want, err := s.edgesAmongByKey(ctx, ids, w, minShared)
				if err != nil {
					t.Fatal(err)
				}
				if g, w := edgeSet(got), edgeSet(want); !maps.Equal(g, w) || len(got) != len(want) {
					t.Errorf("%s: %v; want %v", name, g, w)
				}
			}
		}
	}
	// By hand: 2019 has letters 0, 3 and 6 ({o1,o2,o3}, {o1,o3,o6},
	// {o1,o2,o3,o4}): o1 and o3 signed all three, o1 and o2 two.
	got, err := s.windowEdges(ctx, Window{From: 2019, To: 2019}, all, 1, 21)
	if err != nil {
		t.Fatal(err)
	}
	if e := edgeSet(got); e["org:o1|org:o3"] != 3 || e["org:o1|org:o2"] != 2 || len(e) != 8 {
		t.Errorf("2019: %v; want o1–o3 3, o1–o2 2, 8 edges", e)
	}
}

func edgeSet(edges []edge) map[string]float64 {
	out := map[string]float64{}
	for _, e := range edges {
		out[e.a+"|"+e.b] = e.w
	}
	return out
}

// Communities in a window take every pair of the window from its letters,
// the heaviest when there are more than the limit: the pairs the per-year
// sums give, however many passes the counting takes.
func TestWindowEdges_AllOrganizations(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	windowFixture(t, ctx, s)
	defer func(n int) { pairCodesPerPass = n }(pairCodesPerPass)
	for _, perPass := range []int{1 << 20, 3, 1} {
		pairCodesPerPass = perPass
		for _, w := range []Window{{From: 2019, To: 2019}, {From: 2020, To: 2021}, {From: 2000}} {
			for _, minShared := range []int{1, 2} {
				name := fmt.Sprintf("%d pairs a pass, %d–%d, minShared %d", perPass, w.From, w.To, minShared)
				from, to := w.bounds()
				sums, err := s.pairsInWindowWhole(ctx, from, to, minShared, 1000)
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]float64{}
				for _, p := range sums {
					want[p.A+"|"+p.B] = float64(p.Shared)
				}
				all, err := s.windowEdges(ctx, w, nil, minShared, 1000)
				if err != nil {
					t.Fatal(err)
				}
				if got := edgeSet(all); !maps.Equal(got, want) || len(all) != len(want) {
					t.Errorf("%s: %v; want %v", name, got, want)
				}
				// The limit keeps the heaviest, heaviest first.
				top, err := s.windowEdges(ctx, w, nil, minShared, 3)
				if err != nil {
					t.Fatal(err)
				}
				if len(top) != min(3, len(want)) {
					t.Fatalf("%s, limit 3: %d edges", name, len(top))
				}
				kept := edgeSet(top)
				for i, e := range top {
					if i > 0 && e.w > top[i-1].w {
						t.Errorf("%s, limit 3: %v before %v", name, top[i-1], e)
					}
					for pair, shared := range want {
						if _, ok := kept[pair]; !ok && shared > e.w {
							t.Errorf("%s, limit 3: kept %v, left out %s sharing %v", name, e, pair, shared)
						}
					}
				}
			}
		}
	}
}

// Partners ranks by count or weight in two passes; it must list what one
// pass over every pair lists (partnersJaccardCypher ranks by any order),
// ties at the cut included. By hand, o1's partners by count: o2 5, o3 4,
// o4 3, o5 2, o6 2, o7 1, so the first four end with o5 (O5 before O6);
// weights add 1/2 for each letter of three and 1/3 for each of four
// (o2: 3/2 + 2/3, o3: 1 + 2/3, o4: 1 + 1/3, o5: 1/3 + 1/2).
func TestPartners_SameAsOnePass(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	windowFixture(t, ctx, s)
	ids := func(ps []*CoSigner) []string {
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s:%d:%.4f", p.OrganizationID, p.Shared, p.Weighted))
		}
		return out
	}
	top4, err := s.Partners(ctx, "org:o1", Window{}, 1, OrderCount, 4)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(ids(top4)); got != "[org:o2:5:2.1667 org:o3:4:1.6667 org:o4:3:1.3333 org:o5:2:0.8333]" {
		t.Errorf("o1's first four partners by count = %s; want o2 5, o3 4, o4 3, o5 2", got)
	}
	for o := 1; o <= 7; o++ {
		for _, order := range []string{OrderCount, OrderWeighted, OrderJaccard} {
			for minShared := 1; minShared <= 3; minShared++ {
				for first := 1; first <= 7; first++ {
					id := fmt.Sprintf("org:o%d", o)
					got, err := s.Partners(ctx, id, Window{}, minShared, order, first)
					if err != nil {
						t.Fatal(err)
					}
					recs, err := s.read(ctx, partnersJaccardCypher, map[string]any{"id": id, "minShared": minShared, "order": order, "first": first})
					if err != nil {
						t.Fatal(err)
					}
					var want []*CoSigner
					if err := eachRow(recs, "partner", func(r *row) { want = append(want, decodeCoSigner(r, id)) }); err != nil {
						t.Fatal(err)
					}
					if g, w := fmt.Sprint(ids(got)), fmt.Sprint(ids(want)); g != w {
						t.Errorf("%s by %s, min %d, first %d: %s; one pass gives %s", id, order, minShared, first, g, w)
					}
				}
			}
		}
	}
}
