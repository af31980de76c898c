package main

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/coalition-graph/coalition/graph"
)

// Sizes of the representative queries.
const (
	pageSize      = 50 // organizations on the nested page, and in its network
	pageLetters   = 10 // letters per organization on the nested page
	listSize      = 20 // partners and pairs
	searchResults = 10
	// nestedLetters is what the resolvers' organization-letters loader asks
	// Neo4j for per organization before trimming (resolvers.maxNested).
	nestedLetters = 100
	// networkEdges is the network's default maxEdges (schema/query.graphqls).
	networkEdges = 2000
)

// backend is what the driver floor calls: the store, and the co-signing
// projection serve answers partners, pairs and networks from.
type backend struct {
	*graph.Store
	coSigning *graph.Projection
}

// Args are the arguments of the queries, picked from the loaded graph.
type Args struct {
	Organization string `json:"organization"` // the organization that signed most
	Person       string `json:"person"`       // a person with the most roles found
	Text         string `json:"text"`         // a word of the organization's name, to search
	From         int    `json:"from"`         // a window of years: the middle half
	To           int    `json:"to"`           // of the letters' dates
}

// A query is one representative API question, as GraphQL for each server
// and as its floor: the graph.Store calls the resolvers make for it.
type query struct {
	name string
	// ours is the GraphQL for `coalition serve` (schema/*.graphqls);
	// neo4jGraphQL asks the same of bench/neo4j-graphql/schema.graphql.
	ours, neo4jGraphQL string
	vars               func(Args) map[string]any
	floor              func(context.Context, *backend, Args) error
	// byName: run only when named in -queries, not in "all".
	byName bool
}

