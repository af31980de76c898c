package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Co-signing edges among a set of organizations, whole-time or in a window.
const (
	edgesAmongCypher = `
MATCH (a:Organization)-[r:CO_SIGNED]->(b:Organization)
USING INDEX a:Organization(id)
WHERE a.id IN $ids AND b.id IN $ids AND r.count >= $minShared
RETURN a.id AS a, b.id AS b, toFloat(r.count) AS w`

	edgesByKeyCypher = `
UNWIND $keys AS key
MATCH (a:Organization)-[r:CO_SIGNED {key: key}]->(b:Organization)
RETURN a.id AS a, b.id AS b, r.count AS shared`

	// All edges at or above a threshold, heaviest first, for communities.
	allEdgesCypher = `
MATCH (a:Organization)-[r:CO_SIGNED]->(b:Organization)
WHERE r.count >= $minShared
RETURN a.id AS a, b.id AS b, toFloat(r.count) AS w
ORDER BY r.count DESC LIMIT $limit`

	busiestCypher = `
MATCH (o:Organization)
WHERE o.letterCount > 0
  AND ($from IS NULL OR EXISTS { (o)-[:SIGNED]->(l:Letter) WHERE l.year >= $from AND l.year <= $to })
RETURN o.id AS id, o.name AS name, o.letterCount AS letterCount
ORDER BY o.letterCount DESC, o.id LIMIT $limit`

	neighborsCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:CO_SIGNED]-(p:Organization)
USING INDEX o:Organization(id)
WHERE r.count >= $minShared AND NOT p.id IN $ids
WITH p, sum(r.count) AS strength
RETURN p.id AS id ORDER BY strength DESC, id LIMIT $limit`

	neighborsWindowCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:CO_SIGNED_IN]-(p:Organization)
WHERE r.year >= $from AND r.year <= $to AND NOT p.id IN $ids
WITH o, p, sum(r.count) AS shared
WHERE shared >= $minShared
WITH p, sum(shared) AS strength
RETURN p.id AS id ORDER BY strength DESC, id LIMIT $limit`

	focusPeopleOrganizationsCypher = `
MATCH (:Person {id: $id})-[:HELD_ROLE|AFFILIATED_WITH]->(o:Organization)
RETURN collect(DISTINCT o.id) AS ids`
)

// maxEdges bounds what one network or community request reads.
const maxEdges = 50000

// NetworkQuery selects a co-signing subgraph.
type NetworkQuery struct {
	Window    Window
	MinShared int
	Focus     string // an organization or person id; "" for the busiest organizations
	Depth     int    // 1 or 2 hops of co-signing around Focus
	Limit     int    // at most this many organizations
}

// Network returns organizations as nodes (weighted by letters signed) and
// their co-signing as edges (weighted by shared letters), each node labelled
// with its community.
func (s *Store) Network(ctx context.Context, q NetworkQuery) (*Network, error) {
	ids, truncated, err := s.networkMembers(ctx, q)
	if err != nil {
		return nil, err
	}
	orgs, err := s.OrganizationsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	edges, err := s.edgesAmong(ctx, ids, q.Window, q.MinShared)
	if err != nil {
		return nil, err
	}
	n := &Network{Truncated: truncated}
	community := labelPropagation(ids, edges)
	for _, id := range ids {
		o := orgs[id]
		if o == nil {
			continue
		}
		n.Nodes = append(n.Nodes, NetworkNode{ID: id, Kind: KindOrganization, Label: o.Name, Weight: float64(o.LetterCount), Community: community[id]})
	}
	for _, e := range edges {
		n.Edges = append(n.Edges, NetworkEdge{ID: e.a + "|" + e.b, Source: e.a, Target: e.b, Weight: e.w, Kind: "CO_SIGNED"})
	}
	return n, nil
}

