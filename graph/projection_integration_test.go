//go:build integration

package graph

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The projection's answers are checked against brute force: Cypher that
// matches every two organizations of every letter over SIGNED, summed in
// Neo4j, then ranked here by the documented order. The fixture has windows
// of years, an undated letter, letters of one organization, ties at every
// cut, and a letter of 300 organizations; it is written in two loads with
// a refresh between, so the second is read as a delta.

// coalitionFixture returns the letters: orgSets[i] is letter i's
// organizations (o1 busiest); dates spread over 2019–2021; letter 9 is
// undated, 10 and 11 have one organization, 12 is signed by o1, o2 and 300
// others (2020), 13 and 14 make ties (o8 and o9 sign twice together, as
// o2 and o3 do in 2021).
func coalitionFixture() []LetterImport {
	orgSets := [][]int{{1, 2, 3}, {1, 2, 4}, {1, 2, 3, 5}, {1, 3, 6}, {1, 2, 7}, {1, 4, 5}, {1, 2, 3, 4}, {1, 6}, {2, 3},
		{1, 2, 8}, {5}, {9}, nil, {8, 9, 4}, {8, 9, 6}}
	big := []int{1, 2}
	for i := 100; i < 400; i++ {
		big = append(big, i)
	}
	orgSets[12] = big
	var letters []LetterImport
	for i, set := range orgSets {
		date := fmt.Sprintf("%d-0%d-01", 2019+i%3, 1+i%9)
		switch i {
		case 9:
			date = ""
		case 12:
			date = "2020-03-03"
		}
		l := LetterImport{Letter: &Letter{ID: fmt.Sprintf("letter:%02d", i), SHA256: fmt.Sprintf("sha-%d", i),
			Source: "t.txt", Date: date, Text: fmt.Sprint(i)}}
		for pos, o := range set {
			l.Signatures = append(l.Signatures, Signature{Position: pos + 1, OrganizationID: fmt.Sprintf("org:o%d", o), Organization: fmt.Sprintf("O%d", o%50)})
		}
		letters = append(letters, l)
	}
	// An organization that only appears as an affiliation signed nothing.
	letters[0].Signatures[0].Affiliations = []OrganizationRef{{ID: "org:quiet", Name: "Quiet"}}
	letters[0].Signatures[0].PersonID, letters[0].Signatures[0].PersonName = "person:ann", "Ann"
	return letters
}

