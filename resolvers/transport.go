package resolvers

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// httpJSON is the GraphQL-over-HTTP transport for GET and POST: gqlgen's
// GET and POST transports (the same requests and content types), with two
// differences.
//
// Status codes follow the GraphQL-over-HTTP spec for both media types. A
// request that fails before it executes (it does not parse, validate, or
// stay within the depth and complexity limits) gets 200 under
// application/json, as the spec asks of every well-formed request, and 400
// under application/graphql-response+json, where the status tells the
// client the operation never ran; in both cases the answer has no data
// entry (the GraphQL spec: none when an error is raised before execution).
// A request that is not well-formed (no query, variables that are not a
// JSON object) is 400 under both; a mutation over GET is 405 with
// Allow: POST. gqlgen answers 422 for the first kind under
// application/json, 400 with data null under the other, and 406 for a
// mutation over GET.
//
// And it writes the executor's data as it is: gqlgen's passes the whole
// response to encoding/json, which scans and copies the data again although
// the executor wrote it as JSON already; for a nested page of 4 MB that was
// 8% of serve's CPU.
type httpJSON struct{}

var _ graphql.Transport = httpJSON{}

func (httpJSON) Supports(r *http.Request) bool {
	return transport.POST{}.Supports(r) || transport.GET{}.Supports(r)
}

func (httpJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Set("Content-Type", contentType)
	params, msg := readParams(r)
	if msg != "" {
		w.WriteHeader(http.StatusBadRequest)
		writeRequestError(w, gqlerror.List{{Message: msg, Extensions: map[string]any{"code": "BAD_REQUEST"}}})
		return
	}
	op, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		w.WriteHeader(requestErrorStatus(contentType))
		writeRequestError(w, exec.DispatchError(graphql.WithOperationContext(ctx, op), errs).Errors)
		return
	}
	if r.Method == http.MethodGet {
		if o := op.Doc.Operations.ForName(op.OperationName); o == nil || o.Operation != ast.Query {
			w.Header().Set("Allow", http.MethodPost)
			w.WriteHeader(http.StatusMethodNotAllowed)
			writeRequestError(w, gqlerror.List{{Message: "GET requests only run queries; send mutations with POST",
				Extensions: map[string]any{"code": "BAD_REQUEST"}}})
			return
		}
	}
	responses, ctx := exec.DispatchOperation(ctx, op)
	writeResponse(w, responses(ctx))
}

// readParams reads a request's query, operation name, variables and
// extensions: from the URL for GET, from the JSON body for POST. A message
// says why the request is not well-formed.
func readParams(r *http.Request) (*graphql.RawParams, string) {
	start := graphql.Now()
	params := &graphql.RawParams{Headers: r.Header}
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		params.Query, params.OperationName = q.Get("query"), q.Get("operationName")
		for name, into := range map[string]*map[string]any{"variables": &params.Variables, "extensions": &params.Extensions} {
			if v := q.Get(name); v != "" {
				if err := jsonDecode(strings.NewReader(v), into); err != nil {
					return nil, name + " must be a JSON object"
				}
			}
		}
	} else {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, "could not read the request body"
		}
		if err := jsonDecode(bytes.NewReader(body), params); err != nil {
			return nil, "the request body must be a JSON object with a string query, and variables and extensions as objects"
		}
	}
	if params.Query == "" {
		return nil, "no query: send one in the query parameter"
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	return params, ""
}

func jsonDecode(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	return dec.Decode(v)
}

const (
	applicationJSON     = "application/json"
	graphqlResponseJSON = "application/graphql-response+json"
)

// responseContentType follows the client's Accept header as gqlgen does:
// application/json unless application/graphql-response+json is asked for
// first, or nothing the server knows is.
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return applicationJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", applicationJSON:
			return applicationJSON
		case graphqlResponseJSON:
			return graphqlResponseJSON
		}
	}
	return graphqlResponseJSON
}

// requestErrorStatus is the status of a request refused before it
// executed: 400 under application/graphql-response+json, 200 under
// application/json (GraphQL over HTTP).
func requestErrorStatus(contentType string) int {
	if contentType == graphqlResponseJSON {
		return http.StatusBadRequest
	}
	return http.StatusOK
}

// writeRequestError writes the answer to a request refused before it
// executed: errors and no data entry.
func writeRequestError(w io.Writer, errs gqlerror.List) {
	b, err := json.Marshal(map[string]any{"errors": errs})
	if err != nil {
		b = []byte(`{"errors":[{"message":"the errors could not be written"}]}`)
	}
	w.Write(b)
}

// writeResponse writes resp as encoding/json would, except for the data,
// which it copies through as the executor wrote it: compact, valid JSON,
// though not HTML-escaped (answers are served as JSON with nosniff, never
// inside HTML). The errors come first and the other fields after the data,
// in the order of graphql.Response.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if resp == nil { // no response at all, as encoding/json writes it
		w.Write([]byte("null"))
		return
	}
	var errs []byte
	if len(resp.Errors) > 0 {
		var err error
		if errs, err = json.Marshal(resp.Errors); err != nil {
			errs = []byte(`[{"message":"the errors could not be written"}]`)
		}
	}
	// The fields after the data: with no errors and no data, what
	// encoding/json writes starts with the data's null.
	rest := *resp
	rest.Errors, rest.Data = nil, nil
	after, err := json.Marshal(&rest)
	if err != nil || !bytes.HasPrefix(after, nullData) {
		after = []byte("}")
	} else {
		after = after[len(nullData):]
	}
	data := []byte(resp.Data)
	if len(data) == 0 {
		data = []byte("null")
	}
	w.Write([]byte("{"))
	if errs != nil {
		w.Write([]byte(`"errors":`))
		w.Write(errs)
		w.Write([]byte(","))
	}
	w.Write([]byte(`"data":`))
	w.Write(data)
	w.Write(after)
}

// nullData starts what encoding/json writes of a response with neither
// errors nor data.
var nullData = []byte(`{"data":null`)