var queries = []query{
	{
		name:         "search",
		ours:         `query($text: String!) { search(text: $text, first: 10) { kind id name detail score } }`,
		neo4jGraphQL: `query($text: String!) { search(text: $text, first: 10) { kind id name detail score } }`,
		vars:         func(a Args) map[string]any { return map[string]any{"text": a.Text} },
		floor: func(ctx context.Context, s *backend, a Args) error {
			_, err := s.Search(ctx, a.Text, searchResults)
			return err
		},
	},
	{
		name: "partners",
		ours: `query($org: ID!) { partners(organization: $org, first: 20) {
			organization { id name } shared jaccard weighted firstDate lastDate } }`,
		neo4jGraphQL: `query($org: ID!) { partners(organization: $org, first: 20) {
			organization { id name } shared jaccard weighted firstDate lastDate } }`,
		vars: func(a Args) map[string]any { return map[string]any{"org": a.Organization} },
		floor: func(ctx context.Context, s *backend, a Args) error {
			partners, err := s.coSigning.Partners(ctx, a.Organization, graph.Window{}, 1, graph.OrderCount, listSize)
			if err != nil {
				return err
			}
			ids := make([]string, len(partners))
			for i, p := range partners {
				ids[i] = p.OrganizationID
			}
			return organizations(ctx, s, ids)
		},
	},
	{
		name: "pairs",
		ours: `query($from: Int!, $to: Int!) { pairs(from: $from, to: $to, minShared: 1, first: 20) {
			a { id name } b { id name } shared jaccard weighted firstDate lastDate } }`,
		neo4jGraphQL: `query($from: Int!, $to: Int!) { pairs(from: $from, to: $to, minShared: 1, first: 20) {
			a { id name } b { id name } shared jaccard weighted firstDate lastDate } }`,
		vars: func(a Args) map[string]any { return map[string]any{"from": a.From, "to": a.To} },
		floor: func(ctx context.Context, s *backend, a Args) error {
			pairs, err := s.coSigning.Pairs(ctx, graph.Window{From: a.From, To: a.To}, 1, listSize)
			if err != nil {
				return err
			}
			var ids []string
			for _, p := range pairs {
				ids = append(ids, p.A, p.B)
			}
			return organizations(ctx, s, ids)
		},
	},
	{
		name:         "roleHistory",
		ours:         `query($person: ID!) { roleHistory(person: $person) { organization { id name } title from to } }`,
		neo4jGraphQL: `query($person: ID!) { roleHistory(person: $person) { organization { id name } title from to } }`,
		vars:         func(a Args) map[string]any { return map[string]any{"person": a.Person} },
		floor: func(ctx context.Context, s *backend, a Args) error {
			roles, err := s.RoleHistory(ctx, a.Person)
			if err != nil {
				return err
			}
			ids := make([]string, len(roles))
			for i, r := range roles {
				ids[i] = r.OrganizationID
			}
			return organizations(ctx, s, ids)
		},
	},
	{
		name: "page",
		ours: `{ organizations(first: 50) { totalCount edges { node { id name letterCount
			letters(first: 10) { id date title
				signatories { position title person { id name } organization { id name } } } } } } }`,
		// Signatures are two relationship fields here: people (with the title
		// and organization on the edge) and organizations signing alone.
		neo4jGraphQL: `{ organizationsConnection(first: 50, where: {letterCount: {gte: 0}},
			sort: [{letterCount: DESC}, {name: ASC}, {id: ASC}]) { totalCount edges { node { id name letterCount
			letters(limit: 10, sort: [{date: DESC}, {id: ASC}]) { id date title
				signedByPeopleConnection(sort: [{edge: {position: ASC}}]) {
					edges { properties { position title organization organizationId } node { id name } } }
				signedByOrganizationsConnection(where: {edge: {via: {eq: null}}}, sort: [{edge: {position: ASC}}]) {
					edges { properties { position } node { id name } } } } } } } }`,
		vars:  func(Args) map[string]any { return nil },
		floor: pageFloor,
	},
	{
		name: "network",
		ours: `{ network(limit: 50) { truncated nodes { id kind label weight community }
			edges { id source target weight kind } } }`,
		neo4jGraphQL: `{ network(limit: 50) { truncated nodes { id kind label weight community }
			edges { id source target weight kind } } }`,
		vars: func(Args) map[string]any { return nil },
		floor: func(ctx context.Context, s *backend, _ Args) error {
			_, err := s.coSigning.Network(ctx, graph.NetworkQuery{MinShared: 1, Depth: 1, Limit: pageSize, MaxEdges: networkEdges})
			return err
		},
	},
	{
		// The explorer's first view: the 300 busiest organizations.
		name: "network300",
		ours: `{ network(limit: 300) { truncated nodes { id kind label weight community }
			edges { id source target weight kind } } }`,
		neo4jGraphQL: `{ network(limit: 300) { truncated nodes { id kind label weight community }
			edges { id source target weight kind } } }`,
		vars: func(Args) map[string]any { return nil },
		floor: func(ctx context.Context, s *backend, _ Args) error {
			_, err := s.coSigning.Network(ctx, graph.NetworkQuery{MinShared: 1, Depth: 1, Limit: 300, MaxEdges: networkEdges})
			return err
		},
	},
	{
		// The same with every edge among the 300 (up to 44,850), as the
		// network answered before it kept the strongest maxEdges.
		name: "network300all",
		ours: `{ network(limit: 300, maxEdges: 50000) { truncated nodes { id kind label weight community }
			edges { id source target weight kind } } }`,
		neo4jGraphQL: `{ network(limit: 300) { truncated nodes { id kind label weight community }
			edges { id source target weight kind } } }`,
		vars: func(Args) map[string]any { return nil },
		floor: func(ctx context.Context, s *backend, _ Args) error {
			_, err := s.coSigning.Network(ctx, graph.NetworkQuery{MinShared: 1, Depth: 1, Limit: 300})
			return err
		},
		byName: true,
	},
	{
		// Communities in the window of pairs, sharing at least two letters;
		// @neo4j/graphql has no Louvain (it would need Neo4j's GDS plugin),
		// so it sits this one out.
		name: "communities",
		ours: `query($from: Int!, $to: Int!) { communities(from: $from, to: $to, first: 20) { id size
			organizations(first: 5) { id name } bridges { organization { id name } communities ties } } }`,
		vars: func(a Args) map[string]any { return map[string]any{"from": a.From, "to": a.To} },
		floor: func(ctx context.Context, s *backend, a Args) error {
			comms, err := s.coSigning.Communities(ctx, graph.Window{From: a.From, To: a.To}, 2, listSize)
			if err != nil {
				return err
			}
			var ids []string
			for _, c := range comms {
				ids = append(ids, c.Members[:min(5, len(c.Members))]...)
				for _, b := range c.Bridges {
					ids = append(ids, b.OrganizationID)
				}
			}
			return organizations(ctx, s, ids)
		},
	},
}

