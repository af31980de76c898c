//go:build integration

package resolvers_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/resolvers"
)

// The API tests run over HTTP against the real Neo4j loaded with the sample
// corpus in data/letters. Expected answers are worked out by hand from the
// answer files in loader/testdata (see each test).

var (
	setupOnce sync.Once
	api       *apiServer
)

type apiServer struct {
	store *graph.Store
	url   string
}

func mustAPI(t *testing.T) *apiServer {
	t.Helper()
	setupOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		uri := os.Getenv("NEO4J_TEST_URI")
		if uri == "" {
			uri = graph.DefaultURI
		}
		s, err := graph.Open(ctx, graph.Config{URI: uri})
		if err != nil {
			t.Fatalf("open store: %v", err)
		}
		if err := s.DeleteAll(ctx); err != nil {
			t.Fatalf("delete all: %v", err)
		}
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("migrate: %v", err)
		}
		sum, err := loader.Load(ctx, s, []string{"../data/letters"}, loader.LoadOptions{})
		if err != nil || len(sum.Failed) > 0 {
			t.Fatalf("load data/letters: %v %v", err, sum.Failed)
		}
		co := graph.NewProjection(s)
		if _, err := co.Refresh(ctx); err != nil {
			t.Fatalf("project co-signing: %v", err)
		}
		r := &resolvers.Resolver{Store: s, CoSigning: co, Import: func(ctx context.Context, source, text string) (*graph.Letter, bool, []byte, error) {
			return nil, false, nil, graph.Errorf(graph.EINVALID, "not in this test")
		}}
		log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
		srv := httptest.NewServer(resolvers.NewHandler(r, resolvers.DefaultLimits, mustEditors(t, "secret-token"), log))
		api = &apiServer{store: s, url: srv.URL}
	})
	if api == nil {
		t.Fatal("API setup failed")
	}
	return api
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (a *apiServer) post(t *testing.T, query string, vars map[string]any, out any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(a.url, "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	if out != nil {
		if len(r.Errors) > 0 {
			t.Fatalf("errors: %+v", r.Errors)
		}
		if err := json.Unmarshal(r.Data, out); err != nil {
			t.Fatalf("decode data: %v", err)
		}
	}
	return r
}

func errorCode(r gqlResponse) string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

var (
	councilID = loader.OrganizationID("The Council for Global Equality")
	adlID     = loader.OrganizationID("Anti-Defamation League")
	hrcID     = loader.OrganizationID("Human Rights Campaign")
	ncdID     = loader.OrganizationID("National Council on Disability")
)

// The seed letter is the Council's only letter; 15 other organizations sign
// it (GLAAD ... Robert F. Kennedy Human Rights; Metropolitan Community
// Churches is an affiliation, not a signer), so the Council has 15 partners,
// each with 1 shared letter and weight 1/15.
func TestAPI_Partners(t *testing.T) {
	a := mustAPI(t)
	var got struct {
		Partners []struct {
			Organization struct{ ID, Name string }
			Shared       int
			Jaccard      float64
			Weighted     float64
			FirstDate    string
		}
	}
	a.post(t, `query($id: ID!) { partners(organization: $id, first: 50) { organization { id name } shared jaccard weighted firstDate } }`,
		map[string]any{"id": councilID}, &got)
	if len(got.Partners) != 15 {
		t.Fatalf("partners = %d; want 15", len(got.Partners))
	}
	found := false
	for _, p := range got.Partners {
		if p.Shared != 1 || p.FirstDate != "2019-02-08" {
			t.Errorf("%s: shared=%d first=%s; want 1, 2019-02-08", p.Organization.Name, p.Shared, p.FirstDate)
		}
		if d := p.Weighted - 1.0/15; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: weighted=%v; want 1/15", p.Organization.Name, p.Weighted)
		}
		found = found || p.Organization.ID == adlID
	}
	if !found {
		t.Errorf("Anti-Defamation League is not among the Council's partners")
	}
}

