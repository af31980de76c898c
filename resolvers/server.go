package resolvers

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers/generated"
)

// Limits protect the server from costly or abusive requests.
type Limits struct {
	MaxBodyBytes  int64         // request body size
	MaxDepth      int           // selection nesting
	MaxComplexity int           // fields, with lists counted by their first
	Timeout       time.Duration // per request, passed down to Neo4j
	Introspection bool
}

// DefaultLimits are the limits `coalition serve` uses unless told otherwise.
var DefaultLimits = Limits{MaxBodyBytes: 1 << 20, MaxDepth: 12, MaxComplexity: 20000, Timeout: 15 * time.Second, Introspection: true}

// NewHandler returns the /graphql handler: the executable schema with limits,
// per-request dataloaders and the error presenter. importToken, when not
// empty, switches the importLetter mutation on for callers presenting it.
func NewHandler(r *Resolver, limits Limits, importToken string, log *slog.Logger) http.Handler {
	cfg := generated.Config{Resolvers: r}
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	if limits.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(depthLimit{max: limits.MaxDepth}) // before complexity: the clearer error
	srv.Use(extension.FixedComplexityLimit(limits.MaxComplexity))
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.Error("graphql panic", "panic", v, "operation", operationName(ctx))
		return &graph.Error{Code: graph.EINTERNAL, Message: "Internal error."}
	})

	var h http.Handler = srv
	h = WithLoaders(r.Store, h)
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		req.Body = http.MaxBytesReader(w, req.Body, limits.MaxBodyBytes)
		ctx, cancel := context.WithTimeout(req.Context(), limits.Timeout)
		defer cancel()
		ctx = context.WithValue(ctx, importKey{}, importToken != "" && bearer(req) != "" &&
			subtle.ConstantTimeCompare([]byte(bearer(req)), []byte(importToken)) == 1)
		h.ServeHTTP(w, req.WithContext(ctx))
	})
}

type importKey struct{}

func importAllowed(ctx context.Context) bool {
	ok, _ := ctx.Value(importKey{}).(bool)
	return ok
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
			return gerr // a parse or validation error: already about the request
		}
		pres := graphql.DefaultErrorPresenter(ctx, err)
		code := graph.ErrorCode(err)
		switch {
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

// depthLimit refuses operations nested deeper than max.
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
		return &gqlerror.Error{
			Message:    fmt.Sprintf("the query is nested %d levels deep; at most %d allowed", d, l.max),
			Extensions: map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"},
		}
	}
	return nil
}

func depth(set ast.SelectionSet, fragments ast.FragmentDefinitionList, level int) int {
	if level > 64 {
		return level // fragment cycles are rejected by validation; stay finite anyway
	}
	deepest := level
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = level + 1
			} else {
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
