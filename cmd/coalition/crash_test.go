//go:build crash

package main

// The crash test kills `coalition load` with SIGKILL twice while it writes
// letters (about half and three quarters of the way), and checks that the
// run after gives exactly the graph of a clean load, and the same
// co-signing projection. It generates the S
// corpus (1,000 letters; -crash.letters for another size) and runs its own
// Neo4j (port 7696 or CRASH_NEO4J_PORT, data in .neo4j/crash), so it takes minutes and lives
// behind `make crash`, not `make test`.

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/tools/corpusgen/corpus"
)

// crashPort is the crash test's Neo4j port: CRASH_NEO4J_PORT, or 7696.
var crashPort = envOr("CRASH_NEO4J_PORT", "7696")

var crashLetters = flag.Int("crash.letters", 1000, "letters in the corpus the crash test loads")

// TestMain lets the test binary stand in for the coalition binary: a child
// started with COALITION_CRASH_CHILD runs `coalition load` and exits.
func TestMain(m *testing.M) {
	if os.Getenv("COALITION_CRASH_CHILD") != "" {
		log := slog.New(slog.NewTextHandler(io.Discard, nil))
		if err := run(context.Background(), os.Args[1:], io.Discard, os.Stderr, log); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestCrash_KilledLoadsGiveTheCleanGraph(t *testing.T) {
	cmd := exec.Command("../../tools/neo4j/neo4j.sh", "start")
	cmd.Env = append(os.Environ(), "NEO4J_PORT="+crashPort, "NEO4J_DIR=.neo4j/crash")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("neo4j.sh start: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		cmd := exec.Command("../../tools/neo4j/neo4j.sh", "stop")
		cmd.Env = append(os.Environ(), "NEO4J_PORT="+crashPort, "NEO4J_DIR=.neo4j/crash")
		cmd.Run()
	})
	ctx := context.Background()
	uri := "bolt://127.0.0.1:" + crashPort
	store, err := graph.Open(ctx, graph.Config{URI: uri})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)

	dir := t.TempDir()
	for _, l := range corpus.Generate(1, *crashLetters) {
		if err := os.WriteFile(filepath.Join(dir, l.Name), []byte(l.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The clean load.
	wipe(t, store)
	start := time.Now()
	loadAll(t, uri, dir)
	clean, err := store.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cleanPairs := projectedPairs(t, store)
	t.Logf("clean load: %v, %d letters, %d co-signing pairs", time.Since(start).Round(time.Second), clean.Nodes["Letter"], cleanPairs)
	if clean.Nodes["Letter"] == 0 || cleanPairs == 0 {
		t.Fatalf("clean load gave %+v and %d pairs; want letters and co-signing", clean, cleanPairs)
	}

	// Killed halfway through the letters, then three quarters of the way.
	wipe(t, store)
	killWhen(t, uri, dir, store, "half the letters written", func(c graph.Counts) bool {
		return c.Nodes["Letter"] >= clean.Nodes["Letter"]/2
	})
	killWhen(t, uri, dir, store, "three quarters of the letters written", func(c graph.Counts) bool {
		return c.Nodes["Letter"] >= clean.Nodes["Letter"]*3/4
	})
	loadAll(t, uri, dir)
	after, err := store.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, clean) {
		t.Errorf("after two killed loads and a rerun:\n%+v\nwant the clean load's:\n%+v", after, clean)
	}
	if pairs := projectedPairs(t, store); pairs != cleanPairs {
		t.Errorf("after two killed loads and a rerun: %d co-signing pairs; want the clean load's %d", pairs, cleanPairs)
	}
}

// projectedPairs projects the graph's co-signing and counts its pairs.
func projectedPairs(t *testing.T, store *graph.Store) int {
	t.Helper()
	p := graph.NewProjection(store)
	if _, err := p.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, err := p.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.CoSignedPairs
}

// killWhen starts a load and kills it with SIGKILL once the graph's counts
// satisfy ready. A load that ends first fails the test: the kill must land
// mid-load to test anything.
func killWhen(t *testing.T, uri, dir string, store *graph.Store, what string, ready func(graph.Counts) bool) {
	t.Helper()
	cmd := loadCommand(uri, dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		select {
		case err := <-done:
			t.Fatalf("load ended (%v) before %s; make -crash.letters larger\n%s", err, what, stderr.String())
		case <-time.After(200 * time.Millisecond):
		}
		c, err := store.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if ready(c) {
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			t.Logf("killed the load: %s (%d letters)", what, c.Nodes["Letter"])
			return
		}
	}
}

func loadAll(t *testing.T, uri, dir string) {
	t.Helper()
	if out, err := loadCommand(uri, dir).CombinedOutput(); err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
}

func loadCommand(uri, dir string) *exec.Cmd {
	// Small batches, so the first kill lands between many commits.
	cmd := exec.Command(os.Args[0], "load", "-quiet", "-batch", "50", "-neo4j-uri", uri, dir)
	cmd.Env = append(os.Environ(), "COALITION_CRASH_CHILD=1")
	return cmd
}

func wipe(t *testing.T, store *graph.Store) {
	t.Helper()
	ctx := context.Background()
	if err := store.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := store.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
}
