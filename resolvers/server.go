package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers/generated"
)

// Limits protect the server from costly or abusive requests.
type Limits struct {
	MaxBodyBytes int64 // request body size
	// MaxEditBodyBytes is the body size an editor's request may have.
	MaxEditBodyBytes int64
	MaxDepth         int           // selection nesting
	MaxComplexity    int           // fields, with lists counted by their first
	Timeout          time.Duration // per request, answer included; passed down to Neo4j
	MaxConcurrent    int           // requests executing at once; the rest wait (within Timeout)
	// MaxCostInFlight bounds the summed complexity of the operations
	// executing at once; costlier ones wait their turn (within Timeout).
	// The default lets one nested page of 50 organizations with their
	// letters and signatories (6,351) execute at a time: gqlgen already
	// marshals its list elements on every core, so a second page at once
	// only doubles the memory and the garbage collector's work.
	MaxCostInFlight int
	// MaxQueueWait is the longest a costly operation may be expected to
	// wait for its share of MaxCostInFlight; one expected to wait longer is
	// refused at once with 503 and Retry-After (0: never refused, it waits
	// within Timeout).
	MaxQueueWait  time.Duration
	Introspection bool
}

// DefaultLimits are the limits `coalition serve` uses unless told otherwise.
var DefaultLimits = Limits{MaxBodyBytes: 1 << 20, MaxEditBodyBytes: 12 << 20, MaxDepth: 12, MaxComplexity: 20000, Timeout: 15 * time.Second,
	MaxConcurrent: 64, MaxCostInFlight: 10000, MaxQueueWait: time.Second, Introspection: true}

// slotWait is how long a request waits for one of MaxConcurrent slots
// before it is refused with 503 and Retry-After.
const slotWait = 50 * time.Millisecond

// NewHandler returns the /graphql handler: the executable schema with limits,
// per-request dataloaders and the error presenter. editors, when set,
// switch the mutations on for callers presenting one of their tokens.
func NewHandler(r *Resolver, limits Limits, editors Editors, log *slog.Logger) http.Handler {
	cfg := generated.Config{Resolvers: r}
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(httpJSON{}) // GET and POST, GraphQL-over-HTTP status codes
	if limits.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(depthLimit{max: limits.MaxDepth}) // before complexity: the clearer error
	srv.Use(extension.FixedComplexityLimit(limits.MaxComplexity))
	srv.Use(newCostBudget(limits.MaxCostInFlight, limits.MaxQueueWait)) // after complexity: it weighs by it
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.Error("graphql panic", "panic", v, "operation", operationName(ctx))
		return &graph.Error{Code: graph.EINTERNAL, Message: "Internal error."}
	})

	var h http.Handler = srv
	h = WithLoaders(r.Store, h)
	slots := make(chan struct{}, max(1, limits.MaxConcurrent))
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		maxBody := limits.MaxBodyBytes
		if editors.who(req) != "" {
			maxBody = max(maxBody, limits.MaxEditBodyBytes) // a dropped PDF, in base64
		}
		if !checkRequest(w, req, maxBody) {
			return
		}
		ctx, cancel := context.WithTimeout(req.Context(), limits.Timeout)
		defer cancel()
		ctx = withEditor(ctx, editors, req)
		within(ctx, w, slots, h, req.WithContext(ctx))
	})
}

// within serves req in one of the slots, and answers by the context's
// deadline whatever happens: a request still executing at its deadline
// (GraphQL work in Go does not stop at the deadline the way a Neo4j query
// does) gets UNAVAILABLE. A request that finds no slot free within slotWait,
// or that the cost budget sheds, is refused at once with 503 and
// Retry-After. The answer is buffered, so it is either whole or replaced by
// that error. A request that overran keeps its slot until it ends, so the
// slots bound the memory answers take.
func within(ctx context.Context, w http.ResponseWriter, slots chan struct{}, h http.Handler, req *http.Request) {
	wait := time.NewTimer(slotWait)
	defer wait.Stop()
	select {
	case slots <- struct{}{}:
	case <-wait.C:
		busy(w, time.Second, "the server is busy; try again")
		return
	case <-ctx.Done():
		busy(w, time.Second, "the server is busy; try again")
		return
	}
	ctx, shedding := withShedding(ctx)
	req = req.WithContext(ctx)
	buf := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
	done := make(chan struct{})
	go func() {
		defer func() { <-slots }()
		defer close(done)
		h.ServeHTTP(buf, req)
	}()
	select {
	case <-done:
		if shed, retry := shedding.refused(); shed {
			w.Header().Set("Retry-After", fmt.Sprint(retrySeconds(retry)))
			buf.status = http.StatusServiceUnavailable
		}
		for k, v := range buf.header {
			w.Header()[k] = v
		}
		w.WriteHeader(buf.status)
		w.Write(buf.body.Bytes())
	case <-ctx.Done():
		busy(w, time.Second, "the query took too long and was stopped")
	}
}

// busy refuses with 503 UNAVAILABLE and when to try again.
func busy(w http.ResponseWriter, retry time.Duration, msg string) {
	w.Header().Set("Retry-After", fmt.Sprint(retrySeconds(retry)))
	refuse(w, http.StatusServiceUnavailable, "UNAVAILABLE", msg)
}