func writeCoalitionFixture(t *testing.T, ctx context.Context, s *Store, p *Projection) {
	t.Helper()
	forgetBruteForce()
	letters := coalitionFixture()
	for _, load := range [][]LetterImport{letters[:7], letters[7:]} {
		if _, err := s.WriteLetters(ctx, load); err != nil {
			t.Fatal(err)
		}
		if _, err := s.WriteRoles(ctx, load); err != nil {
			t.Fatal(err)
		}
		if _, err := p.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

// bruteForce is every pair's co-signing in a window, and every
// organization's letters there, from Cypher over SIGNED.
type bruteForce struct {
	pairs   []*Pair // A < B, unordered
	letters map[string]int
	names   map[string]string
}

const (
	bruteForcePairsCypher = `
MATCH (a:Organization)-[:SIGNED]->(l:Letter)<-[:SIGNED]-(b:Organization)
WHERE a.id < b.id AND ($from IS NULL OR (l.year >= $from AND l.year <= $to))
WITH a, b, l, COUNT { (:Organization)-[:SIGNED]->(l) } AS n
RETURN a.id AS a, b.id AS b, count(l) AS shared, sum(1.0 / (n - 1)) AS weighted, min(l.date) AS firstDate, max(l.date) AS lastDate`
	bruteForceLettersCypher = `
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:SIGNED]->(l:Letter) WHERE $from IS NULL OR (l.year >= $from AND l.year <= $to)
RETURN o.id AS id, o.name AS name, count(l) AS letters`
)

var bruteForceCache = map[Window]*bruteForce{}

// bruteForceIn is bruteForce for a window, cached: call forgetBruteForce
// when the graph changes.
func bruteForceIn(t *testing.T, ctx context.Context, s *Store, w Window) *bruteForce {
	t.Helper()
	if bf := bruteForceCache[w]; bf != nil {
		return bf
	}
	bf := bruteForceRead(t, ctx, s, w)
	bruteForceCache[w] = bf
	return bf
}

func forgetBruteForce() { clear(bruteForceCache) }

func bruteForceRead(t *testing.T, ctx context.Context, s *Store, w Window) *bruteForce {
	t.Helper()
	params := map[string]any{"from": nil, "to": nil}
	if !w.Open() {
		params["from"], params["to"] = w.bounds()
	}
	bf := &bruteForce{letters: map[string]int{}, names: map[string]string{}}
	recs, err := s.read(ctx, bruteForcePairsCypher, params)
	if err != nil {
		t.Fatal(err)
	}
	err = eachRow(recs, "pair", func(r *row) {
		bf.pairs = append(bf.pairs, &Pair{A: r.str("a"), B: r.str("b"), Shared: r.int("shared"), Weighted: r.float("weighted"),
			FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")})
	})
	if err != nil {
		t.Fatal(err)
	}
	recs, err = s.read(ctx, bruteForceLettersCypher, params)
	if err != nil {
		t.Fatal(err)
	}
	err = eachRow(recs, "letters", func(r *row) { bf.letters[r.str("id")], bf.names[r.str("id")] = r.int("letters"), r.str("name") })
	if err != nil {
		t.Fatal(err)
	}
	return bf
}

// byName breaks ties by name, then id.
func (bf *bruteForce) byName(a, b string) int {
	if c := strings.Compare(bf.names[a], bf.names[b]); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func closeTo(a, b float64) bool { return math.Abs(a-b) <= 1e-9 }

// partners lists o's partners ranked as Partners documents.
func (bf *bruteForce) partners(o string, minShared int, order string, first int) []*CoSigner {
	var out []*CoSigner
	for _, p := range bf.pairs {
		if p.Shared < minShared || (p.A != o && p.B != o) {
			continue
		}
		other := p.B
		if p.B == o {
			other = p.A
		}
		out = append(out, &CoSigner{Of: o, OrganizationID: other, Shared: p.Shared, Weighted: p.Weighted, FirstDate: p.FirstDate, LastDate: p.LastDate,
			Jaccard: float64(p.Shared) / float64(bf.letters[o]+bf.letters[other]-p.Shared)})
	}
	score := func(c *CoSigner) float64 {
		switch order {
		case OrderJaccard:
			return c.Jaccard
		case OrderWeighted:
			return c.Weighted
		}
		return float64(c.Shared)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !closeTo(score(a), score(b)) {
			return score(a) > score(b)
		}
		if a.Shared != b.Shared {
			return a.Shared > b.Shared
		}
		return bf.byName(a.OrganizationID, b.OrganizationID) < 0
	})
	return out[:min(first, len(out))]
}

// top lists the pairs ranked as Pairs documents.
func (bf *bruteForce) top(minShared, first int) []*Pair {
	var out []*Pair
	for _, p := range bf.pairs {
		if p.Shared >= minShared {
			q := *p
			q.Jaccard = float64(p.Shared) / float64(bf.letters[p.A]+bf.letters[p.B]-p.Shared)
			out = append(out, &q)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Shared != b.Shared {
			return a.Shared > b.Shared
		}
		if !closeTo(a.Weighted, b.Weighted) {
			return a.Weighted > b.Weighted
		}
		if c := bf.byName(a.A, b.A); c != 0 {
			return c < 0
		}
		return bf.byName(a.B, b.B) < 0
	})
	return out[:min(first, len(out))]
}

func formatCoSigners(cs []*CoSigner) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s:%d:%.6f:%.6f:%s:%s ", c.OrganizationID, c.Shared, c.Weighted, c.Jaccard, c.FirstDate, c.LastDate)
	}
	return b.String()
}

func formatPairs(ps []*Pair) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s|%s:%d:%.6f:%.6f:%s:%s ", p.A, p.B, p.Shared, p.Weighted, p.Jaccard, p.FirstDate, p.LastDate)
	}
	return b.String()
}

