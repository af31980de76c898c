//go:build outage

package main

// The outage test stops a real Neo4j while the server is answering queries,
// then starts it again. It runs its own Neo4j (port 7695, data in
// .neo4j/outage) through tools/neo4j/neo4j.sh, so it is slow and lives
// behind `make outage`, not `make test`.

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers"
)

const outagePort = "7695"

func neo4jScript(t *testing.T, action string) {
	t.Helper()
	cmd := exec.Command("../../tools/neo4j/neo4j.sh", action)
	cmd.Env = append(os.Environ(), "NEO4J_PORT="+outagePort, "NEO4J_DIR=.neo4j/outage")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("neo4j.sh %s: %v\n%s", action, err, out)
	}
}

func TestOutage_RecoversByItself(t *testing.T) {
	neo4jScript(t, "start")
	t.Cleanup(func() { neo4jScript(t, "stop") })

	store, err := graph.New(graph.Config{URI: "bolt://127.0.0.1:" + outagePort})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(context.Background())
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go migrateWhenReachable(ctx, store, log)
	coSigning := graph.NewProjection(store)
	go coSigning.Run(ctx, time.Second, nil)
	limits := resolvers.DefaultLimits
	limits.Timeout = 5 * time.Second
	srv := httptest.NewServer(routes(&resolvers.Resolver{Store: store, CoSigning: coSigning}, serveConfig{limits: limits}, log))
	defer srv.Close()

	waitFor(t, 60*time.Second, func() bool { return health(srv.URL) == http.StatusOK })

	// Clients keep asking throughout; every answer must come within the
	// request timeout (plus slack) and be either data or a coded error.
	var slow, uncoded, served atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				start := time.Now()
				code, ok := query(srv.URL)
				if time.Since(start) > limits.Timeout+5*time.Second {
					slow.Add(1)
				}
				if !ok {
					uncoded.Add(1)
				}
				if code == "" && ok {
					served.Add(1)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}

	time.Sleep(2 * time.Second)
	neo4jScript(t, "stop")
	waitFor(t, 30*time.Second, func() bool { return health(srv.URL) == http.StatusServiceUnavailable })
	if code, _ := query(srv.URL); code != graph.EUNAVAILABLE {
		t.Errorf("query with Neo4j down: code %q; want %q", code, graph.EUNAVAILABLE)
	}

	neo4jScript(t, "start")
	waitFor(t, 60*time.Second, func() bool { return health(srv.URL) == http.StatusOK })
	before := served.Load()
	waitFor(t, 30*time.Second, func() bool { return served.Load() > before })
	close(stop)
	wg.Wait()

	if n := slow.Load(); n > 0 {
		t.Errorf("%d requests took longer than the timeout", n)
	}
	if n := uncoded.Load(); n > 0 {
		t.Errorf("%d answers were neither data nor an error with extensions.code", n)
	}
}

func waitFor(t *testing.T, d time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %s", d)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func health(base string) int {
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// query asks for stats; it returns the error code ("" for data) and whether
// the answer was well formed.
func query(base string) (string, bool) {
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { letters } }"}`))
	if err != nil {
		return "", false
	}
	defer resp.Body.Close()
	var body struct {
		Data   *struct{ Stats *struct{ Letters int } }
		Errors []struct{ Extensions map[string]any }
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", false
	}
	if len(body.Errors) > 0 {
		code, _ := body.Errors[0].Extensions["code"].(string)
		return code, code != ""
	}
	return "", body.Data != nil && body.Data.Stats != nil
}