// bufferedResponse holds an answer until it is complete.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }

// checkRequest refuses, with a JSON error and a 4xx status, what the GraphQL
// transports would answer unclearly: a body over the limit, a batch (an array
// of operations), a body that is not JSON, and text that is not UTF-8. A POST
// body is left read into memory for the transport.
func checkRequest(w http.ResponseWriter, req *http.Request, maxBody int64) bool {
	for _, values := range req.URL.Query() {
		for _, v := range values {
			if !utf8.ValidString(v) {
				refuse(w, http.StatusBadRequest, "BAD_REQUEST", "the query string is not valid UTF-8")
				return false
			}
		}
	}
	if req.Method != http.MethodPost {
		return true
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, maxBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		refuse(w, http.StatusRequestEntityTooLarge, "REQUEST_TOO_LARGE", fmt.Sprintf("the request body is larger than %d bytes", maxBody))
	case err != nil:
		refuse(w, http.StatusBadRequest, "BAD_REQUEST", "could not read the request body")
	case !utf8.Valid(body):
		refuse(w, http.StatusBadRequest, "BAD_REQUEST", "the request body is not valid UTF-8")
	case !json.Valid(body):
		refuse(w, http.StatusBadRequest, "BAD_REQUEST", `the request body must be a JSON object {"query": …, "variables": …}`)
	case bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")):
		refuse(w, http.StatusBadRequest, "BAD_REQUEST", "batched queries are not supported; send one operation per request")
	default:
		req.Body = io.NopCloser(bytes.NewReader(body))
		return true
	}
	return false
}

func refuse(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{
		map[string]any{"message": msg, "extensions": map[string]any{"code": code}},
	}})
}

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if t, ok := strings.CutPrefix(h, "Bearer "); ok {
		return strings.TrimSpace(t)
	}
	return ""
}

// presentError gives every error an extensions.code. Application errors keep
// their (user-safe) message; anything else is logged once, here, and shown as
// "Internal error." so Cypher or driver text never reaches a client.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) && gerr.Err == nil {
			if gerr.Extensions == nil {
				gerr.Extensions = map[string]any{}
			}
			if gerr.Extensions["code"] == nil {
				gerr.Extensions["code"] = "BAD_REQUEST"
			}
			return gerr // a parse or validation error: already about the request
		}
		pres := graphql.DefaultErrorPresenter(ctx, err)
		code := graph.ErrorCode(err)
		switch {
		case gerr != nil && gerr.Err != nil && gerr.Err.Error() == "introspection disabled": // gqlgen's, for __schema and __type
			code, pres.Message = graph.EFORBIDDEN, "introspection is switched off on this server"
		case errors.Is(err, context.DeadlineExceeded):
			code, pres.Message = graph.EUNAVAILABLE, "the request took too long and was stopped"
		case errors.Is(err, context.Canceled):
			code, pres.Message = "CANCELED", "the request was canceled"
		case code == graph.EINTERNAL:
			log.Error("graphql", "error", err, "operation", operationName(ctx), "path", pres.Path.String())
			pres.Message = "Internal error."
		default:
			pres.Message = graph.ErrorMessage(err)
		}
		if pres.Extensions == nil {
			pres.Extensions = map[string]any{}
		}
		pres.Extensions["code"] = code
		return pres
	}
}

func operationName(ctx context.Context) string {
	if graphql.HasOperationContext(ctx) {
		return graphql.GetOperationContext(ctx).OperationName
	}
	return ""
}

// depthLimit refuses operations nested deeper than max. Introspection
// (__schema, __type) is not counted: tools ask for the schema with a query
// of a fixed shape (graphql-js's getIntrospectionQuery, used by GraphiQL,
// Apollo, Altair, Insomnia and codegen tools, nests 13 levels; GraphiQL's
// 15) that reads the schema in memory, never Neo4j. What an introspection
// query could multiply, lists of types and fields nested in one another
// (types { fields { type { fields { … } } } }), the validator already bounds
// (gqlparser's MaxIntrospectionDepth, graphql-js's rule: three lists).
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string { return "DepthLimit" }

func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l depthLimit) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	if d := depth(op.Operation.SelectionSet, op.Doc.Fragments, 0); d > l.max {
		levels := fmt.Sprint(d)
		if d > maxDepthCounted {
			levels = fmt.Sprintf("more than %d", maxDepthCounted)
		}
		return &gqlerror.Error{
			Message:    fmt.Sprintf("the query is nested %s levels deep; at most %d allowed", levels, l.max),
			Extensions: map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"},
		}
	}
	return nil
}

// maxDepthCounted is where depth stops counting.
const maxDepthCounted = 64

// depth returns how deep set nests below level, introspection left out.
func depth(set ast.SelectionSet, fragments ast.FragmentDefinitionList, level int) int {
	if level > maxDepthCounted {
		return level // fragment cycles are rejected by validation; stay finite anyway
	}
	deepest := level
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			switch {
			case s.Name == "__schema" || s.Name == "__type":
				d = level
			case len(s.SelectionSet) == 0:
				d = level + 1
			default:
				d = depth(s.SelectionSet, fragments, level+1)
			}
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, fragments, level)
		case *ast.FragmentSpread:
			if f := fragments.ForName(s.Name); f != nil {
				d = depth(f.SelectionSet, fragments, level)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