var fixtureWindows = []Window{{}, {From: 2019, To: 2019}, {From: 2019, To: 2020}, {From: 2020, To: 2021}, {From: 2000}, {To: 2020}, {From: 2030, To: 2031}}

func fixtureOrganizations() []string {
	ids := []string{"org:o100", "org:o399", "org:quiet"}
	for i := 1; i <= 9; i++ {
		ids = append(ids, fmt.Sprintf("org:o%d", i))
	}
	return ids
}

func TestProjection_SameAsBruteForce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	p := NewProjection(s)
	writeCoalitionFixture(t, ctx, s, p)

	for _, w := range fixtureWindows {
		bf := bruteForceIn(t, ctx, s, w)
		t.Run(fmt.Sprintf("Partners %d–%d", w.From, w.To), func(t *testing.T) {
			for _, id := range fixtureOrganizations() {
				for _, order := range []string{OrderCount, OrderWeighted, OrderJaccard} {
					for _, minShared := range []int{1, 2, 3} {
						for _, first := range []int{1, 2, 3, 5, 400} {
							got, err := p.Partners(ctx, id, w, minShared, order, first)
							if err != nil {
								t.Fatal(err)
							}
							want := bf.partners(id, minShared, order, first)
							if g, w := formatCoSigners(got), formatCoSigners(want); g != w {
								t.Errorf("%s by %s, min %d, first %d:\n got %s\nwant %s", id, order, minShared, first, g, w)
							}
						}
					}
				}
			}
		})
		t.Run(fmt.Sprintf("Pairs %d–%d", w.From, w.To), func(t *testing.T) {
			for _, minShared := range []int{1, 2, 3} {
				for _, first := range []int{1, 2, 3, 4, 7, 20, 100000} {
					got, err := p.Pairs(ctx, w, minShared, first)
					if err != nil {
						t.Fatal(err)
					}
					if g, w := formatPairs(got), formatPairs(bf.top(minShared, first)); g != w {
						t.Errorf("min %d, first %d:\n got %s\nwant %s", minShared, first, g, w)
					}
				}
			}
		})
		t.Run(fmt.Sprintf("Network %d–%d", w.From, w.To), func(t *testing.T) {
			checkNetworks(t, ctx, p, bf, w)
		})
		t.Run(fmt.Sprintf("Communities %d–%d", w.From, w.To), func(t *testing.T) {
			for _, minShared := range []int{1, 2} {
				checkCommunities(t, ctx, p, bf, w, minShared)
			}
		})
	}

	t.Run("PartnersByYear", func(t *testing.T) {
		for _, id := range fixtureOrganizations() {
			var years []int
			for y := 2019; y <= 2021; y++ {
				years = append(years, y)
			}
			for _, perYear := range []int{1, 2, 5} {
				got, err := p.PartnersByYear(ctx, id, perYear)
				if err != nil {
					t.Fatal(err)
				}
				var want []string
				for _, y := range years {
					bf := bruteForceIn(t, ctx, s, Window{From: y, To: y})
					ps := bf.partners(id, 1, OrderCount, 1000)
					sort.SliceStable(ps, func(i, j int) bool {
						a, b := ps[i], ps[j]
						if a.Shared != b.Shared {
							return a.Shared > b.Shared
						}
						if !closeTo(a.Weighted, b.Weighted) {
							return a.Weighted > b.Weighted
						}
						return bf.byName(a.OrganizationID, b.OrganizationID) < 0
					})
					if len(ps) > 0 {
						want = append(want, fmt.Sprintf("%d(%d): %s", y, bf.letters[id], formatCoSigners(ps[:min(perYear, len(ps))])))
					}
				}
				var have []string
				for _, py := range got {
					have = append(have, fmt.Sprintf("%d(%d): %s", py.Year, py.Letters, formatCoSigners(py.Partners)))
				}
				if g, w := strings.Join(have, "\n"), strings.Join(want, "\n"); g != w {
					t.Errorf("%s, %d a year:\n got %s\nwant %s", id, perYear, g, w)
				}
			}
		}
	})

	t.Run("Stats", func(t *testing.T) {
		st, err := p.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := len(bruteForceIn(t, ctx, s, Window{}).pairs); st.CoSignedPairs != want || st.Letters != 15 {
			t.Errorf("stats: %d pairs, %d letters; want %d, 15", st.CoSignedPairs, st.Letters, want)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := p.Partners(ctx, "org:nobody", Window{}, 1, OrderCount, 5); ErrorCode(err) != ENOTFOUND {
			t.Errorf("partners of an unknown organization: %v; want ENOTFOUND", err)
		}
		if got, err := p.Partners(ctx, "org:quiet", Window{}, 1, OrderCount, 5); err != nil || len(got) != 0 {
			t.Errorf("partners of an organization that signed nothing: %v, %v; want none", got, err)
		}
		if _, err := p.PartnersByYear(ctx, "org:nobody", 5); ErrorCode(err) != ENOTFOUND {
			t.Errorf("partners by year of an unknown organization: %v; want ENOTFOUND", err)
		}
		if _, err := p.Network(ctx, NetworkQuery{Focus: "org:nobody", Depth: 1, Limit: 5}); ErrorCode(err) != ENOTFOUND {
			t.Errorf("network around an unknown organization: %v; want ENOTFOUND", err)
		}
	})
}

