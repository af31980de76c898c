package resolvers

import (
	"context"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
)

func TestCostBudget(t *testing.T) {
	b := newCostBudget(10000, 0) // no shedding: every operation waits its turn
	// run starts an operation of the given complexity that holds its share
	// until release is closed, and reports on started when it executes and
	// on done with its response.
	type op struct {
		started chan struct{}
		done    chan *graphql.Response
		release chan struct{}
	}
	run := func(ctx context.Context, complexity int) op {
		o := op{make(chan struct{}), make(chan *graphql.Response, 1), make(chan struct{})}
		opCtx := &graphql.OperationContext{}
		opCtx.Stats.SetExtension("ComplexityLimit", &extension.ComplexityStats{Complexity: complexity})
		ctx = graphql.WithOperationContext(ctx, opCtx)
		go func() {
			respond := b.InterceptOperation(ctx, func(context.Context) graphql.ResponseHandler {
				close(o.started)
				<-o.release
				return graphql.OneShot(&graphql.Response{Data: []byte(`{}`)})
			})
			o.done <- respond(ctx)
		}()
		return o
	}
	started := func(o op) bool {
		select {
		case <-o.started:
			return true
		case <-time.After(200 * time.Millisecond):
			return false
		}
	}

	page := run(context.Background(), 6400)
	if !started(page) {
		t.Fatal("a page within the budget did not start")
	}
	cheap := run(context.Background(), 100)
	if !started(cheap) {
		t.Error("a cheap query waited for a page although the budget had room")
	}
	close(cheap.release)
	second := run(context.Background(), 6400)
	if started(second) {
		t.Error("a second page started while the first held most of the budget")
	}
	huge := run(context.Background(), 30000) // costlier than the budget: runs alone
	close(page.release)
	if resp := <-page.done; len(resp.Errors) != 0 {
		t.Errorf("page: %v", resp.Errors)
	}
	if !started(second) {
		t.Fatal("the second page did not start when the first ended")
	}
	if started(huge) {
		t.Error("an operation costlier than the budget started beside another")
	}
	close(second.release)
	if !started(huge) {
		t.Fatal("an operation costlier than the budget never started")
	}

	// A cheap query does not queue behind a costly one that waits.
	cheapNow := run(context.Background(), 999)
	if !started(cheapNow) {
		t.Error("a cheap query waited behind a costly one")
	}
	close(cheapNow.release)

	// Waiting ends with the request's deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	late := run(ctx, 2000)
	select {
	case resp := <-late.done:
		if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "UNAVAILABLE" {
			t.Errorf("an operation past its deadline: %v; want UNAVAILABLE", resp.Errors)
		}
	case <-time.After(2 * time.Second):
		t.Error("an operation waiting past its deadline was not refused")
	}
	close(huge.release)
	<-huge.done
	again := run(context.Background(), 10000)
	if !started(again) {
		t.Error("the budget was not given back")
	}
	close(again.release)
}

// The budget sheds what it cannot start in time: with one page running and
// one waiting, each measured at about 200 ms, a third page arriving would
// wait about 400 ms, over a 300 ms limit, and is refused at once with a
// Retry-After; once the line is short again, pages are admitted.
func TestCostBudget_Shed(t *testing.T) {
	b := newCostBudget(10000, 300*time.Millisecond)
	page := func(ctx context.Context, hold time.Duration) (*graphql.Response, *shedding, time.Duration) {
		opCtx := &graphql.OperationContext{}
		opCtx.Stats.SetExtension("ComplexityLimit", &extension.ComplexityStats{Complexity: 6400})
		ctx, s := withShedding(graphql.WithOperationContext(ctx, opCtx))
		began := time.Now()
		respond := b.InterceptOperation(ctx, func(context.Context) graphql.ResponseHandler {
			time.Sleep(hold)
			return graphql.OneShot(&graphql.Response{Data: []byte(`{}`)})
		})
		return respond(ctx), s, time.Since(began)
	}
	// One page measures the cost of a unit.
	if resp, s, _ := page(context.Background(), 200*time.Millisecond); len(resp.Errors) > 0 {
		t.Fatalf("first page: %v", resp.Errors)
	} else if shed, _ := s.refused(); shed {
		t.Fatal("first page was shed")
	}

	results := make(chan *graphql.Response, 2)
	for range 2 { // one runs, one waits
		go func() {
			resp, _, _ := page(context.Background(), 200*time.Millisecond)
			results <- resp
		}()
		time.Sleep(20 * time.Millisecond)
	}
	resp, s, took := page(context.Background(), 200*time.Millisecond)
	shed, retry := s.refused()
	if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "UNAVAILABLE" || !shed {
		t.Fatalf("third page: errors %v, shed %v; want UNAVAILABLE, shed", resp.Errors, shed)
	}
	if took > 50*time.Millisecond {
		t.Errorf("third page refused after %v; want at once", took)
	}
	if retry < time.Second {
		t.Errorf("Retry-After %v; want at least a second", retry)
	}
	for range 2 {
		if resp := <-results; len(resp.Errors) > 0 {
			t.Errorf("an admitted page failed: %v", resp.Errors)
		}
	}
	if resp, s, _ := page(context.Background(), 0); len(resp.Errors) > 0 {
		t.Fatalf("a page after the line emptied: %v", resp.Errors)
	} else if shed, _ := s.refused(); shed {
		t.Fatal("a page after the line emptied was shed")
	}
}
