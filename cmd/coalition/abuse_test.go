package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers"
)

// The abuse tests send what a hostile or broken client would, over HTTP, to
// the real routes. Neo4j is unreachable (bolt://127.0.0.1:1): every request
// here must be refused before it would reach the database, with a 4xx status
// and an extensions.code, and the server must keep answering afterwards.
// Requests refused by the transport get a 4xx; a well-formed request whose
// operation does not parse, validate or stay within the depth and complexity
// limits gets 200 with the error, as GraphQL over HTTP asks for
// application/json responses (400 under application/graphql-response+json).

func abuseServer(t *testing.T, cfg serveConfig) *httptest.Server {
	t.Helper()
	store, err := graph.New(graph.Config{URI: "bolt://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close(context.Background()) })
	if cfg.limits == (resolvers.Limits{}) {
		cfg.limits = resolvers.DefaultLimits
	}
	srv := httptest.NewServer(routes(&resolvers.Resolver{Store: store, CoSigning: graph.NewProjection(store)}, cfg, slog.New(slog.NewTextHandler(io.Discard, nil))))
	t.Cleanup(srv.Close)
	return srv
}

var abuseClient = &http.Client{Timeout: 10 * time.Second} // a hang fails the test

type gqlErrors struct {
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// expectRefused checks resp is a JSON answer with status whose first error
// has code.
func expectRefused(t *testing.T, resp *http.Response, err error, status int, code string) string {
	t.Helper()
	if err != nil {
		t.Fatalf("request failed: %v", err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var body gqlErrors
	if jerr := json.Unmarshal(raw, &body); jerr != nil {
		t.Fatalf("status %d, body is not JSON (%v): %.300s", resp.StatusCode, jerr, raw)
	}
	if resp.StatusCode != status {
		t.Errorf("status %d; want %d (body %.300s)", resp.StatusCode, status, raw)
	}
	if len(body.Errors) == 0 || body.Errors[0].Extensions["code"] != code {
		t.Fatalf("status %d, errors %+v; want code %s", resp.StatusCode, body.Errors, code)
	}
	return body.Errors[0].Message
}

func postRaw(srv *httptest.Server, body []byte) (*http.Response, error) {
	return abuseClient.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
}

func postQuery(srv *httptest.Server, query string) (*http.Response, error) {
	b, _ := json.Marshal(map[string]any{"query": query})
	return postRaw(srv, b)
}

func TestAbuse_RefusedRequests(t *testing.T) {
	srv := abuseServer(t, serveConfig{})
	max := resolvers.DefaultLimits.MaxBodyBytes

	t.Run("body over the limit", func(t *testing.T) {
		query := `{"query":"{ stats { letters } }","variables":{"pad":"` + strings.Repeat("x", int(max)) + `"}}`
		resp, err := postRaw(srv, []byte(query))
		msg := expectRefused(t, resp, err, http.StatusRequestEntityTooLarge, "REQUEST_TOO_LARGE")
		if !strings.Contains(msg, fmt.Sprint(max)) {
			t.Errorf("message %q does not state the limit", msg)
		}
	})
	t.Run("batched operations", func(t *testing.T) {
		resp, err := postRaw(srv, []byte(`[{"query":"{ stats { letters } }"},{"query":"{ stats { people } }"}]`))
		msg := expectRefused(t, resp, err, http.StatusBadRequest, "BAD_REQUEST")
		if !strings.Contains(msg, "batched") {
			t.Errorf("message %q does not say batches are refused", msg)
		}
	})
	t.Run("body not JSON", func(t *testing.T) {
		resp, err := postRaw(srv, []byte(`{"query": "{ stats { letters } }"`))
		msg := expectRefused(t, resp, err, http.StatusBadRequest, "BAD_REQUEST")
		if strings.Contains(msg, "stats") {
			t.Errorf("message %q echoes the body", msg)
		}
	})
	t.Run("invalid UTF-8 in the query", func(t *testing.T) {
		resp, err := postRaw(srv, []byte("{\"query\":\"{ search(text: \\\"glob\xffal\\\") { id } }\"}"))
		expectRefused(t, resp, err, http.StatusBadRequest, "BAD_REQUEST")
	})
	t.Run("invalid UTF-8 in variables", func(t *testing.T) {
		resp, err := postRaw(srv, []byte("{\"query\":\"query($t: String!) { search(text: $t) { id } }\",\"variables\":{\"t\":\"\xc3\x28\"}}"))
		expectRefused(t, resp, err, http.StatusBadRequest, "BAD_REQUEST")
	})
	t.Run("invalid UTF-8 in a GET query string", func(t *testing.T) {
		resp, err := abuseClient.Get(srv.URL + "/graphql?query=" + url.QueryEscape(`{ search(text: "x") { id } }`) + "%FF")
		expectRefused(t, resp, err, http.StatusBadRequest, "BAD_REQUEST")
	})
	t.Run("1000 aliases of a costly field", func(t *testing.T) {
		var q strings.Builder
		q.WriteString("{")
		for i := range 1000 {
			fmt.Fprintf(&q, " p%d: pairs(minShared: 1, first: 100) { shared }", i)
		}
		q.WriteString(" }")
		resp, err := postQuery(srv, q.String())
		expectRefused(t, resp, err, http.StatusOK, "COMPLEXITY_LIMIT_EXCEEDED")
	})
	t.Run("100 levels deep", func(t *testing.T) {
		q := `{ organization(id: "org:sierra-club") {` +
			strings.Repeat(` letters(first: 1) { signatories { organization {`, 33) + ` name ` +
			strings.Repeat(` } } }`, 33) + ` } }`
		resp, err := postQuery(srv, q)
		msg := expectRefused(t, resp, err, http.StatusOK, "DEPTH_LIMIT_EXCEEDED")
		if !strings.Contains(msg, "more than 64 levels") || !strings.Contains(msg, "at most 12") {
			t.Errorf("message %q; want the depth and the limit stated", msg)
		}
	})
	t.Run("nesting as deep as the body allows", func(t *testing.T) {
		const levels = 100_000 // 900 KB, under the body limit
		resp, err := postQuery(srv, strings.Repeat("{ stats ", levels)+strings.Repeat("}", levels))
		expectRefused(t, resp, err, http.StatusOK, "GRAPHQL_PARSE_FAILED")
	})
	t.Run("importLetter without a token", func(t *testing.T) {
		resp, err := postQuery(srv, `mutation { importLetter(text: "Dear Sir:\n\nSincerely,\nJane Doe") { unchanged } }`)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body gqlErrors
		json.NewDecoder(resp.Body).Decode(&body)
		if len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != graph.EFORBIDDEN {
			t.Fatalf("errors %+v; want one FORBIDDEN", body.Errors)
		}
	})

	// After all of that the server still answers (degraded: no Neo4j here).
	resp, err := abuseClient.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatalf("healthz after the abuse: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("healthz after the abuse = %d; want 503 degraded (Neo4j is down here)", resp.StatusCode)
	}
}

func TestAbuse_IntrospectionOff(t *testing.T) {
	const introspect = `{ __schema { types { name } } }`
	limits := resolvers.DefaultLimits
	limits.Introspection = false
	off := abuseServer(t, serveConfig{limits: limits})
	resp, err := postQuery(off, introspect)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Data json.RawMessage `json:"data"`
		gqlErrors
	}
	json.NewDecoder(resp.Body).Decode(&body)
	if len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != graph.EFORBIDDEN ||
		!strings.Contains(body.Errors[0].Message, "introspection") || bytes.Contains(body.Data, []byte(`"types"`)) {
		t.Fatalf("introspection off: data %s, errors %+v; want one FORBIDDEN and no schema", body.Data, body.Errors)
	}

	on := abuseServer(t, serveConfig{})
	resp, err = postQuery(on, introspect)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !bytes.Contains(raw, []byte(`"name":"Organization"`)) {
		t.Fatalf("introspection on: %d %.300s; want the schema", resp.StatusCode, raw)
	}
}

func TestAbuse_PlaygroundSwitch(t *testing.T) {
	for _, playground := range []bool{true, false} {
		srv := abuseServer(t, serveConfig{playground: playground})
		resp, err := abuseClient.Get(srv.URL + "/playground")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.StatusCode == http.StatusNotFound; got == playground {
			t.Errorf("playground=%v: /playground answered %d", playground, resp.StatusCode)
		}
	}
}

func TestAbuse_CORS(t *testing.T) {
	preflight := func(srv *httptest.Server, origin string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := abuseClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	closed := abuseServer(t, serveConfig{})
	if got := preflight(closed, "https://evil.example").Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("no allow-list: Access-Control-Allow-Origin = %q; want none", got)
	}

	open := abuseServer(t, serveConfig{corsOrigins: "https://coalitions.example, https://research.example"})
	resp := preflight(open, "https://research.example")
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "https://research.example" || resp.StatusCode != http.StatusNoContent {
		t.Errorf("allowed origin: %d, Access-Control-Allow-Origin = %q; want 204 and exactly the origin", resp.StatusCode, got)
	}
	if got := preflight(open, "https://evil.example").Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("origin not in the list: Access-Control-Allow-Origin = %q; want none", got)
	}
}

// Tools ask for the schema with graphql-js's standard introspection query,
// nested deeper than the depth limit; it is answered in full, while an
// introspection query that nests lists of types and fields (whose answer
// grows as a power of the schema's size) is refused by the validator, and
// the depth limit still holds for everything else in the same operation.
func TestAbuse_Introspection(t *testing.T) {
	srv := abuseServer(t, serveConfig{})
	standard, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("OK standard query", func(t *testing.T) {
		resp, err := postQuery(srv, string(standard))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct {
			Data struct {
				Schema struct {
					QueryType struct{ Name string } `json:"queryType"`
					Types     []struct {
						Name   string
						Fields []struct{ Name string }
					}
				} `json:"__schema"`
			}
			gqlErrors
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || len(body.Errors) > 0 {
			t.Fatalf("status %d, errors %+v; want the schema", resp.StatusCode, body.Errors)
		}
		if body.Data.Schema.QueryType.Name != "Query" {
			t.Fatalf("queryType %q; want Query", body.Data.Schema.QueryType.Name)
		}
		fields := 0
		for _, ty := range body.Data.Schema.Types {
			if ty.Name == "Query" {
				fields = len(ty.Fields)
			}
		}
		if fields < 10 {
			t.Fatalf("Query has %d fields in the answer; want all of them", fields)
		}
	})
	t.Run("ErrListsNested", func(t *testing.T) {
		resp, err := postQuery(srv, `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`)
		msg := expectRefused(t, resp, err, http.StatusOK, "GRAPHQL_VALIDATION_FAILED")
		if !strings.Contains(msg, "introspection depth") {
			t.Errorf("message %q; want the introspection depth named", msg)
		}
	})
	t.Run("ErrDepthBesideIntrospection", func(t *testing.T) {
		q := `{ __schema { queryType { name } } organization(id: "org:x") {` +
			strings.Repeat(` letters(first: 1) { signatories { organization {`, 4) + ` name ` +
			strings.Repeat(` } } }`, 4) + ` } }`
		resp, err := postQuery(srv, q)
		expectRefused(t, resp, err, http.StatusOK, "DEPTH_LIMIT_EXCEEDED")
	})
	t.Run("ErrIntrospectionOff", func(t *testing.T) {
		limits := resolvers.DefaultLimits
		limits.Introspection = false
		off := abuseServer(t, serveConfig{limits: limits})
		resp, err := postQuery(off, string(standard))
		expectRefused(t, resp, err, http.StatusOK, graph.EFORBIDDEN)
	})
}
