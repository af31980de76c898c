// Command apiload measures the GraphQL API under load: p50, p99 and
// throughput of six representative queries (search, partners, pairs in a
// window, role history, a nested page of 50 organizations with their letters
// and signatories, the network of that page), at one or more concurrencies,
// against up to three targets side by side:
//
//   - ours: `coalition serve`'s /graphql;
//   - neo4j-graphql: the @neo4j/graphql server of bench/neo4j-graphql, the
//     same questions over the same Neo4j;
//   - driver: the floor, the graph.Store calls the resolvers make for each
//     query (in the same order and batches), with no HTTP and no GraphQL, so
//     ours/driver is exactly the API's own overhead.
//
// It picks the queries' arguments from the loaded graph (the busiest
// organization, a person with several roles, the middle half of the years),
// so it works on any corpus. With -mix it sends all queries mixed, as a load
// test; with -pid it samples that process's RSS and peak RSS every few
// seconds. It exits 1 when a request to ours or the driver floor failed: a
// non-200 answer, a GraphQL errors array, or an error from the Store
// (@neo4j/graphql's failures are reported as its results).
//
//	apiload -target ours,neo4j-graphql,driver -c 1,16 -d 10s -pid $(pgrep -n coalition)
//	apiload -target ours -mix -c 32 -d 60s -warmup 10s -pid PID
//
// make bench-api and make loadtest run it (tools/apiload/run.sh).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/coalition-graph/coalition/graph"
)

type config struct {
	targets      []string
	url          string
	neo4jGraphQL string
	neo4j        graph.Config
	concurrency  []int
	duration     time.Duration
	requests     int
	warmup       time.Duration
	timeout      time.Duration
	queries      string
	mix          bool
	pid          int
	every        time.Duration
	json         bool
	openLoop     bool
	open         openConfig
}

func main() {
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "apiload:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if cfg.openLoop {
		os.Exit(mainOpen(ctx, cfg))
	}
	rep, err := measure(ctx, cfg)
	if rep == nil {
		fmt.Fprintln(os.Stderr, "apiload:", err)
		os.Exit(1)
	}
	if cfg.json {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
	} else {
		printTable(os.Stdout, rep)
		if rep.Memory != nil {
			fmt.Println()
			printMemory(os.Stdout, rep.Memory)
		}
	}
	if err != nil { // interrupted: what ran is reported above
		fmt.Fprintln(os.Stderr, "apiload:", err)
		os.Exit(1)
	}
	if n := rep.errors(); n > 0 {
		fmt.Fprintf(os.Stderr, "apiload: %d requests failed\n", n)
		os.Exit(1)
	}
}