// networkMembers picks the organizations of a network: around the focus, or
// the busiest ones; truncated says whether the limit cut some off.
func (s *Store) networkMembers(ctx context.Context, q NetworkQuery) ([]string, bool, error) {
	if q.Focus == "" {
		params := map[string]any{"limit": q.Limit + 1, "from": nil, "to": nil}
		if !q.Window.Open() {
			params["from"], params["to"] = q.Window.bounds()
		}
		recs, err := s.read(ctx, busiestCypher, params)
		if err != nil {
			return nil, false, fmt.Errorf("network: %w", err)
		}
		var ids []string
		if err := eachRow(recs, "organization", func(r *row) { ids = append(ids, r.str("id")) }); err != nil {
			return nil, false, err
		}
		if len(ids) > q.Limit {
			return ids[:q.Limit], true, nil
		}
		return ids, false, nil
	}
	seeds, err := s.focusSeeds(ctx, q.Focus)
	if err != nil {
		return nil, false, err
	}
	ids := append([]string(nil), seeds...)
	truncated := false
	for hop := 0; hop < q.Depth && len(ids) < q.Limit; hop++ {
		room := q.Limit - len(ids)
		next, err := s.neighbors(ctx, ids, q.Window, q.MinShared, room+1)
		if err != nil {
			return nil, false, err
		}
		if len(next) > room {
			next, truncated = next[:room], true
		}
		ids = append(ids, next...)
	}
	return ids, truncated, nil
}

// focusSeeds resolves a focus id to organizations: itself, or a person's.
func (s *Store) focusSeeds(ctx context.Context, focus string) ([]string, error) {
	if strings.HasPrefix(focus, KindPerson+":") {
		recs, err := s.read(ctx, focusPeopleOrganizationsCypher, map[string]any{"id": focus})
		if err != nil {
			return nil, fmt.Errorf("network focus: %w", err)
		}
		var ids []string
		if err := eachRow(recs, "focus", func(r *row) { ids = r.strs("ids") }); err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			if _, err := s.FindPersonByID(ctx, focus); err != nil {
				return nil, err
			}
		}
		return ids, nil
	}
	if _, err := s.FindOrganizationByID(ctx, focus); err != nil {
		return nil, err
	}
	return []string{focus}, nil
}

func (s *Store) neighbors(ctx context.Context, ids []string, w Window, minShared, limit int) ([]string, error) {
	cypher := neighborsCypher
	params := map[string]any{"ids": ids, "minShared": minShared, "limit": limit}
	if !w.Open() {
		cypher = neighborsWindowCypher
		params["from"], params["to"] = w.bounds()
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("network neighbors: %w", err)
	}
	var out []string
	err = eachRow(recs, "neighbor", func(r *row) { out = append(out, r.str("id")) })
	return out, err
}

type edge struct {
	a, b string
	w    float64
}

func (s *Store) edgesAmong(ctx context.Context, ids []string, w Window, minShared int) ([]edge, error) {
	if len(ids)*(len(ids)-1)/2 <= maxKeyedPairs {
		return s.edgesAmongByKey(ctx, ids, w, minShared)
	}
	if !w.Open() {
		return s.windowEdges(ctx, w, ids, minShared, len(ids)*(len(ids)-1)/2)
	}
	return s.edges(ctx, edgesAmongCypher, map[string]any{"ids": ids, "minShared": minShared})
}

// maxKeyedPairs bounds the pairs edgesAmong looks up by key; a larger
// network matches its edges from the organizations (whole-time) or counts
// them from the window's letters (windowEdges).
const maxKeyedPairs = 5000

// edgesAmongByKey looks every pair of the organizations up by its key (per
// year in a window): matching edges between two sets of busy organizations
// expands each pair's relationships, tens of thousands per organization at
// 10,000 letters.
func (s *Store) edgesAmongByKey(ctx context.Context, ids []string, w Window, minShared int) ([]edge, error) {
	sorted := append([]string(nil), ids...)
	sort.Strings(sorted)
	var found []*Pair
	var err error
	if w.Open() {
		found, err = s.wholePairsAmong(ctx, sorted)
	} else {
		found, err = s.yearPairsAmong(ctx, sorted, w)
	}
	if err != nil {
		return nil, err
	}
	var out []edge
	for _, p := range found {
		if p.Shared >= minShared {
			out = append(out, edge{p.A, p.B, float64(p.Shared)})
		}
	}
	return out, nil
}

