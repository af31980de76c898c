package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const organizationFields = `o.id AS id, o.name AS name, o.aliases AS aliases, o.letterCount AS letterCount`

const organizationsByIDCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN ` + organizationFields

// OrganizationsByID returns the organizations with the given ids, keyed by id;
// unknown ids are absent.
func (s *Store) OrganizationsByID(ctx context.Context, ids []string) (map[string]*Organization, error) {
	recs, err := s.read(ctx, organizationsByIDCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find organizations by id: %w", err)
	}
	out := make(map[string]*Organization, len(recs))
	err = eachRow(recs, "organization", func(r *row) {
		o := decodeOrganization(r)
		out[o.ID] = o
	})
	return out, err
}

func decodeOrganization(r *row) *Organization {
	return &Organization{ID: r.str("id"), Name: r.str("name"), Aliases: r.strs("aliases"), LetterCount: r.int("letterCount")}
}

const organizationNamesCypher = `
MATCH (o:Organization)
RETURN o.name AS name, coalesce(o.aliases, []) AS aliases`

// OrganizationNames lists every organization's name and aliases: what a
// parse of new letters takes as known organizations.
func (s *Store) OrganizationNames(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, organizationNamesCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("list organization names: %w", err)
	}
	out := make([]string, 0, len(recs))
	err = eachRow(recs, "organization name", func(r *row) {
		out = append(out, r.str("name"))
		out = append(out, r.strs("aliases")...)
	})
	return out, err
}

// onlyInLettersCypher finds the organizations every letter of which is
// among the given ones.
const onlyInLettersCypher = `
UNWIND $shas AS sha
MATCH (l:Letter {sha256: sha})<-[:SIGNED]-(o:Organization)
WITH o, count(DISTINCT l) AS among
WHERE COUNT { (o)-[:SIGNED]->(:Letter) } = among
RETURN o.name AS name`

// OrganizationNamesOutside lists the names and aliases of the organizations
// known apart from the given letters: every organization but those that
// only these letters name. A load takes them as known before it parses
// its letters, so that a load killed halfway and run again parses as a
// clean load does: what the killed load wrote of its own letters is not
// taken as known beforehand.
func (s *Store) OrganizationNamesOutside(ctx context.Context, shas []string) ([]string, error) {
	only := map[string]bool{}
	if len(shas) > 0 {
		recs, err := s.read(ctx, onlyInLettersCypher, map[string]any{"shas": shas})
		if err != nil {
			return nil, fmt.Errorf("list organizations of the letters being loaded: %w", err)
		}
		if err := eachRow(recs, "organization name", func(r *row) { only[r.str("name")] = true }); err != nil {
			return nil, err
		}
	}
	recs, err := s.read(ctx, organizationNamesCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("list organization names: %w", err)
	}
	out := make([]string, 0, len(recs))
	err = eachRow(recs, "organization name", func(r *row) {
		if name := r.str("name"); !only[name] {
			out = append(out, name)
			out = append(out, r.strs("aliases")...)
		}
	})
	return out, err
}

// FindOrganizationByID returns ENOTFOUND when there is no such organization.
func (s *Store) FindOrganizationByID(ctx context.Context, id string) (*Organization, error) {
	m, err := s.OrganizationsByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if o := m[id]; o != nil {
		return o, nil
	}
	return nil, Errorf(ENOTFOUND, "organization %q not found", id)
}

// OrganizationFilter narrows FindOrganizations.
type OrganizationFilter struct {
	Name       string // case-insensitive substring of the name or an alias
	MinLetters int
}

const (
	organizationsWhere = `
WHERE o.letterCount >= $minLetters
  AND ($name IS NULL OR toLower(o.name) CONTAINS $name OR any(a IN o.aliases WHERE toLower(a) CONTAINS $name))`
	findOrganizationsCypher = `
MATCH (o:Organization)` + organizationsWhere + `
RETURN ` + organizationFields + `
ORDER BY o.letterCount DESC, o.name, o.id
SKIP $offset LIMIT $first`
	countOrganizationsCypher = `
