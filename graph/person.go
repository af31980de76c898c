package graph

import (
	"context"
	"fmt"
	"strings"
)

const personFields = `p.id AS id, p.name AS name, p.honorific AS honorific, coalesce(p.aliases, []) AS aliases`

const peopleByIDCypher = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN ` + personFields

// PeopleByID returns the people with the given ids, keyed by id.
func (s *Store) PeopleByID(ctx context.Context, ids []string) (map[string]*Person, error) {
	recs, err := s.read(ctx, peopleByIDCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find people by id: %w", err)
	}
	out := make(map[string]*Person, len(recs))
	err = eachRow(recs, "person", func(r *row) {
		p := decodePerson(r)
		out[p.ID] = p
	})
	return out, err
}

func decodePerson(r *row) *Person {
	return &Person{ID: r.str("id"), Name: r.str("name"), Honorific: r.str("honorific"), Aliases: r.strs("aliases")}
}

// FindPersonByID returns ENOTFOUND when there is no such person.
func (s *Store) FindPersonByID(ctx context.Context, id string) (*Person, error) {
	m, err := s.PeopleByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if p := m[id]; p != nil {
		return p, nil
	}
	return nil, Errorf(ENOTFOUND, "person %q not found", id)
}

// PersonFilter narrows FindPeople.
type PersonFilter struct {
	Name         string // case-insensitive substring
	Organization string // held a role at this organization id
}

const (
	peopleWhere = `
WHERE ($name IS NULL OR toLower(p.name) CONTAINS $name)
  AND ($organization IS NULL OR EXISTS { (p)-[:HELD_ROLE]->(:Organization {id: $organization}) })`
	findPeopleCypher = `
MATCH (p:Person)` + peopleWhere + `
RETURN ` + personFields + `
ORDER BY p.name, p.id
SKIP $offset LIMIT $first`
	countPeopleCypher = `
MATCH (p:Person)` + peopleWhere + `
RETURN count(p) AS n`
	countAllPeopleCypher = `MATCH (p:Person) RETURN count(p) AS n`
)

// FindPeople returns a page of people by name and how many match in all.
func (s *Store) FindPeople(ctx context.Context, f PersonFilter, p Page) ([]*Person, int, error) {
	params := map[string]any{"name": nullable(strings.ToLower(strings.TrimSpace(f.Name))),
		"organization": nullable(f.Organization), "offset": p.Offset, "first": p.First}
	recs, err := s.read(ctx, findPeopleCypher, params)
	if err != nil {
		return nil, 0, fmt.Errorf("find people: %w", err)
	}
	var out []*Person
	if err := eachRow(recs, "person", func(r *row) { out = append(out, decodePerson(r)) }); err != nil {
		return nil, 0, err
	}
	countCypher := countPeopleCypher
	if f == (PersonFilter{}) {
		countCypher = countAllPeopleCypher
	}
	n, err := s.count(ctx, countCypher, params)
	if err != nil {
		return nil, 0, fmt.Errorf("count people: %w", err)
	}
	return out, n, nil
}

const roleHistoryCypher = `
MATCH (p:Person {id: $id})-[h:HELD_ROLE]->(o:Organization)
RETURN p.id AS person, o.id AS organization, h.title AS title, h.firstSeen AS from, h.lastSeen AS to, h.letters AS letters
ORDER BY coalesce(h.firstSeen, '9999'), coalesce(h.lastSeen, '9999'), o.name, h.title`

// RoleHistory returns the titles a person held at organizations, earliest
// evidence first. It returns ENOTFOUND for an unknown person.
func (s *Store) RoleHistory(ctx context.Context, personID string) ([]*Role, error) {
	recs, err := s.read(ctx, roleHistoryCypher, map[string]any{"id": personID})
	if err != nil {
		return nil, fmt.Errorf("role history: %w", err)
	}
	roles, err := decodeRoles(recs)
	if err != nil || len(roles) > 0 {
		return roles, err
	}
	if _, err := s.FindPersonByID(ctx, personID); err != nil {
		return nil, err
	}
	return roles, nil
}

const rolesOfPeopleCypher = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HELD_ROLE]->(o:Organization)
RETURN p.id AS person, o.id AS organization, h.title AS title, h.firstSeen AS from, h.lastSeen AS to, h.letters AS letters
ORDER BY p.id, coalesce(h.firstSeen, '9999'), o.name`

// RolesOfPeople returns each person's roles, keyed by person id: one query
// for any number of people.
func (s *Store) RolesOfPeople(ctx context.Context, ids []string) (map[string][]*Role, error) {
	recs, err := s.read(ctx, rolesOfPeopleCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("roles of people: %w", err)
	}
	roles, err := decodeRoles(recs)
	if err != nil {
		return nil, err
	}
	out := map[string][]*Role{}
	for _, r := range roles {
		out[r.PersonID] = append(out[r.PersonID], r)
	}
	return out, nil
}

const personLettersCypher = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:SIGNED]->(l:Letter)
WITH id, l ORDER BY l.date DESC, l.id
WITH id, collect(l.id)[..$first] AS letters
RETURN id, letters`

// PersonLetters returns, for each person id, up to first letters they signed.
func (s *Store) PersonLetters(ctx context.Context, ids []string, first int) (map[string][]string, error) {
	return s.idLists(ctx, personLettersCypher, ids, first, "person letters")
}

const moversCypher = `
MATCH (p:Person)-[:HELD_ROLE]->(o:Organization)
WITH p, count(DISTINCT o) AS organizations
WHERE organizations > 1
WITH p, organizations ORDER BY organizations DESC, p.name LIMIT $first
MATCH (p)-[h:HELD_ROLE]->(o:Organization)
WITH p, organizations, h, o ORDER BY coalesce(h.firstSeen, '9999'), o.name
WITH p.id AS id, p.name AS name, organizations,
     collect({person: p.id, organization: o.id, title: h.title, from: h.firstSeen, to: h.lastSeen, letters: h.letters}) AS roles
RETURN id, organizations, roles
ORDER BY organizations DESC, name`

// Movers returns people who held roles at more than one organization.
func (s *Store) Movers(ctx context.Context, first int) ([]*Mover, error) {
	recs, err := s.read(ctx, moversCypher, map[string]any{"first": first})
	if err != nil {
		return nil, fmt.Errorf("movers: %w", err)
	}
	var out []*Mover
	err = eachRow(recs, "mover", func(r *row) {
		m := &Mover{PersonID: r.str("id")}
		for _, rr := range r.list("roles") {
			m.Roles = append(m.Roles, &Role{PersonID: rr.str("person"), OrganizationID: rr.str("organization"),
				Title: rr.str("title"), From: rr.str("from"), To: rr.str("to"), LetterIDs: rr.strs("letters")})
			if rr.err != nil && r.err == nil {
				r.err = rr.err
			}
		}
		out = append(out, m)
	})
	return out, err
}
