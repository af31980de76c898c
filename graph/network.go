package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// The network the explorer draws: organizations as nodes, co-signing as
// edges, each node labelled with its Louvain community (communities.go),
// all from the projection. Only a person's organizations (for a focus on a
// person) and organizations that never signed a letter come from Neo4j.

const focusPeopleOrganizationsCypher = `
MATCH (:Person {id: $id})-[:HELD_ROLE|AFFILIATED_WITH]->(o:Organization)
RETURN collect(DISTINCT o.id) AS ids`

// NetworkQuery selects a co-signing subgraph.
type NetworkQuery struct {
	Window    Window
	MinShared int
	Focus     string // an organization or person id; "" for the busiest organizations
	Depth     int    // 1 or 2 hops of co-signing around Focus
	Limit     int    // at most this many organizations
	// Members, when set, are the organizations of the network, as they are
	// (Focus, Depth and Limit are then not used): the page asks for the
	// organizations it draws, to have their communities from the server.
	Members []string
	// MaxEdges keeps at most this many edges, the strongest by
	// strongestEdges' rule; 0 keeps them all.
	MaxEdges int
}

// Network returns organizations as nodes (weighted by letters signed) and
// their co-signing in the window as edges (weighted by shared letters, at
// least MinShared), each node labelled with its community. Communities are
// found on all the edges, before MaxEdges keeps the strongest.
func (p *Projection) Network(ctx context.Context, q NetworkQuery) (*Network, error) {
	s, err := p.current(ctx)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	return cached(s, networkKey(q), func() (*Network, error) { return p.network(ctx, s, q) })
}

// networkKey names a network's answer in a snapshot's cache.
func networkKey(q NetworkQuery) string {
	key := fmt.Sprintf("network %d %d %d %q %d %d %d %q", q.Window.From, q.Window.To, q.MinShared, q.Focus, q.Depth, q.Limit, q.MaxEdges, strings.Join(q.Members, "\x00"))
	if q.Members != nil {
		key += " members"
	}
	return key
}

// network computes what Network answers, from snapshot s.
func (p *Projection) network(ctx context.Context, s *coSigning, q NetworkQuery) (*Network, error) {
	sp := s.window(q.Window)
	var ids []string
	truncated := false
	switch {
	case q.Members != nil:
		ids = uniqueStrings(q.Members)
	case q.Focus == "":
		ids, truncated = s.busiest(sp, q.Limit)
	default:
		seeds, err := p.focusSeeds(ctx, s, q.Focus)
		if err != nil {
			return nil, err
		}
		ids, truncated = s.around(seeds, sp, q.MinShared, q.Depth, q.Limit)
	}
	edges := s.edgesAmong(ids, sp, q.MinShared)
	community := louvain(ids, edges)
	n := &Network{Truncated: truncated, EdgeCount: len(edges)}
	if q.MaxEdges > 0 && len(edges) > q.MaxEdges {
		edges, n.EdgesTruncated = strongestEdges(edges, q.MaxEdges), true
	}
	var unknown []string
	for _, id := range ids {
		if _, ok := s.org(id); !ok {
			unknown = append(unknown, id)
		}
	}
	quiet := map[string]*Organization{}
	if len(unknown) > 0 {
		var err error
		if quiet, err = p.store.OrganizationsByID(ctx, unknown); err != nil {
			return nil, err
		}
	}
	for _, id := range ids {
		node := NetworkNode{ID: id, Kind: KindOrganization, Community: community[id]}
		if o, ok := s.org(id); ok {
			node.Label, node.Weight = s.orgNames[o], float64(s.orgOff[o+1]-s.orgOff[o])
		} else if o := quiet[id]; o != nil {
			node.Label, node.Weight = o.Name, float64(o.LetterCount)
		} else {
			continue
		}
		n.Nodes = append(n.Nodes, node)
	}
	for _, e := range edges {
		n.Edges = append(n.Edges, NetworkEdge{ID: e.a + "|" + e.b, Source: e.a, Target: e.b, Weight: e.w, Kind: "CO_SIGNED"})
	}
	return n, nil
}