// checkNetworks compares networks of the busiest and around a focus with
// brute force: who is in, and every edge among them.
func checkNetworks(t *testing.T, ctx context.Context, p *Projection, bf *bruteForce, w Window) {
	t.Helper()
	// Busiest: of those that signed in the window, most letters in all, ties by id.
	all := bruteForceIn(t, ctx, p.store, Window{})
	var signers []string
	for id, n := range bf.letters {
		if n > 0 {
			signers = append(signers, id)
		}
	}
	slices.SortFunc(signers, func(a, b string) int {
		if all.letters[a] != all.letters[b] {
			return all.letters[b] - all.letters[a]
		}
		return strings.Compare(a, b)
	})
	for _, minShared := range []int{1, 2} {
		for _, limit := range []int{3, 5, 400} {
			net, err := p.Network(ctx, NetworkQuery{Window: w, MinShared: minShared, Limit: limit})
			if err != nil {
				t.Fatal(err)
			}
			want := signers[:min(limit, len(signers))]
			checkNetwork(t, fmt.Sprintf("busiest %d, min %d", limit, minShared), net, want, len(signers) > limit, bf, all, minShared)
		}
		for _, focus := range []string{"org:o1", "org:o8", "org:o399", "person:ann"} {
			for _, depth := range []int{1, 2} {
				for _, limit := range []int{2, 4, 400} {
					net, err := p.Network(ctx, NetworkQuery{Window: w, MinShared: minShared, Focus: focus, Depth: depth, Limit: limit})
					if err != nil {
						t.Fatal(err)
					}
					seeds := []string{focus}
					if focus == "person:ann" {
						seeds = []string{"org:o1", "org:quiet"} // HELD_ROLE and AFFILIATED_WITH
					}
					want, truncated := bf.around(seeds, minShared, depth, limit)
					checkNetwork(t, fmt.Sprintf("around %s, depth %d, limit %d, min %d", focus, depth, limit, minShared), net, want, truncated, bf, all, minShared)
				}
			}
		}
	}
	// Members as given: the organizations the page draws.
	members := []string{"org:o9", "org:o1", "org:quiet", "org:o2", "org:o1"}
	net, err := p.Network(ctx, NetworkQuery{Window: w, MinShared: 1, Members: members})
	if err != nil {
		t.Fatal(err)
	}
	checkNetwork(t, "members", net, []string{"org:o9", "org:o1", "org:quiet", "org:o2"}, false, bf, all, 1)
	// An edge budget keeps the strongest edges; communities stay those of
	// all the edges.
	for _, limit := range []int{5, 12, 400} {
		whole, err := p.Network(ctx, NetworkQuery{Window: w, MinShared: 1, Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		for _, maxEdges := range []int{1, 2, 3, 7, 20, 300, 1000, 100000} {
			net, err := p.Network(ctx, NetworkQuery{Window: w, MinShared: 1, Limit: limit, MaxEdges: maxEdges})
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("busiest %d, at most %d edges", limit, maxEdges)
			checkNetworkEdges(t, name, net, signers[:min(limit, len(signers))], bf, 1, maxEdges)
			for i, n := range net.Nodes {
				if n != whole.Nodes[i] {
					t.Errorf("%s: node %+v; want %+v, as with every edge", name, n, whole.Nodes[i])
				}
			}
		}
	}
}

// around grows seeds hop by hop as Network documents.
func (bf *bruteForce) around(seeds []string, minShared, depth, limit int) ([]string, bool) {
	ids := slices.Clone(seeds)
	truncated := false
	for hop := 0; hop < depth && len(ids) < limit; hop++ {
		strength := map[string]int{}
		for _, pr := range bf.pairs {
			if pr.Shared < minShared {
				continue
			}
			inA, inB := slices.Contains(ids, pr.A), slices.Contains(ids, pr.B)
			switch {
			case inA && !inB:
				strength[pr.B] += pr.Shared
			case inB && !inA:
				strength[pr.A] += pr.Shared
			}
		}
		next := sortedKeys(strength)
		slices.SortStableFunc(next, func(a, b string) int { return strength[b] - strength[a] })
		if room := limit - len(ids); len(next) > room {
			next, truncated = next[:room], true
		}
		ids = append(ids, next...)
	}
	return ids, truncated
}

func checkNetwork(t *testing.T, name string, net *Network, members []string, truncated bool, bf, all *bruteForce, minShared int) {
	t.Helper()
	var nodes []string
	for _, n := range net.Nodes {
		nodes = append(nodes, n.ID)
		if n.Label != all.names[n.ID] || int(n.Weight) != all.letters[n.ID] || n.Community < 1 {
			t.Errorf("%s: node %+v; want label %q, weight %d, a community", name, n, all.names[n.ID], all.letters[n.ID])
		}
	}
	if fmt.Sprint(nodes) != fmt.Sprint(members) || net.Truncated != truncated {
		t.Errorf("%s: nodes %v (truncated %v); want %v (%v)", name, nodes, net.Truncated, members, truncated)
	}
	checkNetworkEdges(t, name, net, members, bf, minShared, 0)
}

// checkNetworkEdges checks a network's edges against brute force: every
// pair of members of at least minShared letters, or the strongest
// maxEdges of them (0: all) as Network.edges documents, by ids.
func checkNetworkEdges(t *testing.T, name string, net *Network, members []string, bf *bruteForce, minShared, maxEdges int) {
	t.Helper()
	var want []*Pair
	for _, p := range bf.pairs {
		if p.Shared >= minShared && slices.Contains(members, p.A) && slices.Contains(members, p.B) {
			want = append(want, p)
		}
	}
	slices.SortFunc(want, func(x, y *Pair) int {
		if c := strings.Compare(x.A, y.A); c != 0 {
			return c
		}
		return strings.Compare(x.B, y.B)
	})
	if net.EdgeCount != len(want) {
		t.Errorf("%s: edge count %d; want %d", name, net.EdgeCount, len(want))
	}
	if cut := maxEdges > 0 && len(want) > maxEdges; net.EdgesTruncated != cut {
		t.Errorf("%s: edges truncated %v; want %v (%d edges, at most %d)", name, net.EdgesTruncated, cut, len(want), maxEdges)
	}
	if maxEdges > 0 {
		want = strongestPairs(want, maxEdges)
	}
	if len(net.Edges) != len(want) {
		t.Errorf("%s: %d edges; want %d", name, len(net.Edges), len(want))
		return
	}
	for i, e := range net.Edges {
		if w := want[i]; e.Source != w.A || e.Target != w.B || int(e.Weight) != w.Shared {
			t.Errorf("%s: edge %d %s|%s:%v; want %s|%s:%d", name, i, e.Source, e.Target, e.Weight, w.A, w.B, w.Shared)
			return
		}
	}
}

// strongestPairs keeps budget of the pairs (ordered by ids) as
// Network.edges documents, in rounds: round r offers every organization's
// r-th heaviest pair (ties by the other's id) not kept yet, heaviest first,
// then by ids, until the budget is spent; the kept pairs come back by ids.
func strongestPairs(pairs []*Pair, budget int) []*Pair {
	ends := map[string][]*Pair{}
	for _, p := range pairs {
		ends[p.A] = append(ends[p.A], p)
		ends[p.B] = append(ends[p.B], p)
	}
	for id, list := range ends {
		other := func(p *Pair) string {
			if p.A == id {
				return p.B
			}
			return p.A
		}
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].Shared != list[j].Shared {
				return list[i].Shared > list[j].Shared
			}
			return other(list[i]) < other(list[j])
		})
	}
	kept := map[*Pair]bool{}
	for r := 0; len(kept) < budget && len(kept) < len(pairs); r++ {
		var offered []*Pair
		for _, list := range ends {
			if r < len(list) && !kept[list[r]] && !slices.Contains(offered, list[r]) {
				offered = append(offered, list[r])
			}
		}
		sort.Slice(offered, func(i, j int) bool {
			a, b := offered[i], offered[j]
			if a.Shared != b.Shared {
				return a.Shared > b.Shared
			}
			return a.A < b.A || a.A == b.A && a.B < b.B
		})
		for _, p := range offered[:min(len(offered), budget-len(kept))] {
			kept[p] = true
		}
	}
	var out []*Pair
	for _, p := range pairs {
		if kept[p] {
			out = append(out, p)
		}
	}
	return out
}

