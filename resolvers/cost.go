package resolvers

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/sync/semaphore"
)

// costBudget lets operations execute while the sum of their complexities
// stays within a budget, first come first served. A costly answer (a page
// of organizations with their letters and signatories is megabytes) holds
// tens of megabytes until it is written, so the budget bounds serve's
// memory; and on a busy machine finishing costly operations in turn is no
// slower than interleaving them, while each one finishes sooner. An
// operation costlier than the whole budget runs alone. Operations under a
// tenth of the budget are not counted: their answers are small, and
// waiting in line behind a costly one (the line is first come first
// served) would make every quick question as slow as the slowest.
type costBudget struct {
	budget int64
	sem    *semaphore.Weighted
}

func newCostBudget(budget int) costBudget {
	b := int64(max(1, budget))
	return costBudget{budget: b, sem: semaphore.NewWeighted(b)}
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = costBudget{}

func (costBudget) ExtensionName() string { return "CostBudget" }

func (costBudget) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation runs after validation, when the operation's complexity
// is known, and holds its share of the budget until its last response.
func (b costBudget) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	var cost int64
	if st := extension.GetComplexityStats(ctx); st != nil {
		cost = min(int64(st.Complexity), b.budget)
	}
	if cost < b.budget/10 {
		return next(ctx)
	}
	if err := b.sem.Acquire(ctx, cost); err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
			Message:    "the server is busy; try again",
			Extensions: map[string]any{"code": "UNAVAILABLE"},
		}}})
	}
	var once sync.Once
	release := func() { once.Do(func() { b.sem.Release(cost) }) }
	respond := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := respond(ctx)
		if resp == nil || resp.HasNext == nil || !*resp.HasNext {
			release()
		}
		return resp
	}
}
