package resolvers

import (
	"context"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
)

func TestCostBudget(t *testing.T) {
	b := newCostBudget(10000)
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