func parseFlags(args []string) (config, error) {
	fs := flag.NewFlagSet("apiload", flag.ContinueOnError)
	var cfg config
	var targets, conc string
	fs.StringVar(&targets, "target", targetOurs, "comma-separated targets: ours, neo4j-graphql, driver")
	fs.StringVar(&cfg.url, "url", "http://127.0.0.1:8080/graphql", "coalition serve's GraphQL endpoint (target ours)")
	fs.StringVar(&cfg.neo4jGraphQL, "neo4j-graphql-url", "http://127.0.0.1:4000/graphql", "the @neo4j/graphql server's endpoint (target neo4j-graphql)")
	fs.StringVar(&cfg.neo4j.URI, "neo4j-uri", envOr("NEO4J_URI", graph.DefaultURI), "Neo4j to pick arguments from and to run the driver floor against (env NEO4J_URI; NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE are read too)")
	fs.StringVar(&conc, "c", "1", "concurrent clients; a comma-separated list runs each in turn")
	fs.DurationVar(&cfg.duration, "d", 10*time.Second, "how long each measured run lasts")
	fs.IntVar(&cfg.requests, "n", 0, "requests per measured run instead of -d (0: use -d)")
	fs.DurationVar(&cfg.warmup, "warmup", 2*time.Second, "unmeasured load before each run")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "time limit per request")
	fs.StringVar(&cfg.queries, "queries", "all", "comma-separated queries: "+queryNames())
	fs.BoolVar(&cfg.mix, "mix", false, "send the queries mixed in one run (a load test) rather than one run per query")
	fs.IntVar(&cfg.pid, "pid", 0, "process whose RSS (VmRSS) and peak RSS (VmHWM) to sample and report")
	fs.DurationVar(&cfg.every, "every", 5*time.Second, "memory sampling interval for -pid")
	fs.BoolVar(&cfg.json, "json", false, "print the report as JSON instead of a table")
	fs.BoolVar(&cfg.openLoop, "open", false, "open-loop load test against ours: requests at fixed rates whatever the answers; finds the capacity, then runs 70 % and 150 % of it for -d (see open.go)")
	fs.Float64Var(&cfg.open.startRate, "start-rate", 2, "-open: first rate tried, requests per second (also the warm-up's)")
	fs.Float64Var(&cfg.open.maxRate, "max-rate", 200, "-open: highest rate tried")
	fs.Float64Var(&cfg.open.fixedRate, "capacity", 0, "-open: take this rate as the capacity instead of searching for it")
	fs.DurationVar(&cfg.open.step, "step", 20*time.Second, "-open: how long each rate of the capacity search lasts")
	fs.DurationVar(&cfg.open.p99, "p99", 2*time.Second, "-open: the p99 a rate must stay under")
	fs.DurationVar(&cfg.open.refuseWithin, "refuse-within", 100*time.Millisecond, "-open: how fast a refusal must come")
	fs.DurationVar(&cfg.open.recover, "recover", 20*time.Second, "-open: how long the 70 % phase after the burst lasts")
	fs.DurationVar(&cfg.open.recoveryIn, "recovery-in", 5*time.Second, "-open: from when after the burst the p99 must be back under -p99")
	fs.DurationVar(&cfg.open.settle, "settle", 3*time.Second, "-open: pause between phases, for the last answers to drain")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg.neo4j.Username, cfg.neo4j.Password = os.Getenv("NEO4J_USERNAME"), os.Getenv("NEO4J_PASSWORD")
	cfg.neo4j.Database = os.Getenv("NEO4J_DATABASE")
	for _, t := range strings.Split(targets, ",") {
		switch t = strings.TrimSpace(t); t {
		case targetOurs, targetNeo4jGraphQL, targetDriver:
			cfg.targets = append(cfg.targets, t)
		default:
			return cfg, fmt.Errorf("unknown target %q (have ours, neo4j-graphql, driver)", t)
		}
	}
	for _, c := range strings.Split(conc, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			return cfg, fmt.Errorf("-c: %q is not a positive number", c)
		}
		cfg.concurrency = append(cfg.concurrency, n)
	}
	if cfg.duration <= 0 && cfg.requests <= 0 {
		return cfg, fmt.Errorf("give -d or -n")
	}
	_, err := selectQueries(cfg.queries)
	return cfg, err
}

// mainOpen runs the open-loop test and returns the exit code.
func mainOpen(ctx context.Context, cfg config) int {
	rep, err := measureOpen(ctx, cfg)
	if rep == nil {
		fmt.Fprintln(os.Stderr, "apiload:", err)
		return 1
	}
	if cfg.json {
		writeOpenJSON(os.Stdout, rep)
	} else {
		printOpen(os.Stdout, rep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "apiload:", err)
		return 1
	}
	if n := rep.failed(); n > 0 {
		fmt.Fprintf(os.Stderr, "apiload: %d of %d checks failed\n", n, len(rep.Checks))
		return 1
	}
	return 0
}

func openStore(ctx context.Context, cfg config) (*graph.Store, error) {
	return graph.Open(ctx, cfg.neo4j)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// measure picks the arguments, checks every query once on every target, then
// runs the load and collects the results.
func measure(ctx context.Context, cfg config) (*Report, error) {
	qs, _ := selectQueries(cfg.queries)
	store, err := graph.Open(ctx, cfg.neo4j)
	if err != nil {
		return nil, err
	}
	defer store.Close(context.Background())
	b := &backend{Store: store, coSigning: graph.NewProjection(store)}
	store.UseProjection(b.coSigning) // as serve does
	res, err := b.coSigning.Refresh(ctx)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "apiload: co-signing projected for the driver floor: %d letters, %d organizations in %v\n", res.Letters, res.Organizations, res.Took.Round(time.Millisecond))
	args, err := pickArgs(ctx, b)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "apiload: arguments from %s: %+v\n", store.URI(), args)
	targets, err := makeTargets(cfg, b, qs, args)
	if err != nil {
		return nil, err
	}
	if err := preflight(ctx, cfg.targets, targets, qs, cfg.timeout); err != nil {
		return nil, err
	}
	s := &session{cfg: cfg, targets: targets, rep: &Report{Args: args, Targets: cfg.targets}}
	if cfg.pid > 0 {
		s.mem = startSampler(cfg.pid, cfg.every)
	}
	// Targets take turns on each query, so a drift of the machine's load
	// spreads over all of them.
	for _, batch := range batches(qs, cfg.mix) {
		for _, c := range cfg.concurrency {
			for _, name := range cfg.targets {
				if b := supported(name, batch); ctx.Err() == nil && len(b) > 0 {
					s.step(ctx, name, b, c)
				}
			}
		}
	}
	if s.mem != nil {
		samples, err := s.mem.finish()
		s.rep.Memory = &MemoryInfo{PID: cfg.pid, Command: command(cfg.pid), Samples: samples}
		if err != nil {
			s.rep.Memory.Error = err.Error()
		}
	}
	return s.rep, ctx.Err()
}