// ADL and HRC are the only organizations that sign two letters together: the
// seed (2019) and the ADA Amendments Act letter (2008). Each signed exactly
// those two, so their Jaccard is 2/(2+2-2) = 1.
func TestAPI_Pairs(t *testing.T) {
	a := mustAPI(t)
	var got struct {
		Pairs []struct {
			A, B      struct{ ID string }
			Shared    int
			Jaccard   float64
			FirstDate string
			LastDate  string
		}
	}
	a.post(t, `{ pairs(minShared: 2) { a { id } b { id } shared jaccard firstDate lastDate } }`, nil, &got)
	if len(got.Pairs) != 1 {
		t.Fatalf("pairs with 2+ shared letters = %+v; want exactly ADL-HRC", got.Pairs)
	}
	p := got.Pairs[0]
	ids := map[string]bool{p.A.ID: true, p.B.ID: true}
	if !ids[adlID] || !ids[hrcID] || p.Shared != 2 || p.Jaccard != 1 || p.FirstDate != "2008-08-21" || p.LastDate != "2019-02-08" {
		t.Fatalf("pair = %+v; want ADL-HRC, 2 shared, jaccard 1, 2008-08-21..2019-02-08", p)
	}
	// In 2019 alone they share one letter.
	a.post(t, `{ pairs(from: 2019, to: 2019, minShared: 1, first: 100) { a { id } b { id } shared } }`, nil, &got)
	for _, p := range got.Pairs {
		if (p.A.ID == adlID || p.B.ID == adlID) && (p.A.ID == hrcID || p.B.ID == hrcID) {
			if p.Shared != 1 {
				t.Fatalf("ADL-HRC in 2019: shared %d; want 1", p.Shared)
			}
			return
		}
	}
	t.Fatalf("ADL-HRC missing from the 2019 pairs")
}

// Marca Bristo signs as NCD Chairperson in 1996 (053) and as past Chair in
// 2016 (061): two roles at one organization, earliest first.
func TestAPI_RoleHistory(t *testing.T) {
	a := mustAPI(t)
	var got struct {
		RoleHistory []struct {
			Title        string
			From, To     string
			Organization struct{ ID string }
			Letters      []struct{ Date string }
		}
	}
	a.post(t, `query($p: ID!) { roleHistory(person: $p) { title from to organization { id } letters { date } } }`,
		map[string]any{"p": loader.PersonID("Marca Bristo")}, &got)
	r := got.RoleHistory
	if len(r) != 2 {
		t.Fatalf("roles = %+v; want 2", r)
	}
	if r[0].Title != "Chairperson" || r[0].From != "1996-07-26" || r[0].Organization.ID != ncdID || len(r[0].Letters) != 1 {
		t.Errorf("first role = %+v; want Chairperson at NCD from 1996-07-26", r[0])
	}
	if r[1].Title != "past Chair" || r[1].To != "2016-09-13" || r[1].Organization.ID != ncdID {
		t.Errorf("second role = %+v; want past Chair at NCD in 2016-09-13", r[1])
	}
}

