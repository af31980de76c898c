package graph

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// Communities are found by Louvain modularity (gonum's community.Modularize,
// resolution 1, a fixed seed) on the co-signing graph of a window: its
// organizations, joined by how many letters of the window each pair
// signed together. The network (network.go) labels its nodes the same way,
// on its own edges, so the page shows the server's partition and never
// computes one of its own.

// maxEdges bounds the pairs one communities request clusters: the heaviest
// ones, ties by ids.
const maxEdges = 50000

// Communities finds clusters of organizations that co-sign together at least
// minShared times in a window, largest first, with the members that bridge
// clusters.
func (p *Projection) Communities(ctx context.Context, w Window, minShared, first int) ([]*Community, error) {
	s, err := p.current(ctx)
	if err != nil {
		return nil, fmt.Errorf("communities: %w", err)
	}
	all, err := cached(s, fmt.Sprintf("communities %d %d %d", w.From, w.To, minShared), func() ([]*Community, error) {
		edges := s.heaviestPairs(s.window(w), minShared, maxEdges)
		nodes := map[string]bool{}
		for _, e := range edges {
			nodes[e.a], nodes[e.b] = true, true
		}
		ids := sortedKeys(nodes)
		label := louvain(ids, edges)
		return groupCommunities(ids, edges, label, math.MaxInt), nil
	})
	return all[:min(first, len(all))], err
}

type edge struct {
	a, b string
	w    float64
}

// heaviestPairs returns the limit pairs of the window that share most
// letters (at least minShared), ties by ids, heaviest first.
func (s *coSigning) heaviestPairs(sp span, minShared, limit int) []edge {
	// Organizations by their place in id order, so ties compare numbers.
	type pair struct{ a, b, w int32 }
	top := topK[pair]{k: limit, better: func(x, y pair) bool {
		if x.w != y.w {
			return x.w > y.w
		}
		if x.a != y.a {
			return x.a < y.a
		}
		return x.b < y.b
	}}
	need := func() int {
		if top.full() {
			return int(top.worst().w)
		}
		return minShared
	}
	s.visitPairs(sp, need, func(scratch *walkScratch, u, v int32) {
		a, b := s.idRank[u], s.idRank[v]
		top.offer(pair{min(a, b), max(a, b), scratch.shared[v]})
	})
	byID := make([]int32, len(s.orgIDs))
	for o, r := range s.idRank {
		byID[r] = int32(o)
	}
	kept := top.sorted()
	out := make([]edge, len(kept))
	for i, p := range kept {
		out[i] = edge{s.orgIDs[byID[p.a]], s.orgIDs[byID[p.b]], float64(p.w)}
	}
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

// louvain assigns each id a community by gonum's Louvain modularity on the
// edges, the same partition for the same input: nodes are numbered in the
// order of ids, neighbours are listed in order, and the shuffles use a
// fixed seed. Communities are numbered 1.. by size, ties by their first
// member in ids.
func louvain(ids []string, edges []edge) map[string]int {
	g := newUndirectedGraph(ids, edges)
	out := make(map[string]int, len(ids))
	if len(ids) == 0 {
		return out
	}
	reduced := community.Modularize(g, 1, rand.NewPCG(1, 2))
	groups := reduced.Communities()
	members := make([][]int, 0, len(groups))
	for _, c := range groups {
		m := make([]int, len(c))
		for i, n := range c {
			m[i] = int(n.ID())
		}
		slices.Sort(m)
		members = append(members, m)
	}
	sort.Slice(members, func(i, j int) bool {
		if len(members[i]) != len(members[j]) {
			return len(members[i]) > len(members[j])
		}
		return members[i][0] < members[j][0]
	})
	for label, m := range members {
		for _, n := range m {
			out[ids[n]] = label + 1
		}
	}
	return out
}

// undirectedGraph is a weighted undirected graph on nodes 0..n-1 that lists
// neighbours in order, so gonum's algorithms see it the same way each time
// (its own graphs list them from maps, in random order).
type undirectedGraph struct {
	to     [][]int64
	weight [][]float64
}

var _ gonum.WeightedUndirected = (*undirectedGraph)(nil)

func newUndirectedGraph(ids []string, edges []edge) *undirectedGraph {
	index := make(map[string]int64, len(ids))
	for i, id := range ids {
		index[id] = int64(i)
	}
	g := &undirectedGraph{to: make([][]int64, len(ids)), weight: make([][]float64, len(ids))}
	type half struct {
		to int64
		w  float64
	}
	adj := make([][]half, len(ids))
	for _, e := range edges {
		a, okA := index[e.a]
		b, okB := index[e.b]
		if !okA || !okB || a == b {
			continue
		}
		adj[a] = append(adj[a], half{b, e.w})
		adj[b] = append(adj[b], half{a, e.w})
	}
	for i, hs := range adj {
		slices.SortFunc(hs, func(x, y half) int { return int(x.to - y.to) })
		for _, h := range hs {
			g.to[i] = append(g.to[i], h.to)
			g.weight[i] = append(g.weight[i], h.w)
		}
	}
	return g
}

func (g *undirectedGraph) has(id int64) bool { return id >= 0 && id < int64(len(g.to)) }

func (g *undirectedGraph) Node(id int64) gonum.Node {
	if !g.has(id) {
		return nil
	}
	return simple.Node(id)
}

func (g *undirectedGraph) Nodes() gonum.Nodes {
	return iterator.NewImplicitNodes(0, len(g.to), func(id int) gonum.Node { return simple.Node(id) })
}

func (g *undirectedGraph) From(id int64) gonum.Nodes {
	if !g.has(id) || len(g.to[id]) == 0 {
		return gonum.Empty
	}
	nodes := make([]gonum.Node, len(g.to[id]))
	for i, v := range g.to[id] {
		nodes[i] = simple.Node(v)
	}
	return iterator.NewOrderedNodes(nodes)
}

func (g *undirectedGraph) Weight(xid, yid int64) (float64, bool) {
	if !g.has(xid) || !g.has(yid) {
		return 0, false
	}
	if xid == yid {
		return 0, true
	}
	if i, ok := slices.BinarySearch(g.to[xid], yid); ok {
		return g.weight[xid][i], true
	}
	return 0, false
}

func (g *undirectedGraph) HasEdgeBetween(xid, yid int64) bool {
	_, ok := g.Weight(xid, yid)
	return ok && xid != yid
}

func (g *undirectedGraph) WeightedEdgeBetween(xid, yid int64) gonum.WeightedEdge {
	w, ok := g.Weight(xid, yid)
	if !ok || xid == yid {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(xid), T: simple.Node(yid), W: w}
}

func (g *undirectedGraph) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	return g.WeightedEdgeBetween(uid, vid)
}

