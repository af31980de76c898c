package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers"
)

func runCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, &stdout, &stderr, slog.New(slog.NewTextHandler(io.Discard, nil)))
	return stdout.String(), stderr.String(), err
}

func TestParse_MatchesAnswerFile(t *testing.T) {
	out, stderr, err := runCmd(t, "parse", "../../loader/testdata/000_seed.txt")
	if err != nil {
		t.Fatalf("parse: %v (%s)", err, stderr)
	}
	var got, want map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("parse output is not JSON: %v\n%s", err, out)
	}
	raw, err := os.ReadFile("../../loader/testdata/000_seed.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"date", "recipients", "cc", "signatories"} {
		g, _ := json.Marshal(got[field])
		w, _ := json.Marshal(want[field])
		if !bytes.Equal(g, w) {
			t.Errorf("%s:\n got %s\nwant %s", field, g, w)
		}
	}
}

func TestParse_ErrNamesFile(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/empty.txt"
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCmd(t, "parse", path)
	if err == nil || !strings.Contains(err.Error(), "empty.txt") {
		t.Fatalf("error = %v; want one naming empty.txt", err)
	}
}

func TestLoad_DryRun(t *testing.T) {
	out, stderr, err := runCmd(t, "load", "--dry-run", "../../data/letters")
	if err != nil {
		t.Fatalf("load --dry-run: %v (%s)", err, stderr)
	}
	if !strings.Contains(out, "32 letters from 32 files") || !strings.Contains(out, "0 failed") {
		t.Fatalf("summary = %q; want 32 letters from 32 files, 0 failed", out)
	}
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"serve", "load", "parse", "migrate"} {
		t.Run(cmd, func(t *testing.T) {
			_, stderr, err := runCmd(t, cmd, "-h")
			if err != nil {
				t.Fatalf("%s -h: %v", cmd, err)
			}
			if !strings.Contains(stderr, "Usage: coalition "+cmd) {
				t.Fatalf("%s -h printed %q; want its usage", cmd, stderr)
			}
		})
	}
	_, stderr, err := runCmd(t, "nonsense")
	if err == nil || !strings.Contains(stderr, "unknown command") {
		t.Fatalf("unknown command: err=%v stderr=%q", err, stderr)
	}
}

// With Neo4j unreachable the server still answers: /healthz says degraded,
// and queries get a clear UNAVAILABLE error instead of hanging or leaking
// driver text.
func TestServe_Neo4jDown(t *testing.T) {
	store, err := graph.New(graph.Config{URI: "bolt://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(context.Background())
	cfg := serveConfig{limits: resolvers.DefaultLimits, playground: true}
	srv := httptest.NewServer(routes(&resolvers.Resolver{Store: store, CoSigning: graph.NewProjection(store)}, cfg, slog.New(slog.NewTextHandler(io.Discard, nil))))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var health map[string]string
	json.NewDecoder(resp.Body).Decode(&health)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || health["status"] != "degraded" || !strings.Contains(health["error"], "make neo4j-start") {
		t.Fatalf("healthz = %d %v; want 503 degraded with a hint", resp.StatusCode, health)
	}

	resp, err = http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { letters } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	json.NewDecoder(resp.Body).Decode(&body)
	resp.Body.Close()
	if len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != graph.EUNAVAILABLE || strings.Contains(body.Errors[0].Message, "ConnectivityError") {
		t.Fatalf("errors = %+v; want one UNAVAILABLE without driver text", body.Errors)
	}
}
