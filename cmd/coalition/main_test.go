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
	rated := dropRatings(got)
	if rated == 0 {
		t.Error("parse printed no confidence for any signatory")
	}
	for _, field := range []string{"date", "recipients", "cc", "signatories"} {
		g, _ := json.Marshal(got[field])
		w, _ := json.Marshal(want[field])
		if !bytes.Equal(g, w) {
			t.Errorf("%s:\n got %s\nwant %s", field, g, w)
		}
	}
}

// dropRatings removes the confidence and reason the parser adds to each
// signatory, which answer files do not carry, and says how many it rated.
func dropRatings(letter map[string]any) int {
	n := 0
	sigs, _ := letter["signatories"].([]any)
	for _, s := range sigs {
		if m, ok := s.(map[string]any); ok {
			if _, ok := m["confidence"]; ok {
				n++
			}
			delete(m, "confidence")
			delete(m, "reason")
		}
	}
	return n
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

// --report prints what entity resolution did as tables: the merges with
// their rules, the names kept apart, the candidates ranked.
func TestLoad_Report(t *testing.T) {
	out, stderr, err := runCmd(t, "load", "--dry-run", "--report", "../../data/letters")
	if err != nil {
		t.Fatalf("load --report: %v (%s)", err, stderr)
	}
	for _, want := range []string{
		"2 names merged into others (1 of the U.S. = of the United States, 1 middle initial added or dropped):",
		"RULE", "MERGED INTO", "Jonathan Young", "Jonathan M. Young",
		"1 name kept apart as several people:", "person:tim-johnson--us-house", "person:tim-johnson--us-senate",
		"3 possible duplicates, most likely first", "SCORE", "John Conyers, Jr.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("load --report output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "{organization") || strings.Contains(out, "{person") {
		t.Errorf("load --report prints Go structs:\n%s", out)
	}
}

// --json prints the summary and the whole report for programs.
func TestLoad_JSON(t *testing.T) {
	out, stderr, err := runCmd(t, "load", "--dry-run", "--json", "../../data/letters")
	if err != nil {
		t.Fatalf("load --json: %v (%s)", err, stderr)
	}
	var got struct {
		Letters, People, Organizations int
		Failed                         []any
		Merges                         []struct{ Kind, Rule, Name, ID, Into, IntoID, Evidence string }
		Splits                         []struct {
			Name, ID, Rule string
			Parts          []struct{ ID, Context string }
		}
		Candidates []struct {
			AID, BID string
			Score    float64
			Evidence []string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("load --json printed no JSON: %v\n%s", err, out)
	}
	if got.Letters != 32 || got.People != 372 || got.Organizations != 404 || got.Failed == nil {
		t.Errorf("letters, people, organizations = %d, %d, %d (failed %v); want 32, 372, 404 and []", got.Letters, got.People, got.Organizations, got.Failed)
	}
	if len(got.Merges) != 2 || got.Merges[1].ID != "person:jonathan-young" || got.Merges[1].IntoID != "person:jonathan-m-young" || got.Merges[1].Rule == "" {
		t.Errorf("merges = %+v; want VFW and Jonathan Young, with their rules", got.Merges)
	}
	if len(got.Splits) != 1 || got.Splits[0].ID != "person:tim-johnson" || len(got.Splits[0].Parts) != 2 {
		t.Errorf("splits = %+v; want Tim Johnson in two parts", got.Splits)
	}
	if len(got.Candidates) != 3 || got.Candidates[0].Score < got.Candidates[2].Score || got.Candidates[2].Evidence == nil {
		t.Errorf("candidates = %+v; want 3, most likely first, evidence [] at least", got.Candidates)
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

func TestParse_Explain(t *testing.T) {
	out, _, err := runCmd(t, "parse", "--explain", "../../loader/testdata/000_seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"closing", `signatory 1: name "Mark Bromley"`, "confidence", "18 signatories"} {
		if !strings.Contains(out, want) {
			t.Errorf("parse --explain output lacks %q:\n%s", want, out)
		}
	}
}