// wholePairsAmong returns the whole-time pairs of every two of the sorted ids.
func (s *Store) wholePairsAmong(ctx context.Context, sorted []string) ([]*Pair, error) {
	var keys []any
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			keys = append(keys, pairKey(sorted[i], sorted[j], 0))
		}
	}
	var found []*Pair
	for _, chunk := range chunks(keys) {
		recs, err := s.read(ctx, edgesByKeyCypher, map[string]any{"keys": chunk})
		if err != nil {
			return nil, fmt.Errorf("co-signing edges: %w", err)
		}
		err = eachRow(recs, "edge", func(r *row) { found = append(found, &Pair{A: r.str("a"), B: r.str("b"), Shared: r.int("shared")}) })
		if err != nil {
			return nil, err
		}
	}
	return found, nil
}

// yearPairsAmong sums the per-year pairs of every two of the sorted ids over
// the window's years.
func (s *Store) yearPairsAmong(ctx context.Context, sorted []string, w Window) ([]*Pair, error) {
	from, to := w.bounds()
	years, err := s.windowYears(ctx, from, to)
	if err != nil {
		return nil, err
	}
	var keys []yearPair
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			for _, y := range years {
				keys = append(keys, yearPair{sorted[i], sorted[j], y})
			}
		}
	}
	return s.yearPairs(ctx, keys)
}

func (s *Store) edges(ctx context.Context, cypher string, params map[string]any) ([]edge, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("co-signing edges: %w", err)
	}
	out := make([]edge, 0, len(recs))
	err = eachRow(recs, "edge", func(r *row) { out = append(out, edge{r.str("a"), r.str("b"), r.float("w")}) })
	return out, err
}

// Communities finds clusters of organizations that co-sign together at least
// minShared times, largest first, with the members that bridge clusters.
func (s *Store) Communities(ctx context.Context, w Window, minShared, first int) ([]*Community, error) {
	var edges []edge
	var err error
	if w.Open() {
		edges, err = s.edges(ctx, allEdgesCypher, map[string]any{"minShared": minShared, "limit": maxEdges})
	} else {
		edges, err = s.windowEdges(ctx, w, nil, minShared, maxEdges)
	}
	if err != nil {
		return nil, err
	}
	nodes := map[string]bool{}
	for _, e := range edges {
		nodes[e.a], nodes[e.b] = true, true
	}
	ids := sortedKeys(nodes)
	label := labelPropagation(ids, edges)
	return groupCommunities(ids, edges, label, first), nil
}

// labelPropagation assigns each node a community: repeatedly, each node takes
// the label with the most edge weight among its neighbors. Nodes are visited
// in a fixed order and ties go to the smallest label, so the answer is
// deterministic. Labels are renumbered 1.. by community size.
func labelPropagation(ids []string, edges []edge) map[string]int {
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	adj := make([][]struct {
		to int
		w  float64
	}, len(ids))
	for _, e := range edges {
		a, okA := index[e.a]
		b, okB := index[e.b]
		if !okA || !okB {
			continue
		}
		adj[a] = append(adj[a], struct {
			to int
			w  float64
		}{b, e.w})
		adj[b] = append(adj[b], struct {
			to int
			w  float64
		}{a, e.w})
	}
	label := make([]int, len(ids))
	for i := range label {
		label[i] = i
	}
	for round := 0; round < 20; round++ {
		changed := false
		for i := range ids {
			if len(adj[i]) == 0 {
				continue
			}
			score := map[int]float64{}
			for _, n := range adj[i] {
				score[label[n.to]] += n.w
			}
			best, bestScore := label[i], score[label[i]]
			for l, sc := range score {
				if sc > bestScore || (sc == bestScore && l < best) {
					best, bestScore = l, sc
				}
			}
			if best != label[i] {
				label[i], changed = best, true
			}
		}
		if !changed {
			break
		}
	}
	// Renumber: biggest community is 1; ties by smallest member index.
	size := map[int]int{}
	for _, l := range label {
		size[l]++
	}
	labels := make([]int, 0, len(size))
	for l := range size {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool {
		if size[labels[i]] != size[labels[j]] {
			return size[labels[i]] > size[labels[j]]
		}
		return labels[i] < labels[j]
	})
	number := make(map[int]int, len(labels))
	for i, l := range labels {
		number[l] = i + 1
	}
	out := make(map[string]int, len(ids))
	for i, id := range ids {
		out[id] = number[label[i]]
	}
	return out
}

// groupCommunities lists communities of two or more members, busiest
// members first, and finds each one's bridges.
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
			return a.OrganizationID < b.OrganizationID
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