// supported leaves out the queries a target has nothing for: @neo4j/graphql
// has no communities (Louvain needs Go, or Neo4j's GDS plugin).
func supported(target string, qs []query) []query {
	if target != targetNeo4jGraphQL {
		return qs
	}
	var out []query
	for _, q := range qs {
		if q.neo4jGraphQL != "" {
			out = append(out, q)
		}
	}
	return out
}

// session is one invocation's runs and what they measured.
type session struct {
	cfg     config
	targets map[string]target
	rep     *Report
	mem     *memSampler // nil without -pid
	warmed  bool
}

// step warms a target up on a batch of queries, then measures it.
func (s *session) step(ctx context.Context, name string, qs []query, c int) {
	if s.cfg.warmup > 0 {
		run(ctx, s.targets[name], qs, runSpec{concurrency: c, duration: s.cfg.warmup, timeout: s.cfg.timeout})
	}
	if s.mem != nil && s.cfg.mix && !s.warmed { // a load test is one run: its warm-up is the server's
		s.mem.take("after warm-up")
		s.warmed = true
	}
	spec := runSpec{concurrency: c, duration: s.cfg.duration, requests: s.cfg.requests, timeout: s.cfg.timeout}
	for _, r := range run(ctx, s.targets[name], qs, spec) {
		r.Target = name
		fmt.Fprintln(os.Stderr, "apiload:", r)
		s.rep.Results = append(s.rep.Results, r)
	}
}

// batches is one run's queries per step: each alone, or all mixed.
func batches(qs []query, mix bool) [][]query {
	if mix {
		return [][]query{qs}
	}
	out := make([][]query, len(qs))
	for i := range qs {
		out[i] = qs[i : i+1]
	}
	return out
}

func makeTargets(cfg config, store *backend, qs []query, args Args) (map[string]target, error) {
	maxC := 0
	for _, c := range cfg.concurrency {
		maxC = max(maxC, c)
	}
	// Keep a connection per client, so no request pays for a new one.
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: maxC, IdleConnTimeout: time.Minute}}
	out := map[string]target{}
	for _, name := range cfg.targets {
		var err error
		switch name {
		case targetOurs:
			out[name], err = newHTTPTarget(client, cfg.url, qs, args, false)
		case targetNeo4jGraphQL:
			out[name], err = newHTTPTarget(client, cfg.neo4jGraphQL, qs, args, true)
		case targetDriver:
			out[name] = &driverTarget{store: store, args: args}
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// preflight sends every query to every target once, so a broken setup stops
// the run at once with the reason instead of after minutes of errors. A
// query that only takes too long is a result, not a broken setup: it is
// reported and measured like the others.
// timedOut tells a request that ran out of time (the client's, or the
// server's own transaction or request budget) from one that is wrong.
func timedOut(err string) bool {
	for _, s := range []string{"deadline exceeded", "has not completed within the timeout", "UNAVAILABLE"} {
		if strings.Contains(err, s) {
			return true
		}
	}
	return false
}

func preflight(ctx context.Context, names []string, targets map[string]target, qs []query, timeout time.Duration) error {
	for _, name := range names {
		for i := range qs {
			if len(supported(name, qs[i:i+1])) == 0 {
				continue
			}
			var t tally
			t.record(ctx, targets[name], &qs[i], timeout)
			if t.errors > 0 && timedOut(t.firstError) {
				fmt.Fprintf(os.Stderr, "apiload: %s %s ran out of time once (%s); measuring it anyway\n", name, qs[i].name, clip(t.firstError, 120))
			} else if t.errors > 0 {
				return fmt.Errorf("%s %s fails before any load: %s", name, qs[i].name, t.firstError)
			}
		}
	}
	return nil
}
