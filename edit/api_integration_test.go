//go:build integration

package edit_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers"
)

// The review loop's mutations over HTTP, as the page calls them: each with
// bad input gets a clear error and leaves the graph as it was.

type client struct {
	t     *testing.T
	url   string
	token string
}

func apiClient(t *testing.T) (*client, *graph.Store) {
	t.Helper()
	s, svc, p, _ := setupProjected(t)
	editors, err := resolvers.ParseEditors("alice=alice-token-1,bob=bob-token-22")
	if err != nil {
		t.Fatal(err)
	}
	r := &resolvers.Resolver{Store: s, CoSigning: p, Edit: svc}
	srv := httptest.NewServer(resolvers.NewHandler(r, resolvers.DefaultLimits, editors, slog.New(slog.NewTextHandler(io.Discard, nil))))
	t.Cleanup(srv.Close)
	return &client{t: t, url: srv.URL, token: "alice-token-1"}, s
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// do posts a query and decodes data into out; it returns the errors.
func (c *client) do(query string, vars map[string]any, out any) []gqlError {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", c.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatalf("post: %v", err)
	}
	defer res.Body.Close()
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&resp); err != nil {
		c.t.Fatalf("decode: %v", err)
	}
	if out != nil && len(resp.Data) > 0 && string(resp.Data) != "null" {
		if err := json.Unmarshal(resp.Data, out); err != nil {
			c.t.Fatalf("decode data %s: %v", resp.Data, err)
		}
	}
	return resp.Errors
}

// refused checks that errs is one error with the code, saying says.
func refused(t *testing.T, errs []gqlError, code, says string) {
	t.Helper()
	if len(errs) == 0 || errs[0].Extensions["code"] != code || !strings.Contains(errs[0].Message, says) {
		t.Fatalf("errors %+v; want %s saying %q", errs, code, says)
	}
}

const saveMutation = `mutation($input: LetterInput!) { saveLetter(input: $input) { version letter { id title signatories { title provenance organization { name } } } } }`

func TestAPI_EditToken(t *testing.T) {
	c, s := apiClient(t)
	before := fingerprint(t, t.Context(), s)
	var ed struct {
		Editing struct {
			Enabled, Authorized bool
			Editor              *string
		}
	}
	c.do(`{ editing { enabled authorized editor } }`, nil, &ed)
	if !ed.Editing.Enabled || !ed.Editing.Authorized || ed.Editing.Editor == nil || *ed.Editing.Editor != "alice" {
		t.Fatalf("editing %+v; want enabled, authorized, as alice", ed.Editing)
	}
	c.token = "wrong-token"
	c.do(`{ editing { enabled authorized editor } }`, nil, &ed)
	if !ed.Editing.Enabled || ed.Editing.Authorized {
		t.Fatalf("editing with a wrong token %+v; want enabled, not authorized", ed.Editing)
	}
	for _, m := range []string{
		`mutation { parseLetter(input: {text: "x"}) { format } }`,
		`mutation { saveLetter(input: {recipients: [], cc: [], signatories: []}) { version } }`,
		`mutation { mergeEntities(keep: "org:human-rights-campaign", merged: "org:anti-defamation-league") { id } }`,
		`mutation { keepApart(a: "org:human-rights-campaign", b: "org:anti-defamation-league") { id } }`,
		`mutation { undoDecision(id: "x") { id } }`,
		`mutation { importAliases(text: "A = B") { skipped } }`,
	} {
		refused(t, c.do(m, nil, nil), graph.EFORBIDDEN, "token is missing or wrong")
	}
	sameGraph(t, "after refused edits", fingerprint(t, t.Context(), s), before)
}