// checkCommunities checks that communities cluster every organization of
// the window's pairs of at least minShared letters, and that sizes,
// members and bridges follow from those pairs and the partition.
func checkCommunities(t *testing.T, ctx context.Context, p *Projection, bf *bruteForce, w Window, minShared int) {
	t.Helper()
	comms, err := p.Communities(ctx, w, minShared, 1000)
	if err != nil {
		t.Fatal(err)
	}
	label := map[string]int{}
	for _, c := range comms {
		for _, m := range c.Members {
			if _, twice := label[m]; twice {
				t.Errorf("%d–%d min %d: %s in two communities", w.From, w.To, minShared, m)
			}
			label[m] = c.ID
		}
	}
	ties := map[string]int{}
	for _, pr := range bf.pairs {
		if pr.Shared < minShared {
			continue
		}
		la, okA := label[pr.A]
		lb, okB := label[pr.B]
		if !okA || !okB {
			t.Errorf("%d–%d min %d: pair %s|%s (%d) has an organization in no community", w.From, w.To, minShared, pr.A, pr.B, pr.Shared)
			continue
		}
		if la != lb {
			ties[pr.A]++
			ties[pr.B]++
		}
	}
	for _, c := range comms {
		for _, b := range c.Bridges {
			if ties[b.OrganizationID] != b.Ties {
				t.Errorf("%d–%d min %d: bridge %s has %d ties; want %d", w.From, w.To, minShared, b.OrganizationID, b.Ties, ties[b.OrganizationID])
			}
		}
	}
}