func uniqueStrings(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// busiest returns the limit organizations that signed most letters in all,
// of those that signed in the window, ties by id; truncated says whether
// there were more.
func (s *coSigning) busiest(sp span, limit int) ([]string, bool) {
	var orgs []int32
	for o := range s.orgIDs {
		if s.letterCount(int32(o), sp) > 0 {
			orgs = append(orgs, int32(o))
		}
	}
	total := func(o int32) int32 { return s.orgOff[o+1] - s.orgOff[o] }
	slices.SortFunc(orgs, func(x, y int32) int {
		if tx, ty := total(x), total(y); tx != ty {
			return int(ty - tx)
		}
		return strings.Compare(s.orgIDs[x], s.orgIDs[y])
	})
	truncated := len(orgs) > limit
	orgs = orgs[:min(limit, len(orgs))]
	ids := make([]string, len(orgs))
	for i, o := range orgs {
		ids[i] = s.orgIDs[o]
	}
	return ids, truncated
}

// around grows the seeds by depth hops of co-signing in the window, each
// hop adding the organizations with most shared letters (summed over the
// pairs of at least minShared) with those already in, ties by id, up to
// limit organizations in all.
func (s *coSigning) around(seeds []string, sp span, minShared, depth, limit int) ([]string, bool) {
	ids := slices.Clone(seeds)
	in := map[string]bool{}
	for _, id := range ids {
		in[id] = true
	}
	truncated := false
	scratch := s.scratch0()
	defer s.release(scratch)
	for hop := 0; hop < depth && len(ids) < limit; hop++ {
		room := limit - len(ids)
		strength := map[int32]int{}
		for _, id := range ids {
			o, ok := s.org(id)
			if !ok {
				continue
			}
			s.walk(scratch, o, s.lettersOf(o, sp), func(v int32) bool { return !in[s.orgIDs[v]] })
			for _, v := range scratch.touched {
				if n := int(scratch.shared[v]); n >= minShared {
					strength[v] += n
				}
			}
			s.clear(scratch)
		}
		next := make([]int32, 0, len(strength))
		for v := range strength {
			next = append(next, v)
		}
		slices.SortFunc(next, func(x, y int32) int {
			if strength[x] != strength[y] {
				return strength[y] - strength[x]
			}
			return strings.Compare(s.orgIDs[x], s.orgIDs[y])
		})
		if len(next) > room {
			next, truncated = next[:room], true
		}
		for _, v := range next {
			ids = append(ids, s.orgIDs[v])
			in[s.orgIDs[v]] = true
		}
	}
	return ids, truncated
}

// edgesAmong returns the pairs of the organizations that signed at least
// minShared letters of the window together, weighted by those letters,
// ordered by ids. Each letter of the window is reduced to the organizations
// among ids that signed it, and only those letters' pairs are counted: the
// busiest 300 organizations at 100,000 letters sign a few hundred thousand
// letters between them, far fewer than their walks would cover.
func (s *coSigning) edgesAmong(ids []string, sp span, minShared int) []edge {
	var members []int32
	for _, id := range ids {
		if o, ok := s.org(id); ok {
			members = append(members, o)
		}
	}
	s.orgsByID(members) // member k < member j means id k < id j
	// Each letter's members, as a list threaded through next; head holds
	// the list's first entry plus one (0: no member signed the letter).
	head := make([]int32, len(s.letterIDs))
	var letters, member, next []int32
	for k, o := range members {
		for _, pos := range s.lettersOf(o, sp) {
			if head[pos] == 0 {
				letters = append(letters, pos)
			}
			member, next = append(member, int32(k)), append(next, head[pos]-1)
			head[pos] = int32(len(member))
		}
	}
	m := len(members)
	counts := map[int64]int32{}
	var dense []int32
	if m <= 1024 {
		dense = make([]int32, m*m)
	}
	var in []int32
	for _, pos := range letters {
		in = in[:0]
		for e := head[pos] - 1; e >= 0; e = next[e] {
			in = append(in, member[e])
		}
		for i, a := range in {
			for _, b := range in[i+1:] {
				x, y := min(a, b), max(a, b)
				if dense != nil {
					dense[int(x)*m+int(y)]++
				} else {
					counts[int64(x)*int64(m)+int64(y)]++
				}
			}
		}
	}
	var out []edge
	add := func(x, y, n int) {
		if n >= minShared && n > 0 {
			out = append(out, edge{s.orgIDs[members[x]], s.orgIDs[members[y]], float64(n)})
		}
	}
	if dense != nil {
		for x := range m {
			for y := x + 1; y < m; y++ {
				add(x, y, int(dense[x*m+y]))
			}
		}
	} else {
		keys := make([]int64, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			add(int(k/int64(m)), int(k%int64(m)), int(counts[k]))
		}
	}
	return out
}

// focusSeeds resolves a focus id to organizations: itself, or a person's.
func (p *Projection) focusSeeds(ctx context.Context, s *coSigning, focus string) ([]string, error) {
	if strings.HasPrefix(focus, KindPerson+":") {
		recs, err := p.store.read(ctx, focusPeopleOrganizationsCypher, map[string]any{"id": focus})
		if err != nil {
			return nil, fmt.Errorf("network focus: %w", err)
		}
		var ids []string
		if err := eachRow(recs, "focus", func(r *row) { ids = r.strs("ids") }); err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			if _, err := p.store.FindPersonByID(ctx, focus); err != nil {
				return nil, err
			}
		}
		slices.Sort(ids)
		return ids, nil
	}
	if _, ok := s.org(focus); !ok {
		if _, err := p.store.FindOrganizationByID(ctx, focus); err != nil {
			return nil, err
		}
	}
	return []string{focus}, nil
}

// strongestEdges keeps budget of the edges (ordered by ids, as edgesAmong
// gives them) and returns them in that order. An edge ranks at each end by
// its place among that organization's edges, heaviest first (ties by the
// other end's id), and counts at the better of its two ranks: every
// organization's strongest edge is kept first, then every one's second
// strongest, and so on; within a rank heavier edges first, then by ids. So
// a drawing keeps each organization's closest partners, not only the core
// where the busiest organizations all co-sign with one another.
func strongestEdges(edges []edge, budget int) []edge {
	byEnd := map[string][]int{}
	for i, e := range edges {
		byEnd[e.a] = append(byEnd[e.a], i)
		byEnd[e.b] = append(byEnd[e.b], i)
	}
	rank := make([]int, len(edges))
	for i := range rank {
		rank[i] = len(edges)
	}
	for id, list := range byEnd {
		other := func(i int) string {
			if edges[i].a == id {
				return edges[i].b
			}
			return edges[i].a
		}
		slices.SortFunc(list, func(x, y int) int {
			if c := cmp.Compare(edges[y].w, edges[x].w); c != 0 {
				return c
			}
			return strings.Compare(other(x), other(y))
		})
		for r, i := range list {
			rank[i] = min(rank[i], r)
		}
	}
	order := make([]int, len(edges))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		if rank[x] != rank[y] {
			return rank[x] - rank[y]
		}
		if c := cmp.Compare(edges[y].w, edges[x].w); c != 0 {
			return c
		}
		return x - y
	})
	order = order[:min(budget, len(order))]
	slices.Sort(order)
	out := make([]edge, len(order))
	for k, i := range order {
		out[k] = edges[i]
	}
	return out
}
