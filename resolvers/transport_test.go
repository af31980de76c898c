package resolvers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/coalition-graph/coalition/resolvers/generated"
)

// The transport answers what executes as gqlgen's GET and POST do: the
// same status, content type and JSON.
func TestHTTPJSON_AnswersAsGqlgen(t *testing.T) {
	server := func(trs ...graphql.Transport) http.Handler {
		srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}))
		for _, tr := range trs {
			srv.AddTransport(tr)
		}
		srv.Use(extension.Introspection{})
		return srv
	}
	ours, theirs := server(httpJSON{}), server(transport.GET{}, transport.POST{})
	for _, c := range []struct{ name, accept, body string }{
		{"data", "", `{"query":"{ __typename }"}`},
		{"introspection", "application/json", `{"query":"{ __schema { queryType { name } types { name description } } }"}`},
		{"variables", "*/*", `{"query":"query($t: String!) { __type(name: $t) { name fields { name } } }","variables":{"t":"Letter"}}`},
		{"operation name", "application/graphql-response+json", `{"query":"query A { __typename } query B { __type(name: \"Pair\") { name } }","operationName":"B"}`},
		{"no known type accepted", "text/html", `{"query":"{ __typename }"}`},
	} {
		for _, method := range []string{http.MethodPost, http.MethodGet} {
			t.Run(c.name+" "+method, func(t *testing.T) {
				got, want := answer(ours, method, c.accept, c.body), answer(theirs, method, c.accept, c.body)
				if got.Code != want.Code {
					t.Errorf("status %d, gqlgen's %d", got.Code, want.Code)
				}
				if g, w := got.Header().Get("Content-Type"), want.Header().Get("Content-Type"); g != w {
					t.Errorf("content type %q, gqlgen's %q", g, w)
				}
				if g, w := decodeJSON(t, got.Body.Bytes()), decodeJSON(t, want.Body.Bytes()); !reflect.DeepEqual(g, w) {
					t.Errorf("answer\n%s\ngqlgen's\n%s", got.Body, want.Body)
				}
			})
		}
	}
}

// answer sends body (a POST body; for GET, its fields become the query
// string) to h.
func answer(h http.Handler, method, accept, body string) *httptest.ResponseRecorder {
	var req *http.Request
	if method == http.MethodGet {
		var fields map[string]any
		json.Unmarshal([]byte(body), &fields)
		q := url.Values{}
		for k, v := range fields {
			if s, ok := v.(string); ok {
				q.Set(k, s)
			} else {
				b, _ := json.Marshal(v)
				q.Set(k, string(b))
			}
		}
		req = httptest.NewRequest(http.MethodGet, "/graphql?"+q.Encode(), nil)
	} else {
		req = httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// Requests that fail before they execute get the GraphQL-over-HTTP status
// of the media type answered, and no data entry.
func TestHTTPJSON_StatusCodes(t *testing.T) {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}))
	srv.AddTransport(httpJSON{})
	const (
		appJSON  = "application/json"
		response = "application/graphql-response+json"
	)
	for _, c := range []struct {
		name, method, accept, body string
		status                     int
		code                       string
	}{
		{"parse error", http.MethodPost, appJSON, `{"query":"{ __typename"}`, 200, "GRAPHQL_PARSE_FAILED"},
		{"parse error", http.MethodPost, response, `{"query":"{ __typename"}`, 400, "GRAPHQL_PARSE_FAILED"},
		{"validation error", http.MethodPost, appJSON, `{"query":"{ nope }"}`, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"validation error", http.MethodPost, response, `{"query":"{ nope }"}`, 400, "GRAPHQL_VALIDATION_FAILED"},
		{"validation error", http.MethodGet, response, `{"query":"{ nope }"}`, 400, "GRAPHQL_VALIDATION_FAILED"},
		{"validation error", http.MethodGet, appJSON, `{"query":"{ nope }"}`, 200, "GRAPHQL_VALIDATION_FAILED"},
		{"missing variable", http.MethodPost, response, `{"query":"query($t: String!) { __type(name: $t) { name } }"}`, 400, "GRAPHQL_VALIDATION_FAILED"},
		{"no query", http.MethodPost, appJSON, `{"variables":{}}`, 400, "BAD_REQUEST"},
		{"no query", http.MethodGet, response, `{}`, 400, "BAD_REQUEST"},
		{"variables not an object", http.MethodPost, appJSON, `{"query":"{ __typename }","variables":[1]}`, 400, "BAD_REQUEST"},
		{"mutation over GET", http.MethodGet, appJSON, `{"query":"mutation { importLetter(text: \"x\") { unchanged } }"}`, 405, "BAD_REQUEST"},
	} {
		t.Run(c.name+" "+c.method+" "+c.accept, func(t *testing.T) {
			rec := answer(srv, c.method, c.accept, c.body)
			var body map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("not JSON (%v): %s", err, rec.Body)
			}
			if rec.Code != c.status {
				t.Errorf("status %d; want %d (%s)", rec.Code, c.status, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); got != c.accept {
				t.Errorf("content type %q; want %q", got, c.accept)
			}
			if _, ok := body["data"]; ok {
				t.Errorf("a data entry in %s; want none before execution", rec.Body)
			}
			errs, _ := body["errors"].([]any)
			if len(errs) == 0 {
				t.Fatalf("no errors in %s", rec.Body)
			}
			if code := errs[0].(map[string]any)["extensions"].(map[string]any)["code"]; code != c.code {
				t.Errorf("code %v; want %s", code, c.code)
			}
			if c.status == 405 && rec.Header().Get("Allow") != "POST" {
				t.Errorf("Allow %q; want POST", rec.Header().Get("Allow"))
			}
		})
	}
}

// writeResponse writes what encoding/json writes, whatever the data and
// errors hold.
func TestWriteResponse_AsEncodingJSON(t *testing.T) {
	yes := true
	for _, resp := range []*graphql.Response{
		{Data: json.RawMessage(`{"a":1}`)},
		{Data: json.RawMessage(`{"name":"\"data\":null <b>&</b> \u00e9","list":[null,"x"]}`)},
		{Errors: gqlerror.List{{Message: `"data":null in a message`, Path: ast.Path{ast.PathName("a"), ast.PathIndex(2)}}},
			Data: json.RawMessage(`{"a":null}`)},
		{Errors: gqlerror.List{{Message: "refused", Extensions: map[string]any{"code": "UNAVAILABLE"}}}},
		{Errors: gqlerror.List{{Message: "x", Extensions: map[string]any{"data": nil}}}, Data: json.RawMessage(`{"a":1}`)},
		{Data: json.RawMessage(`{}`), Label: "l", HasNext: &yes, Extensions: map[string]any{"cost": 3}},
		{},
		nil,
	} {
		var got bytes.Buffer
		writeResponse(&got, resp)
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(decodeJSON(t, got.Bytes()), decodeJSON(t, want)) {
			t.Errorf("wrote\n%s\nencoding/json\n%s", got.Bytes(), want)
		}
	}
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("not JSON (%v): %s", err, b)
	}
	return v
}