MATCH (o:Organization)` + organizationsWhere + `
RETURN count(o) AS n`
	countAllOrganizationsCypher = `MATCH (o:Organization) RETURN count(o) AS n`
)

// FindOrganizations returns a page of organizations, busiest first, and how
// many match in all.
func (s *Store) FindOrganizations(ctx context.Context, f OrganizationFilter, p Page) ([]*Organization, int, error) {
	params := map[string]any{"minLetters": f.MinLetters, "name": nullable(strings.ToLower(strings.TrimSpace(f.Name))),
		"offset": p.Offset, "first": p.First}
	recs, err := s.read(ctx, findOrganizationsCypher, params)
	if err != nil {
		return nil, 0, fmt.Errorf("find organizations: %w", err)
	}
	var out []*Organization
	if err := eachRow(recs, "organization", func(r *row) { out = append(out, decodeOrganization(r)) }); err != nil {
		return nil, 0, err
	}
	countCypher := countOrganizationsCypher
	if f == (OrganizationFilter{}) {
		countCypher = countAllOrganizationsCypher // answered from the count store
	}
	n, err := s.count(ctx, countCypher, params)
	if err != nil {
		return nil, 0, fmt.Errorf("count organizations: %w", err)
	}
	return out, n, nil
}

// count runs a query returning one row with column n.
func (s *Store) count(ctx context.Context, cypher string, params map[string]any) (int, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return 0, err
	}
	n := 0
	err = eachRow(recs, "count", func(r *row) { n = r.int("n") })
	return n, err
}

// An organization's newest letters come from the co-signing projection when
// the store uses one (UseProjection: serve does), where each organization's
// letters are kept in date order: a page of busy organizations with their
// latest letters reads a slice of an array. Without one, each
// organization's letters are picked on their own, a top-k per organization.
const organizationLettersCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)-[:SIGNED]->(l:Letter)
  RETURN l ORDER BY l.date DESC, l.id LIMIT $first
}
RETURN id, collect(l.id) AS letters`

// OrganizationLetters returns, for each organization id, the ids of up to
// first letters it signed, newest first (letters without a date before
// the others, as ORDER BY date DESC has them; ties by id): one query for
// any number of ids, none when the store uses a projection.
func (s *Store) OrganizationLetters(ctx context.Context, ids []string, first int) (map[string][]string, error) {
	if p := s.projection.Load(); p != nil {
		if snap := p.snap.Load(); snap != nil {
			return snap.newestLetters(ids, first), nil
		}
	}
	return s.idLists(ctx, organizationLettersCypher, ids, first, "organization letters")
}

func (s *Store) idLists(ctx context.Context, cypher string, ids []string, first int, what string) (map[string][]string, error) {
	recs, err := s.read(ctx, cypher, map[string]any{"ids": ids, "first": first})
	if err != nil {
		return nil, fmt.Errorf("find %s: %w", what, err)
	}
	out := make(map[string][]string, len(ids))
	err = eachRow(recs, what, func(r *row) { out[r.str("id")] = r.strs("letters") })
	return out, err
}

const organizationPeopleCypher = `
MATCH (o:Organization {id: $id})<-[h:HELD_ROLE]-(p:Person)
WHERE $at IS NULL OR (h.firstSeen <= $at AND h.lastSeen >= $at)
RETURN p.id AS person, o.id AS organization, h.title AS title, h.firstSeen AS from, h.lastSeen AS to, h.letters AS letters
ORDER BY coalesce(h.firstSeen, '9999'), p.name`

// OrganizationPeople returns the roles people held at an organization; with
// at (YYYY-MM-DD) only those whose first and last evidence span that date.
func (s *Store) OrganizationPeople(ctx context.Context, id, at string) ([]*Role, error) {
	recs, err := s.read(ctx, organizationPeopleCypher, map[string]any{"id": id, "at": nullable(at)})
	if err != nil {
		return nil, fmt.Errorf("find organization people: %w", err)
	}
	return decodeRoles(recs)
}

func decodeRoles(recs []*neo4j.Record) ([]*Role, error) {
	var out []*Role
	err := eachRow(recs, "role", func(r *row) {
		out = append(out, &Role{PersonID: r.str("person"), OrganizationID: r.str("organization"), Title: r.str("title"),
			From: r.str("from"), To: r.str("to"), LetterIDs: r.strs("letters")})
	})
	return out, err
}