// MaxPathHops bounds path searches.
const MaxPathHops = 10

// pathCypher[n] finds a shortest path of at most n hops through signatures,
// roles and affiliations. Variable-length bounds cannot be parameters, so
// there is one constant query per bound.
var pathCypher = func() []string {
	const start = `
CALL () {
  MATCH (a:Organization {id: $from}) RETURN a
  UNION MATCH (a:Person {id: $from}) RETURN a
  UNION MATCH (a:Letter {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Organization {id: $to}) RETURN b
  UNION MATCH (b:Person {id: $to}) RETURN b
  UNION MATCH (b:Letter {id: $to}) RETURN b
}
MATCH p = shortestPath((a)-[:SIGNED|HELD_ROLE|AFFILIATED_WITH*..`
	const end = `]-(b))
RETURN [n IN nodes(p) | {id: n.id, label: coalesce(n.name, n.title, n.date, n.id), weight: toFloat(coalesce(n.letterCount, n.signatureCount, 1)),
         kind: CASE WHEN n:Organization THEN 'organization' WHEN n:Person THEN 'person' ELSE 'letter' END}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, kind: type(r)}] AS edges
LIMIT 1`
	out := make([]string, MaxPathHops+1)
	for n := 1; n <= MaxPathHops; n++ {
		out[n] = start + strconv.Itoa(n) + end
	}
	return out
}()

// FindPath returns a shortest connection of at most maxHops between two
// organizations, people or letters; nil when there is none.
func (s *Store) FindPath(ctx context.Context, from, to string, maxHops int) (*Path, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, Errorf(EINVALID, "maxHops must be between 1 and %d", MaxPathHops)
	}
	if from == to {
		return nil, Errorf(EINVALID, "from and to are the same")
	}
	recs, err := s.read(ctx, pathCypher[maxHops], map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, fmt.Errorf("path: %w", err)
	}
	var p *Path
	err = eachRow(recs, "path", func(r *row) {
		p = &Path{}
		for _, n := range r.list("nodes") {
			p.Nodes = append(p.Nodes, NetworkNode{ID: n.str("id"), Kind: n.str("kind"), Label: n.str("label"), Weight: n.float("weight")})
		}
		for i, e := range r.list("edges") {
			p.Edges = append(p.Edges, NetworkEdge{ID: strconv.Itoa(i), Source: e.str("source"), Target: e.str("target"), Weight: 1, Kind: e.str("kind")})
		}
	})
	return p, err
}

const searchCypher = `
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first})
YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.title, node.id) AS name, score,
       CASE WHEN node:Organization THEN 'organization' WHEN node:Person THEN 'person' ELSE 'letter' END AS kind,
       CASE WHEN node:Organization THEN reduce(t = '', a IN coalesce(node.aliases, []) | t + CASE t WHEN '' THEN '' ELSE ', ' END + a)
            WHEN node:Letter THEN node.date
            ELSE node.honorific END AS detail
ORDER BY score DESC, name`

// Search finds organizations, people and letters whose names, aliases or
// titles contain words starting with the words of text, best first.
func (s *Store) Search(ctx context.Context, text string, first int) ([]*SearchHit, error) {
	query := luceneQuery(text)
	if query == "" {
		return nil, nil
	}
	recs, err := s.read(ctx, searchCypher, map[string]any{"query": query, "first": first})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var out []*SearchHit
	err = eachRow(recs, "search hit", func(r *row) {
		out = append(out, &SearchHit{ID: r.str("id"), Name: r.str("name"), Kind: r.str("kind"), Detail: r.str("detail"), Score: r.float("score")})
	})
	return out, err
}

// luceneQuery turns user text into a Lucene query that cannot be malformed:
// only letters and digits survive, and every word must match as a word or a
// word prefix ("glob" finds "Global").
func luceneQuery(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 8 {
		words = words[:8]
	}
	parts := make([]string, 0, len(words))
	for _, w := range words {
		if lucenReserved[w] {
			continue
		}
		parts = append(parts, "("+w+" OR "+w+"*)")
	}
	return strings.Join(parts, " AND ")
}

// Lucene treats these words as operators even in lower case in some parsers.
var lucenReserved = map[string]bool{"and": true, "or": true, "not": true, "to": true}
