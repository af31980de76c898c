package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Targets.
const (
	targetOurs         = "ours"          // coalition serve's /graphql
	targetNeo4jGraphQL = "neo4j-graphql" // bench/neo4j-graphql
	targetDriver       = "driver"        // the floor: graph.Store calls, no HTTP, no GraphQL
)

// A target answers one request for a query; the error says why it failed.
type target interface {
	do(ctx context.Context, q *query) error
}

// httpTarget posts each query's GraphQL, with its variables, to a URL.
type httpTarget struct {
	client *http.Client
	url    string
	bodies map[string][]byte // request body by query name, built once
}

func newHTTPTarget(client *http.Client, url string, qs []query, a Args, neo4jGraphQL bool) (*httpTarget, error) {
	t := &httpTarget{client: client, url: url, bodies: map[string][]byte{}}
	for _, q := range qs {
		text := q.ours
		if neo4jGraphQL {
			text = q.neo4jGraphQL
		}
		body, err := json.Marshal(map[string]any{"query": text, "variables": q.vars(a)})
		if err != nil {
			return nil, err
		}
		t.bodies[q.name] = body
	}
	return t, nil
}

func (t *httpTarget) do(ctx context.Context, q *query) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url, bytes.NewReader(t.bodies[q.name]))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	return checkResponse(resp.StatusCode, body)
}

// driverTarget runs each query's floor: the resolvers' Store calls, direct.
type driverTarget struct {
	store *backend
	args  Args
}

func (t *driverTarget) do(ctx context.Context, q *query) error { return q.floor(ctx, t.store, t.args) }

// runSpec says how long a run lasts: n requests in all, or for d.
type runSpec struct {
	concurrency int
	duration    time.Duration
	requests    int
	timeout     time.Duration // per request
}

// tally is what one worker saw for one query.
type tally struct {
	latencies  []time.Duration
	errors     int
	firstError string
}

// worker is one client's tallies (one per query) and how long it was busy:
// from the run's start to its last answer.
type worker struct {
	tallies []tally
	active  time.Duration
}

// run sends requests from spec.concurrency workers until the run is over,
// each worker cycling through qs (one query, or a mix), and returns a Result
// per query; for a mix, then one named "all" over every request. Each worker
// starts at a different query, so a mix is spread.
func run(ctx context.Context, t target, qs []query, spec runSpec) []Result {
	var (
		issued atomic.Int64
		wg     sync.WaitGroup
	)
	deadline := time.Now().Add(spec.duration)
	more := func() bool {
		if spec.requests > 0 {
			return issued.Add(1) <= int64(spec.requests)
		}
		return time.Now().Before(deadline)
	}
	workers := make([]worker, spec.concurrency)
	start := time.Now()
	for w := range workers {
		workers[w].tallies = make([]tally, len(qs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; more() && ctx.Err() == nil; i++ {
				k := i % len(qs)
				workers[w].tallies[k].record(ctx, t, &qs[k], spec.timeout)
			}
			workers[w].active = time.Since(start)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	var out []Result
	for k, q := range qs {
		out = append(out, result(q.name, spec.concurrency, elapsed, workers, func(w *worker) tally { return w.tallies[k] }))
	}
	if len(qs) > 1 {
		out = append(out, result("all", spec.concurrency, elapsed, workers, func(w *worker) tally {
			var all tally
			for _, tl := range w.tallies {
				all.merge(tl)
			}
			return all
		}))
	}
	return out
}

// result sums what the workers saw of one query (pick chooses it). Its
// throughput is the sum of the workers' rates, each over the time it was
// busy, so the wait for the last slow answers after -d does not dilute it.
func result(name string, c int, elapsed time.Duration, workers []worker, pick func(*worker) tally) Result {
	var all tally
	counts := make([]int, len(workers))
	active := make([]time.Duration, len(workers))
	for w := range workers {
		tl := pick(&workers[w])
		all.merge(tl)
		counts[w], active[w] = len(tl.latencies), workers[w].active
	}
	r := summarize(all.latencies, all.errors, all.firstError, throughput(counts, active))
	r.Query, r.Concurrency, r.Seconds = name, c, elapsed.Seconds()
	return r
}

// record times one request.
func (tl *tally) record(ctx context.Context, t target, q *query, timeout time.Duration) {
	reqCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	began := time.Now()
	err := t.do(reqCtx, q)
	if ctx.Err() != nil {
		return // interrupted (Ctrl-C): no answer to count
	}
	tl.latencies = append(tl.latencies, time.Since(began))
	if err != nil {
		tl.errors++
		if tl.firstError == "" {
			tl.firstError = err.Error()
		}
	}
}

func (tl *tally) merge(o tally) {
	tl.latencies = append(tl.latencies, o.latencies...)
	tl.errors += o.errors
	if tl.firstError == "" {
		tl.firstError = o.firstError
	}
}

func (r Result) String() string {
	return fmt.Sprintf("%s %s c=%d: %d requests, %d errors, p50 %.2f ms, p99 %.2f ms, %.1f req/s",
		r.Target, r.Query, r.Concurrency, r.Requests, r.Errors, r.P50ms, r.P99ms, r.PerSecond)
}