func (g *undirectedGraph) Edge(uid, vid int64) gonum.Edge {
	if e := g.WeightedEdgeBetween(uid, vid); e != nil {
		return e
	}
	return nil
}

func (g *undirectedGraph) EdgeBetween(xid, yid int64) gonum.Edge { return g.Edge(xid, yid) }

// groupCommunities lists communities of two or more members, busiest
// members first, and finds each one's bridges: members with co-signing
// ties into other communities, most ties first, ten at most.
func groupCommunities(ids []string, edges []edge, label map[string]int, first int) []*Community {
	strength := map[string]float64{}
	others := map[string]map[int]bool{}
	ties := map[string]int{}
	for _, e := range edges {
		strength[e.a] += e.w
		strength[e.b] += e.w
		if la, lb := label[e.a], label[e.b]; la != lb {
			for _, end := range [][2]any{{e.a, lb}, {e.b, la}} {
				id, l := end[0].(string), end[1].(int)
				if others[id] == nil {
					others[id] = map[int]bool{}
				}
				others[id][l] = true
				ties[id]++
			}
		}
	}
	byLabel := map[int]*Community{}
	for _, id := range ids {
		l := label[id]
		c := byLabel[l]
		if c == nil {
			c = &Community{ID: l}
			byLabel[l] = c
		}
		c.Members = append(c.Members, id)
		if ties[id] > 0 {
			c.Bridges = append(c.Bridges, Bridge{OrganizationID: id, Communities: len(others[id]), Ties: ties[id]})
		}
	}
	var out []*Community
	for _, c := range byLabel {
		if len(c.Members) < 2 {
			continue
		}
		sort.Slice(c.Members, func(i, j int) bool {
			a, b := c.Members[i], c.Members[j]
			if strength[a] != strength[b] {
				return strength[a] > strength[b]
			}
			return a < b
		})
		sort.Slice(c.Bridges, func(i, j int) bool {
			a, b := c.Bridges[i], c.Bridges[j]
			if a.Ties != b.Ties {
				return a.Ties > b.Ties
			}
			return strings.Compare(a.OrganizationID, b.OrganizationID) < 0
		})
		if len(c.Bridges) > 10 {
			c.Bridges = c.Bridges[:10]
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	if len(out) > first {
		out = out[:first]
	}
	return out
}
