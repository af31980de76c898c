package graph

import (
	"context"
	"fmt"
)

// The review of duplicates works on the whole graph at once: who signed
// which letter, when, with which title, and the names and aliases of every
// organization and person. ReviewGraph reads it in three queries; the
// candidate finder (in the loader) and the evidence shown beside each pair
// are computed from it in memory.

// ReviewGraph is the signing graph as the duplicate review needs it.
type ReviewGraph struct {
	Letters  []ReviewLetter
	Entities map[string]*ReviewEntity // by id, organizations and people
	// Apart holds the pairs decided different, as [2]string{a, b} with a < b.
	Apart map[[2]string]bool
}

// ReviewLetter is one letter's signatures, by id.
type ReviewLetter struct {
	ID            string
	Date          string
	Title         string
	Organizations []string // every organization that signed it
	Signers       []ReviewSigner
}

// ReviewSigner is one person's signature: with a title, for an organization.
type ReviewSigner struct {
	PersonID       string
	Title          string
	OrganizationID string
}

// ReviewEntity is an organization or person, with its names.
type ReviewEntity struct {
	ID        string
	Kind      string
	Name      string
	Honorific string
	Aliases   []string
}

const (
	reviewLettersCypher = `
MATCH (l:Letter)
RETURN l.id AS id, coalesce(l.date, '') AS date, coalesce(l.title, '') AS title,
       COLLECT { MATCH (o:Organization)-[:SIGNED]->(l) RETURN DISTINCT o.id } AS organizations,
       COLLECT { MATCH (p:Person)-[s:SIGNED]->(l) RETURN [p.id, coalesce(s.title, ''), coalesce(s.organizationId, '')] } AS signers`

	reviewEntitiesCypher = `
MATCH (o:Organization) WHERE EXISTS { (o)-[:SIGNED]->() }
RETURN 'organization' AS kind, o.id AS id, o.name AS name, '' AS honorific, coalesce(o.aliases, []) AS aliases
UNION ALL
MATCH (p:Person) WHERE EXISTS { (p)-[:SIGNED]->() }
RETURN 'person' AS kind, p.id AS id, p.name AS name, coalesce(p.honorific, '') AS honorific, coalesce(p.aliases, []) AS aliases`

	reviewApartCypher = `
MATCH (d:MergeDecision {status: 'different'})
RETURN d.keepId AS a, d.otherId AS b`

	// reviewStampCypher changes whenever what the review reads may have:
	// node counts come from Neo4j's count store, so it costs nothing.
	reviewStampCypher = `
RETURN COUNT { MATCH (:Letter) } AS letters, COUNT { MATCH (:Organization) } AS organizations,
       COUNT { MATCH (:Person) } AS people, COUNT { MATCH (:MergeDecision) } AS decisions,
       COUNT { MATCH (:Correction) } AS corrections`
)

// ReviewGraph reads the signing graph for the duplicate review.
func (s *Store) ReviewGraph(ctx context.Context) (*ReviewGraph, error) {
	g := &ReviewGraph{Entities: map[string]*ReviewEntity{}, Apart: map[[2]string]bool{}}
	recs, err := s.read(ctx, reviewLettersCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("read letters for review: %w", err)
	}
	err = eachRow(recs, "review letter", func(r *row) {
		l := ReviewLetter{ID: r.str("id"), Date: r.str("date"), Title: r.str("title"), Organizations: r.strs("organizations")}
		for _, x := range r.items("signers") {
			if t, ok := x.([]any); ok && len(t) == 3 {
				p, _ := t[0].(string)
				title, _ := t[1].(string)
				org, _ := t[2].(string)
				l.Signers = append(l.Signers, ReviewSigner{PersonID: p, Title: title, OrganizationID: org})
			}
		}
		g.Letters = append(g.Letters, l)
	})
	if err != nil {
		return nil, err
	}
	if recs, err = s.read(ctx, reviewEntitiesCypher, nil); err != nil {
		return nil, fmt.Errorf("read entities for review: %w", err)
	}
	err = eachRow(recs, "review entity", func(r *row) {
		e := &ReviewEntity{ID: r.str("id"), Kind: r.str("kind"), Name: r.str("name"), Honorific: r.str("honorific"), Aliases: r.strs("aliases")}
		g.Entities[e.ID] = e
	})
	if err != nil {
		return nil, err
	}
	if recs, err = s.read(ctx, reviewApartCypher, nil); err != nil {
		return nil, fmt.Errorf("read decisions for review: %w", err)
	}
	err = eachRow(recs, "decision", func(r *row) {
		a, b := r.str("a"), r.str("b")
		if a > b {
			a, b = b, a
		}
		g.Apart[[2]string{a, b}] = true
	})
	return g, err
}

// ReviewStamp returns a value that changes when letters, entities,
// decisions or corrections are added or removed, so the review can keep
// its candidates until then.
func (s *Store) ReviewStamp(ctx context.Context) (string, error) {
	recs, err := s.read(ctx, reviewStampCypher, nil)
	if err != nil {
		return "", fmt.Errorf("review stamp: %w", err)
	}
	var stamp string
	err = eachRow(recs, "review stamp", func(r *row) {
		stamp = fmt.Sprint(r.int("letters"), r.int("organizations"), r.int("people"), r.int("decisions"), r.int("corrections"))
	})
	return stamp, err
}

var findEntityCypher = map[string]string{
	KindOrganization: `
MATCH (n:Organization) WHERE toLower(n.name) = toLower($name) OR $name IN coalesce(n.aliases, [])
RETURN n.id AS id ORDER BY n.letterCount DESC, n.id LIMIT 1`,
	KindPerson: `
MATCH (n:Person) WHERE toLower(n.name) = toLower($name) OR $name IN coalesce(n.aliases, [])
RETURN n.id AS id ORDER BY n.id LIMIT 1`,
}

// FindEntityByName returns the id of the organization or person with this
// name or alias ("" when there is none): the busiest, if several.
func (s *Store) FindEntityByName(ctx context.Context, kind, name string) (string, error) {
	cypher, ok := findEntityCypher[kind]
	if !ok {
		return "", Errorf(EINVALID, "unknown kind %q", kind)
	}
	recs, err := s.read(ctx, cypher, map[string]any{"name": name})
	if err != nil {
		return "", fmt.Errorf("find %s by name: %w", kind, err)
	}
	var id string
	err = eachRow(recs, "entity", func(r *row) { id = r.str("id") })
	return id, err
}

const entitiesExistCypher = `
UNWIND $ids AS id
OPTIONAL MATCH (o:Organization {id: id})
OPTIONAL MATCH (p:Person {id: id})
WITH id WHERE o IS NOT NULL OR p IS NOT NULL
RETURN collect(id) AS ids`

// EntitiesExist reports which of the ids are organizations or people in
// the graph.
func (s *Store) EntitiesExist(ctx context.Context, ids []string) (map[string]bool, error) {
	recs, err := s.read(ctx, entitiesExistCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find entities: %w", err)
	}
	out := map[string]bool{}
	err = eachRow(recs, "entities", func(r *row) {
		for _, id := range r.strs("ids") {
			out[id] = true
		}
	})
	return out, err
}