// Run computes the first views after a refresh that read letters: their
// answers are in the snapshot's cache, the same as computed on demand.
func TestProjection_FirstViews(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	p := NewProjection(s)
	writeCoalitionFixture(t, ctx, s, p)
	first := NetworkQuery{MinShared: 1, Depth: 1, Limit: 300, MaxEdges: 2000}
	p.FirstViews = []NetworkQuery{first}
	snap, _ := p.current(ctx)
	if _, ok := snap.results.Load(networkKey(first)); ok {
		t.Fatal("first view cached before Run; the test would prove nothing")
	}
	letter := LetterImport{Letter: &Letter{ID: "letter:first-view", SHA256: "sha-first-view", Source: "fv.txt", Date: "2022-02-02", Text: "fv"},
		Signatures: []Signature{{Position: 1, OrganizationID: "org:o1", Organization: "O1"}, {Position: 2, OrganizationID: "org:o2", Organization: "O2"}}}
	if _, err := s.WriteLetters(ctx, []LetterImport{letter}); err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	refreshed := make(chan struct{}, 1)
	go p.Run(runCtx, time.Hour, func(RefreshResult, error) { refreshed <- struct{}{} })
	<-refreshed // onRefresh hears of the refresh after the first views are computed
	snap, _ = p.current(ctx)
	got, ok := snap.results.Load(networkKey(first))
	if !ok {
		t.Fatal("first view not in the cache after a refresh that read a letter")
	}
	want, err := p.network(ctx, snap, first)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("cached first view differs from one computed on demand")
	}
}

