package resolvers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
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

// The POST transport answers every request as gqlgen's own does: the same
// status, content type and JSON.
func TestPostJSON_AnswersAsGqlgen(t *testing.T) {
	server := func(tr graphql.Transport) http.Handler {
		srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}))
		srv.AddTransport(tr)
		srv.Use(extension.Introspection{})
		return srv
	}
	ours, theirs := server(postJSON{}), server(transport.POST{})
	for _, c := range []struct{ name, accept, body string }{
		{"data", "", `{"query":"{ __typename }"}`},
		{"introspection", "application/json", `{"query":"{ __schema { queryType { name } types { name description } } }"}`},
		{"variables", "*/*", `{"query":"query($t: String!) { __type(name: $t) { name fields { name } } }","variables":{"t":"Letter"}}`},
		{"parse error", "", `{"query":"{ __typename"}`},
		{"validation error", "", `{"query":"{ nope }"}`},
		{"validation error, graphql-response+json", "application/graphql-response+json", `{"query":"{ nope }"}`},
		{"no known type accepted", "text/html", `{"query":"{ __typename }"}`},
		{"not JSON", "", `{"query":`},
		{"missing variable", "", `{"query":"query($t: String!) { __type(name: $t) { name } }"}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			answer := func(h http.Handler) *httptest.ResponseRecorder {
				req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(c.body))
				req.Header.Set("Content-Type", "application/json")
				if c.accept != "" {
					req.Header.Set("Accept", c.accept)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				return rec
			}
			got, want := answer(ours), answer(theirs)
			if got.Code != want.Code {
				t.Errorf("status %d, gqlgen's %d", got.Code, want.Code)
			}
			if g, w := got.Header().Get("Content-Type"), want.Header().Get("Content-Type"); g != w {
				t.Errorf("content type %q, gqlgen's %q", g, w)
			}
			g, w := decodeJSON(t, got.Body.Bytes()), decodeJSON(t, want.Body.Bytes())
			if c.name == "not JSON" { // gqlgen's message quotes the body back; ours does not
				g, w = errorCount(g), errorCount(w)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("answer\n%s\ngqlgen's\n%s", got.Body, want.Body)
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

// errorCount keeps a response's shape but not its error messages.
func errorCount(v any) any {
	m, _ := v.(map[string]any)
	errs, _ := m["errors"].([]any)
	return map[string]any{"errors": len(errs), "data": m["data"]}
}
