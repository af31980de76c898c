package resolvers

import (
	"context"
	"math"
	"sync"
	"time"

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
//
// It also sheds load. An operation that would wait longer than maxWait for
// its turn is refused at once (UNAVAILABLE, HTTP 503 with Retry-After)
// rather than queued: a line longer than the server can serve in time only
// grows until every request in it times out. The wait is estimated from
// what is ahead, the operations executing and those already waiting, each
// taking its cost times the seconds per unit of cost that recent
// operations took (a moving average, measured under the load at hand). The
// estimate treats what is ahead as running one after another, which is what
// costly operations mostly do: one nested page of 50 organizations
// (complexity 6,351) fills most of the default budget.
type costBudget struct {
	budget  int64
	maxWait time.Duration
	sem     *semaphore.Weighted

	mu sync.Mutex
	// perCost is the moving average of seconds per unit of cost of the
	// operations that ended; 0 until one has.
	perCost float64
	queued  int64 // summed cost of the operations waiting
	running map[*costTicket]struct{}
}

// costTicket is one admitted operation's place in the budget.
type costTicket struct {
	cost    int64
	started time.Time // zero while it waits
}

// perCostWeight is how much one finished operation moves the average.
const perCostWeight = 0.2

func newCostBudget(budget int, maxWait time.Duration) *costBudget {
	b := int64(max(1, budget))
	return &costBudget{budget: b, maxWait: maxWait, sem: semaphore.NewWeighted(b), running: map[*costTicket]struct{}{}}
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = (*costBudget)(nil)

func (*costBudget) ExtensionName() string { return "CostBudget" }

func (*costBudget) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation runs after validation, when the operation's complexity
// is known, and holds its share of the budget until its last response.
func (b *costBudget) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	var cost int64
	if st := extension.GetComplexityStats(ctx); st != nil {
		cost = min(int64(st.Complexity), b.budget)
	}
	if cost < b.budget/10 {
		return next(ctx)
	}
	t, wait := b.admit(cost)
	if t == nil {
		return shed(ctx, wait)
	}
	if err := b.sem.Acquire(ctx, cost); err != nil {
		b.leave(t)
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
			Message:    "the server is busy; try again",
			Extensions: map[string]any{"code": "UNAVAILABLE"},
		}}})
	}
	b.start(t)
	var once sync.Once
	release := func() {
		once.Do(func() {
			b.end(t)
			b.sem.Release(cost)
		})
	}
	respond := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := respond(ctx)
		if resp == nil || resp.HasNext == nil || !*resp.HasNext {
			release()
		}
		return resp
	}
}

// admit queues an operation of cost when its wait is expected within
// maxWait; otherwise it returns no ticket and the expected wait.
func (b *costBudget) admit(cost int64) (*costTicket, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if wait := b.expectedWait(time.Now(), cost); b.maxWait > 0 && wait > b.maxWait {
		return nil, wait
	}
	b.queued += cost
	return &costTicket{cost: cost}, 0
}

// expectedWait is how long an operation of cost arriving now would wait:
// what is left of the running operations and all of the waiting ones, one
// after another. With no measurement yet, or room in the budget and no
// line, 0.
func (b *costBudget) expectedWait(now time.Time, cost int64) time.Duration {
	var held int64
	for t := range b.running {
		held += t.cost
	}
	if b.perCost == 0 || (b.queued == 0 && held+cost <= b.budget) {
		return 0
	}
	left := float64(b.queued) * b.perCost
	for t := range b.running {
		left += max(0, float64(t.cost)*b.perCost-now.Sub(t.started).Seconds())
	}
	return time.Duration(left * float64(time.Second))
}

func (b *costBudget) start(t *costTicket) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.queued -= t.cost
	t.started = time.Now()
	b.running[t] = struct{}{}
}

// leave takes back a ticket that never started.
func (b *costBudget) leave(t *costTicket) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.queued -= t.cost
}

// end releases a started ticket and adds its time to the average.
func (b *costBudget) end(t *costTicket) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.running, t)
	per := time.Since(t.started).Seconds() / float64(t.cost)
	if b.perCost == 0 {
		b.perCost = per
	} else {
		b.perCost += perCostWeight * (per - b.perCost)
	}
}

// shedKey holds a request's *shedding: where an operation refused for
// load leaves the Retry-After its HTTP answer should carry.
type shedKey struct{}

type shedding struct {
	mu         sync.Mutex
	retryAfter time.Duration
}

func withShedding(ctx context.Context) (context.Context, *shedding) {
	s := &shedding{}
	return context.WithValue(ctx, shedKey{}, s), s
}

// refused says whether the request was shed, and when to try again.
func (s *shedding) refused() (bool, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.retryAfter > 0, s.retryAfter
}

// shed answers an operation refused for load: UNAVAILABLE now, and, over
// HTTP, status 503 with Retry-After (set by the handler from the context).
func shed(ctx context.Context, wait time.Duration) graphql.ResponseHandler {
	retry := max(time.Second, wait)
	if s, ok := ctx.Value(shedKey{}).(*shedding); ok {
		s.mu.Lock()
		s.retryAfter = retry
		s.mu.Unlock()
	}
	return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
		Message:    "the server is busy; try again",
		Extensions: map[string]any{"code": "UNAVAILABLE", "retryAfterSeconds": retrySeconds(retry)},
	}}})
}

// retrySeconds is a Retry-After value: whole seconds, at least one.
func retrySeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
