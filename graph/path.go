package graph

import (
	"context"
	"fmt"
	"strconv"
)

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