// The seed letter: 18 signatories, to Donald J. Trump, cc Mike Pompeo.
func TestAPI_Letter(t *testing.T) {
	a := mustAPI(t)
	var found struct {
		Search []struct{ ID, Kind, Name string }
	}
	a.post(t, `{ search(text: "global equality") { id kind name } }`, nil, &found)
	if len(found.Search) == 0 || found.Search[0].ID != councilID {
		t.Fatalf("search 'global equality' = %+v; want the Council first", found.Search)
	}
	var letters struct {
		Letters struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	a.post(t, `query($o: ID!) { letters(filter: {organization: $o}) { totalCount edges { node { id } } } }`, map[string]any{"o": councilID}, &letters)
	if letters.Letters.TotalCount != 1 {
		t.Fatalf("letters of the Council = %d; want 1", letters.Letters.TotalCount)
	}
	var got struct {
		Letter struct {
			Date        string
			Signatories []struct {
				Title        *string
				Line         int
				Person       *struct{ Name string }
				Organization *struct{ Name string }
			}
			Recipients []struct{ Name, Title string }
			Cc         []struct{ Name, Title string }
		}
	}
	a.post(t, `query($id: ID!) { letter(id: $id) { date signatories { title line person { name } organization { name } }
		recipients { name title } cc { name title } } }`, map[string]any{"id": letters.Letters.Edges[0].Node.ID}, &got)
	l := got.Letter
	if l.Date != "2019-02-08" || len(l.Signatories) != 18 {
		t.Fatalf("seed letter: date %s, %d signatories; want 2019-02-08, 18", l.Date, len(l.Signatories))
	}
	if s := l.Signatories[0]; s.Person == nil || s.Person.Name != "Mark Bromley" || s.Title == nil || *s.Title != "Council Chair" || s.Line == 0 {
		t.Errorf("first signatory = %+v; want Mark Bromley, Council Chair, with a line", s)
	}
	if len(l.Recipients) != 1 || l.Recipients[0].Name != "Donald J. Trump" || len(l.Cc) != 1 || l.Cc[0].Name != "Mike Pompeo" {
		t.Errorf("recipients %+v cc %+v; want Donald J. Trump, cc Mike Pompeo", l.Recipients, l.Cc)
	}
}

// A page of organizations with their letters and each letter's signatories
// (people and organizations) costs a fixed number of round trips: page +
// count, organizations' letters, letters, signatures (which bring their
// people and organizations) = 5, for 10 items as for 50.
func TestAPI_Batching(t *testing.T) {
	a := mustAPI(t)
	for _, n := range []int{10, 50} {
		if trips := a.organizationPageTrips(t, n); trips != 5 {
			t.Errorf("page of %d: round trips = %d; want 5", n, trips)
		}
	}
}

func (a *apiServer) organizationPageTrips(t *testing.T, n int) int64 {
	before := a.store.Queries()
	var got struct {
		Organizations struct {
			Edges []struct {
				Node struct {
					Letters []struct {
						Signatories []struct {
							Person       *struct{ Name string }
							Organization *struct{ Name string }
						}
					}
				}
			}
		}
	}
	a.post(t, `query($n: Int) { organizations(first: $n) { edges { node { name letters(first: 5) { title signatories { person { name } organization { name } } } } } } }`,
		map[string]any{"n": n}, &got)
	if len(got.Organizations.Edges) != n {
		t.Fatalf("organizations = %d; want %d", len(got.Organizations.Edges), n)
	}
	return a.store.Queries() - before
}

func TestAPI_Errors(t *testing.T) {
	a := mustAPI(t)
	cases := []struct {
		name, query, code string
	}{
		{"NotFound", `{ partners(organization: "org:nobody") { shared } }`, graph.ENOTFOUND},
		{"PageTooLarge", `{ organizations(first: 100000) { totalCount } }`, graph.EINVALID},
		{"BadWindow", `{ pairs(from: 2020, to: 2010) { shared } }`, graph.EINVALID},
		{"BadDate", `{ letters(filter: {since: "yesterday"}) { totalCount } }`, graph.EINVALID},
		{"NoEdges", `{ network(maxEdges: 0) { edgeCount } }`, graph.EINVALID},
		{"TooManyEdges", `{ network(maxEdges: 50001) { edgeCount } }`, graph.EINVALID},
		{"TooDeep", `{ organizations { edges { node { letters { signatories { organization { letters { signatories { person { letters { signatories { person { name } } } } } } } } } } } } }`, "DEPTH_LIMIT_EXCEEDED"},
		{"TooComplex", `{ a: organizations(first: 100) { edges { node { letters(first: 100) { signatories { person { name } } } } } }
			b: organizations(first: 100) { edges { node { letters(first: 100) { signatories { person { name } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"ImportOff", `mutation { importLetter(text: "x") { unchanged } }`, graph.EFORBIDDEN},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := a.post(t, c.query, nil, nil)
			if got := errorCode(r); got != c.code {
				t.Fatalf("code = %q (%+v); want %q", got, r.Errors, c.code)
			}
		})
	}
}

// Injection strings through every string argument: each is data, never
// Cypher or Lucene syntax; the graph is unchanged afterwards.
func TestAPI_Injection(t *testing.T) {
	a := mustAPI(t)
	before, err := a.store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{`' OR 1=1 //`, `"}) MATCH (n) DETACH DELETE n //`, `x\" RETURN 1`, `*:*`, `name:(a OR b)~ ^2 [a TO z]`, "\x00", `$id`, `{{`, "😀 \u202e"}
	queries := []string{
		`query($s: String!) { search(text: $s) { id } }`,
		`query($s: ID!) { organization(id: $s) { id } }`,
		`query($s: ID!) { person(id: $s) { id } }`,
		`query($s: ID!) { letter(id: $s) { id } }`,
		`query($s: String!) { organizations(filter: {name: $s}) { totalCount } }`,
		`query($s: String!) { people(filter: {name: $s}) { totalCount } }`,
		`query($s: String!) { letters(filter: {text: $s, organization: $s, person: $s, recipient: $s}) { totalCount } }`,
		`query($s: ID!) { partners(organization: $s) { shared } }`,
		`query($s: ID!) { roleHistory(person: $s) { title } }`,
		`query($s: ID!) { recipients(organizations: [$s]) { letters } }`,
		`query($s: ID!) { path(from: $s, to: $s) { length } }`,
		`query($s: ID!) { network(focus: $s) { truncated } }`,
		`query($s: String!) { organizations(after: $s) { totalCount } }`,
	}
	for _, q := range queries {
		for _, in := range inputs {
			r := a.post(t, q, map[string]any{"s": in}, nil)
			for _, e := range r.Errors {
				if strings.Contains(e.Message, "Neo") || strings.Contains(e.Message, "Cypher") || e.Extensions["code"] == graph.EINTERNAL {
					t.Errorf("%s with %q: internal error leaked or raised: %+v", q, in, e)
				}
			}
		}
	}
	after, err := a.store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range before.Nodes {
		if after.Nodes[k] != v {
			t.Errorf("%s nodes: %d after injection attempts; want %d", k, after.Nodes[k], v)
		}
	}
}

// Every question of the design answers in one request.
func TestAPI_Questions(t *testing.T) {
	a := mustAPI(t)
	var got struct {
		Stats struct {
			Letters, Organizations int
		}
		PartnersByYear []struct{ Year, Letters int }
		Recipients     []struct {
			Recipient struct{ Name string }
			Letters   int
		}
		Communities []struct {
			Size    int
			Bridges []struct{ Organization struct{ ID string } }
		}
		Network struct {
			Nodes []struct{ ID string }
			Edges []struct{ Source, Target string }
		}
		Path *struct {
			Length int
			Nodes  []struct{ ID, Kind string }
		}
		Organization struct {
			People []struct{ Title string }
		}
	}
	a.post(t, `query($c: ID!, $adl: ID!, $ncd: ID!) {
		stats { letters organizations }
		partnersByYear(organization: $adl) { year letters }
		recipients(organizations: [$c]) { recipient { name } letters }
		communities(minShared: 1) { size bridges { organization { id } } }
		network(focus: $adl, depth: 1, limit: 20) { nodes { id } edges { source target } }
		path(from: $c, to: $ncd, maxHops: 10) { length nodes { id kind } }
		organization(id: $ncd) { people(at: "2013-06-25") { title } }
	}`, map[string]any{"c": councilID, "adl": adlID, "ncd": ncdID}, &got)
	if got.Stats.Letters != 32 {
		t.Errorf("stats.letters = %d; want 32", got.Stats.Letters)
	}
	// ADL signs in 2008 (ADA letter) and 2019 (seed): one letter each year.
	if y := got.PartnersByYear; len(y) != 2 || y[0].Year != 2008 || y[1].Year != 2019 || y[0].Letters != 1 {
		t.Errorf("ADL partners by year = %+v; want 2008 and 2019, one letter each", y)
	}
	if r := got.Recipients; len(r) != 2 || r[0].Letters != 1 {
		t.Errorf("Council's recipients = %+v; want Donald J. Trump and Mike Pompeo (cc)", r)
	}
	if len(got.Communities) == 0 {
		t.Errorf("no communities")
	}
	if len(got.Network.Nodes) != 20 || len(got.Network.Edges) == 0 || got.Network.Nodes[0].ID != adlID {
		t.Errorf("network around ADL: %d nodes, %d edges, first %v; want 20 nodes with ADL first", len(got.Network.Nodes), len(got.Network.Edges), got.Network.Nodes)
	}
	// The Council and NCD never sign together, and no path links them.
	if got.Path != nil {
		t.Errorf("path Council→NCD = %+v; want none", got.Path)
	}
	if len(got.Organization.People) == 0 {
		t.Errorf("no NCD people on 2013-06-25; want the 15 members' roles that span it")
	}
}

func mustEditors(t *testing.T, spec string) resolvers.Editors {
	t.Helper()
	e, err := resolvers.ParseEditors(spec)
	if err != nil {
		t.Fatalf("editors: %v", err)
	}
	return e
}

// The network's edges within maxEdges, the cut said in the answer.
func TestAPI_NetworkEdges(t *testing.T) {
	a := mustAPI(t)
	type network struct {
		Nodes          []struct{ ID string }
		Edges          []struct{ Source, Target string }
		EdgeCount      int
		EdgesTruncated bool
	}
	var got struct{ All, Cut network }
	a.post(t, `{ all: network(limit: 50, maxEdges: 50000) { nodes { id } edges { source target } edgeCount edgesTruncated }
		cut: network(limit: 50, maxEdges: 40) { nodes { id } edges { source target } edgeCount edgesTruncated } }`, nil, &got)
	if all := got.All; all.EdgesTruncated || all.EdgeCount != len(all.Edges) || all.EdgeCount <= 40 {
		t.Fatalf("50 busiest, every edge: %d edges, count %d, truncated %v; want more than 40, all of them", len(all.Edges), all.EdgeCount, all.EdgesTruncated)
	}
	if cut := got.Cut; !cut.EdgesTruncated || cut.EdgeCount != got.All.EdgeCount || len(cut.Edges) != 40 || len(cut.Nodes) != len(got.All.Nodes) {
		t.Errorf("50 busiest, at most 40 edges: %d edges of %d, truncated %v, %d nodes; want 40 of %d, truncated, %d nodes",
			len(cut.Edges), cut.EdgeCount, cut.EdgesTruncated, len(cut.Nodes), got.All.EdgeCount, len(got.All.Nodes))
	}
}