func TestAPI_SaveLetter_BadInput(t *testing.T) {
	c, s := apiClient(t)
	before := fingerprint(t, t.Context(), s)
	var lst struct {
		Letters struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	c.do(`{ letters(first: 1) { edges { node { id } } } }`, nil, &lst)
	id := lst.Letters.Edges[0].Node.ID
	sig := map[string]any{"name": "Jane Doe", "organization": "Some Group", "provenance": "corrected"}
	input := func(patch map[string]any) map[string]any {
		in := map[string]any{"id": id, "version": 0, "recipients": []any{}, "cc": []any{}, "signatories": []any{sig}}
		for k, v := range patch {
			in[k] = v
		}
		return map[string]any{"input": in}
	}
	long := strings.Repeat("y", 301)
	for _, tc := range []struct {
		name       string
		vars       map[string]any
		code, says string
	}{
		{"empty new letter", map[string]any{"input": map[string]any{"recipients": []any{}, "cc": []any{}, "signatories": []any{}}}, graph.EINVALID, "text: required"},
		{"no signatories", input(map[string]any{"signatories": []any{}}), graph.EINVALID, "at least one signatory"},
		{"title too long", input(map[string]any{"title": strings.Repeat("t", 501)}), graph.EINVALID, "title: too long"},
		{"organization too long", input(map[string]any{"signatories": []any{map[string]any{"organization": long}}}), graph.EINVALID, "signatories[0].organization: too long"},
		{"invalid date", input(map[string]any{"date": "2021-13-01"}), graph.EINVALID, "is not a date"},
		{"unknown letter", input(map[string]any{"id": "letter:ffffffffffffffff"}), graph.ENOTFOUND, "not found"},
		{"unknown organization", input(map[string]any{"signatories": []any{map[string]any{"organizationId": "org:nowhere", "provenance": "corrected"}}}), graph.EINVALID, "org:nowhere is not in the graph"},
		{"conflicting version", input(map[string]any{"version": 3}), graph.ECONFLICT, "someone else saved this letter"},
		{"nulls are empty, not \"null\"", input(map[string]any{"signatories": []any{map[string]any{"name": nil, "organization": nil, "organizationId": nil}}}), graph.EINVALID, "signatories[0]: give a name or an organization"},
		{"wrong type", input(map[string]any{"version": "three"}), "GRAPHQL_VALIDATION_FAILED", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			refused(t, c.do(saveMutation, tc.vars, nil), tc.code, tc.says)
		})
	}
	for _, tc := range []struct {
		name, query, code, says string
	}{
		{"parse nothing", `mutation { parseLetter(input: {}) { format } }`, graph.EINVALID, "paste the letter or drop its file"},
		{"parse bad base64", `mutation { parseLetter(input: {filename: "a.pdf", data: "%%%"}) { format } }`, graph.EINVALID, "not base64"},
		{"parse unknown type", `mutation { parseLetter(input: {filename: "a.docx", data: "aGVsbG8="}) { format } }`, graph.EINVALID, "unsupported file type"},
		{"parse no signatures", `mutation { parseLetter(input: {text: "The weather is nice today and we have no more to say about it."}) { format } }`, graph.EINVALID, "no signature"},
		{"merge unknown", `mutation { mergeEntities(keep: "org:nowhere", merged: "org:human-rights-campaign") { id } }`, graph.ENOTFOUND, "org:nowhere"},
		{"merge into itself", `mutation { mergeEntities(keep: "org:human-rights-campaign", merged: "org:human-rights-campaign") { id } }`, graph.EINVALID, "into itself"},
		{"keep apart unknown", `mutation { keepApart(a: "person:nobody", b: "person:marca-bristo") { id } }`, graph.ENOTFOUND, "person:nobody"},
		{"undo unknown", `mutation { undoDecision(id: "nope") { id } }`, graph.ENOTFOUND, "nope"},
		{"import bad aliases", `mutation { importAliases(text: "= nameless") { skipped } }`, graph.EINVALID, "Canonical Name"},
		{"candidates bad kind", `{ duplicateCandidates(kind: "letter") { totalCount } }`, graph.EINVALID, "organization or person"},
		{"candidates page too big", `{ duplicateCandidates(first: 1000) { totalCount } }`, graph.EINVALID, "first must be between"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			refused(t, c.do(tc.query, nil, nil), tc.code, tc.says)
		})
	}
	sameGraph(t, "after refused edits", fingerprint(t, t.Context(), s), before)
}

func TestAPI_SaveAndParse(t *testing.T) {
	c, _ := apiClient(t)
	var parsed struct {
		ParseLetter struct {
			Format string
			Draft  struct {
				Sha256      string
				Date        string
				Signatories []map[string]any
			}
		}
	}
	text := readLetter(t, smeLetter)
	errs := c.do(`mutation($text: String!) { parseLetter(input: {text: $text}) { format draft { sha256 date signatories { name title organization line endLine confidence reason provenance } } } }`,
		map[string]any{"text": text}, &parsed)
	if len(errs) > 0 || len(parsed.ParseLetter.Draft.Signatories) != 6 {
		t.Fatalf("parse: %+v %v", parsed, errs)
	}
	sigs := parsed.ParseLetter.Draft.Signatories
	sigs[0]["title"], sigs[0]["provenance"] = "Founder", "corrected"
	var saved struct {
		SaveLetter struct {
			Version int
			Letter  struct {
				ID          string
				Signatories []struct {
					Title      *string
					Provenance string
				}
			}
		}
	}
	errs = c.do(saveMutation, map[string]any{"input": map[string]any{"text": text, "date": parsed.ParseLetter.Draft.Date,
		"recipients": []any{}, "cc": []any{}, "signatories": sigs}}, &saved)
	if len(errs) > 0 || saved.SaveLetter.Letter.Signatories[0].Provenance != "corrected" || *saved.SaveLetter.Letter.Signatories[0].Title != "Founder" {
		t.Fatalf("save: %+v %v", saved, errs)
	}
	// A PDF, dropped: the same reading as the text.
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatalf("pdftotext is needed (make test installs poppler-utils): %v", err)
	}
	pdf := readPDF(t)
	errs = c.do(`mutation($data: String!) { parseLetter(input: {filename: "letter.pdf", data: $data}) { format draft { signatories { name } } } }`,
		map[string]any{"data": base64.StdEncoding.EncodeToString(pdf)}, &parsed)
	if len(errs) > 0 || parsed.ParseLetter.Format != "pdf" || len(parsed.ParseLetter.Draft.Signatories) == 0 {
		t.Fatalf("parse a PDF: %+v %v", parsed, errs)
	}
}

// readPDF is a real letter printed to PDF (shared/letters 014, three
// county commissioners), as an analyst would drop it.
func readPDF(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/white-county-post-office-2007.pdf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