// pageFloor makes the Store calls that resolvers.Organizations and its
// prefetch make for the nested page, one level after the other: the page and
// its count, the organizations' letters, the letters, their signatures, then
// the signatures' people and organizations (each list without repeats).
func pageFloor(ctx context.Context, s *backend, _ Args) error {
	orgs, _, err := s.FindOrganizations(ctx, graph.OrganizationFilter{}, graph.Page{First: pageSize})
	if err != nil || len(orgs) == 0 {
		return err
	}
	ids := make([]string, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	byOrg, err := s.OrganizationLetters(ctx, ids, nestedLetters)
	if err != nil {
		return err
	}
	var letterIDs []string
	for _, id := range ids {
		got := byOrg[id]
		letterIDs = append(letterIDs, got[:min(pageLetters, len(got))]...)
	}
	letterIDs = unique(letterIDs)
	if len(letterIDs) == 0 {
		return nil
	}
	if _, err := s.LettersByID(ctx, letterIDs); err != nil {
		return err
	}
	// Signatures come with their people and organizations.
	_, err = s.LetterSignatures(ctx, letterIDs)
	return err
}

// organizations is the one batched lookup the organization loader makes for
// a list's organization fields.
func organizations(ctx context.Context, s *backend, ids []string) error {
	if ids = unique(ids); len(ids) == 0 {
		return nil
	}
	_, err := s.OrganizationsByID(ctx, ids)
	return err
}

func unique(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// selectQueries returns the named queries in the order given ("" or "all":
// every one).
func selectQueries(names string) ([]query, error) {
	if names == "" || names == "all" {
		var out []query
		for _, q := range queries {
			if !q.byName {
				out = append(out, q)
			}
		}
		return out, nil
	}
	var out []query
	for _, name := range strings.Split(names, ",") {
		name = strings.TrimSpace(name)
		i := indexOf(name)
		if i < 0 {
			return nil, fmt.Errorf("unknown query %q (have %s)", name, queryNames())
		}
		out = append(out, queries[i])
	}
	return out, nil
}

func indexOf(name string) int {
	for i, q := range queries {
		if q.name == name {
			return i
		}
	}
	return -1
}

func queryNames() string {
	names := make([]string, len(queries))
	for i, q := range queries {
		names[i] = q.name
	}
	return strings.Join(names, ",")
}

// pickArgs reads the graph for arguments that make every query do real work
// on whatever corpus is loaded.
func pickArgs(ctx context.Context, s *backend) (Args, error) {
	var a Args
	orgs, _, err := s.FindOrganizations(ctx, graph.OrganizationFilter{MinLetters: 1}, graph.Page{First: 1})
	if err != nil {
		return a, fmt.Errorf("pick an organization: %w", err)
	}
	if len(orgs) == 0 {
		return a, fmt.Errorf("no organization has signed a letter in %s: load a corpus first (bin/coalition load PATH)", s.URI())
	}
	a.Organization, a.Text = orgs[0].ID, searchWord(orgs[0].Name)
	if a.Person, err = busyPerson(ctx, s.Store); err != nil {
		return a, err
	}
	st, err := s.coSigning.Stats(ctx)
	if err != nil {
		return a, fmt.Errorf("pick a window: %w", err)
	}
	a.From, a.To = middleYears(graph.Year(st.FirstDate), graph.Year(st.LastDate))
	return a, nil
}

// busyPerson returns someone seen at several organizations or, when nobody
// moved, the person with the most titles among the first hundred by name.
func busyPerson(ctx context.Context, s *graph.Store) (string, error) {
	movers, err := s.Movers(ctx, 1)
	if err != nil {
		return "", fmt.Errorf("pick a person: %w", err)
	}
	if len(movers) > 0 {
		return movers[0].PersonID, nil
	}
	people, _, err := s.FindPeople(ctx, graph.PersonFilter{}, graph.Page{First: 100})
	if err != nil {
		return "", fmt.Errorf("pick a person: %w", err)
	}
	ids := make([]string, len(people))
	for i, p := range people {
		ids[i] = p.ID
	}
	roles, err := s.RolesOfPeople(ctx, ids)
	if err != nil {
		return "", fmt.Errorf("pick a person: %w", err)
	}
	best := ""
	for _, id := range ids {
		if len(roles[id]) > len(roles[best]) {
			best = id
		}
	}
	if best == "" {
		return "", fmt.Errorf("no person holds a role in %s: roleHistory has nothing to show", s.URI())
	}
	return best, nil
}

// searchWord returns the longest word of a name (letters and digits), a
// selective search term.
func searchWord(name string) string {
	best := ""
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	return strings.ToLower(best)
}

// middleYears returns the middle half of the years first..last; all years
// when the letters carry no dates.
func middleYears(first, last int) (from, to int) {
	if first == 0 || last < first {
		return 1000, 9999
	}
	quarter := (last - first) / 4
	return first + quarter, last - quarter
}