// A new letter reaches a running projection within its poll interval, and
// a graph wiped and written anew is read again whole.
func TestProjection_SeesNewLetters(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	p := NewProjection(s)
	writeCoalitionFixture(t, ctx, s, p)
	// Answers are kept per snapshot: a network asked before the new letter
	// must not be the one given after it.
	around7 := NetworkQuery{Focus: "org:o7", Depth: 1, Limit: 50, MinShared: 1}
	if net, err := p.Network(ctx, around7); err != nil || slices.ContainsFunc(net.Nodes, func(n NetworkNode) bool { return n.ID == "org:new" }) {
		t.Fatalf("network around o7 before the new letter: %v, %v", net, err)
	}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	const interval = 200 * time.Millisecond
	go p.Run(runCtx, interval, nil)

	letter := LetterImport{Letter: &Letter{ID: "letter:new", SHA256: "sha-new", Source: "new.txt", Date: "2021-05-05", Text: "new"},
		Signatures: []Signature{{Position: 1, OrganizationID: "org:o7", Organization: "O7"}, {Position: 2, OrganizationID: "org:new", Organization: "New"}}}
	if _, err := s.WriteLetters(ctx, []LetterImport{letter}); err != nil {
		t.Fatal(err)
	}
	written := time.Now()
	for {
		got, err := p.Partners(ctx, "org:o7", Window{}, 1, OrderCount, 10)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(got, func(c *CoSigner) bool { return c.OrganizationID == "org:new" }) {
			break
		}
		if time.Since(written) > interval+5*time.Second {
			t.Fatalf("the new letter is not in o7's partners %v after %v", formatCoSigners(got), time.Since(written))
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("new letter seen after %v (poll interval %v)", time.Since(written).Round(time.Millisecond), interval)
	if net, err := p.Network(ctx, around7); err != nil || !slices.ContainsFunc(net.Nodes, func(n NetworkNode) bool { return n.ID == "org:new" }) {
		t.Errorf("network around o7 after the new letter: %v, %v; want org:new in it", net, err)
	}

	stop()
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := p.Refresh(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Full || res.Letters != 0 {
		t.Errorf("after a wipe: %+v; want a full read of no letters", res)
	}
	if _, err := s.WriteLetters(ctx, coalitionFixture()[:3]); err != nil {
		t.Fatal(err)
	}
	if res, err = p.Refresh(ctx); err != nil || !res.Full || res.Letters != 3 {
		t.Errorf("after writing anew: %+v, %v; want a full read of 3 letters", res, err)
	}
}

// Stores written before co-signing was projected lose their pairs, claims
// and marks to Migrate; CO_SIGNED written by `coalition project` stays.
func TestMigrate_RemovesPairUpkeep(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	for _, cypher := range []string{
		`CREATE CONSTRAINT co_signed_key IF NOT EXISTS FOR ()-[r:CO_SIGNED]-() REQUIRE r.key IS UNIQUE`,
		`CREATE (a:Organization {id: 'org:a', name: 'A', aliases: [], letterCount: 1, letterYears: [2019], lettersByYear: [1]}),
		        (b:Organization {id: 'org:b', name: 'B', aliases: [], letterCount: 1}),
		        (c:Organization {id: 'org:c', name: 'C', aliases: [], letterCount: 1}),
		        (l:Letter {id: 'letter:old', sha256: 'old', date: '2019-02-08', year: 2019, coSigning: 'pending'}),
		        (a)-[:SIGNED]->(l), (b)-[:SIGNED]->(l),
		        (a)-[:CO_SIGNED {key: 'org:a|org:b', count: 1}]->(b),
		        (a)-[:CO_SIGNED_IN {key: 'org:a|org:b|2019', year: 2019, count: 1}]->(b),
		        (a)-[:CO_SIGNED {count: 1}]->(c),
		        (:CoSigningUpdate {id: 'current'}), (:CoSigningChunk {name: '1/0/pairs/0'})`,
	} {
		if _, err := s.run(ctx, cypher, nil, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	recs, err := s.read(ctx, `
RETURN COUNT { ()-[:CO_SIGNED_IN]->() } AS perYear, COUNT { ()-[r:CO_SIGNED]->() WHERE r.key IS NOT NULL } AS kept,
       COUNT { ()-[r:CO_SIGNED]->() WHERE r.key IS NULL } AS projected,
       COUNT { (n) WHERE n:CoSigningUpdate OR n:CoSigningChunk } AS claims,
       COUNT { (l:Letter) WHERE l.coSigning IS NOT NULL OR l.seq IS NULL } AS unstamped,
       COUNT { (o:Organization) WHERE o.letterYears IS NOT NULL } AS years`, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"perYear": 0, "kept": 0, "projected": 1, "claims": 0, "unstamped": 0, "years": 0}
	for k, v := range want {
		if got, _ := recs[0].Get(k); got != v {
			t.Errorf("%s after migrate: %v; want %d", k, got, v)
		}
	}
	recs, err = s.read(ctx, `SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'co_sign' RETURN count(*) AS n`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := recs[0].Get("n"); n != int64(0) {
		t.Errorf("%v co-signing constraints left; want 0", n)
	}
	// The old letter is projected.
	p := NewProjection(s)
	early, cancelEarly := context.WithTimeout(ctx, 200*time.Millisecond)
	if got, err := p.Partners(early, "org:a", Window{}, 1, OrderCount, 5); ErrorCode(err) != EUNAVAILABLE {
		t.Errorf("partners before the first refresh: %v, %v; want UNAVAILABLE when the wait runs out", got, err)
	}
	cancelEarly()
	if _, err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := p.Partners(ctx, "org:a", Window{}, 1, OrderCount, 5)
	if err != nil || len(got) != 1 || got[0].OrganizationID != "org:b" {
		t.Errorf("partners of A after migrate: %v, %v; want B", got, err)
	}
}

// `coalition project` writes one CO_SIGNED per pair of the window sharing
// at least minShared letters, with brute force's counts, and replaces the
// last run's.
func TestWriteCoSigned_SameAsBruteForce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	p := NewProjection(s)
	writeCoalitionFixture(t, ctx, s, p)
	for _, c := range []struct {
		w         Window
		minShared int
	}{{Window{}, 1}, {Window{From: 2019, To: 2020}, 2}} {
		n, err := p.WriteCoSigned(ctx, c.w, c.minShared, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := bruteForceIn(t, ctx, s, c.w).top(c.minShared, 1<<30)
		if n != len(want) {
			t.Errorf("%+v: wrote %d; want %d", c, n, len(want))
		}
		recs, err := s.read(ctx, `MATCH (a)-[r:CO_SIGNED]->(b) RETURN a.id AS a, b.id AS b, r.count AS shared, r.weight AS weighted,
r.firstDate AS firstDate, r.lastDate AS lastDate`, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		_ = eachRow(recs, "co-signed", func(r *row) {
			got[r.str("a")+"|"+r.str("b")] = fmt.Sprintf("%d:%.6f:%s:%s", r.int("shared"), r.float("weighted"), r.str("firstDate"), r.str("lastDate"))
		})
		if len(got) != len(want) {
			t.Errorf("%+v: %d CO_SIGNED in the graph; want %d", c, len(got), len(want))
		}
		for _, pr := range want {
			if g, w := got[pr.A+"|"+pr.B], fmt.Sprintf("%d:%.6f:%s:%s", pr.Shared, pr.Weighted, pr.FirstDate, pr.LastDate); g != w {
				t.Errorf("%+v: %s|%s = %q; want %q", c, pr.A, pr.B, g, w)
			}
		}
	}
}
