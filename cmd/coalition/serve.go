package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/coalition-graph/coalition/edit"
	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers"
	"github.com/coalition-graph/coalition/web"
)

const serveHelp = `Serve the network explorer (/), the GraphQL API (/graphql), the GraphQL
playground (/playground) and a health check (/healthz).

The server starts even when Neo4j is down: /healthz then reports "degraded",
queries answer with a clear UNAVAILABLE error, and everything recovers by
itself when Neo4j comes back. The API and the page are read-only unless
--edit-token is set; then the mutations (add and correct letters, merge
and split entities, importLetter) accept 'Authorization: Bearer TOKEN',
and the page asks for the token once. Give each analyst a token of their
own to record who decided what: --edit-token 'alice=TOKEN1,bob=TOKEN2'.

Environment: HTTP_ADDR, COALITION_EDIT_TOKEN (COALITION_IMPORT_TOKEN is its
old name), and the NEO4J_* variables.`

type serveConfig struct {
	addr          string
	editTokens    string
	editors       resolvers.Editors
	corsOrigins   string
	playground    bool
	introspection bool
	limits        resolvers.Limits
	// memoryLimitMiB: see setMemoryLimit.
	memoryLimitMiB int
	// refresh is how often the co-signing projection checks Neo4j's change
	// counter for new letters.
	refresh time.Duration
}

// setMemoryLimit makes the garbage collector run when the heap nears
// limitMiB rather than each time it doubles. Answers are built whole in
// memory (a nested page is megabytes of small objects), so collecting at
// every doubling spends a third of serve's CPU; --max-cost-in-flight keeps
// the heap that costly answers need under the limit. GOGC or GOMEMLIMIT in
// the environment win.
func setMemoryLimit(limitMiB int) {
	if limitMiB <= 0 || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(int64(limitMiB) << 20)
	debug.SetGCPercent(-1)
}

func serve(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	fs := newFlagSet("serve", "[flags]", serveHelp, stderr)
	neo := neo4jFlags(fs)
	cfg := serveConfig{limits: resolvers.DefaultLimits}
	fs.StringVar(&cfg.addr, "addr", envOr("HTTP_ADDR", "127.0.0.1:8080"), "listen address (env HTTP_ADDR)")
	fs.StringVar(&cfg.editTokens, "edit-token", envOr("COALITION_EDIT_TOKEN", envOr("COALITION_IMPORT_TOKEN", "")), "token that switches editing on: TOKEN, or LABEL=TOKEN,... to record who edits (env COALITION_EDIT_TOKEN); empty: read-only")
	fs.StringVar(&cfg.editTokens, "import-token", cfg.editTokens, "the old name of --edit-token")
	fs.StringVar(&cfg.corsOrigins, "cors-origins", "", "comma-separated origins allowed to call /graphql from a browser; empty: same origin only")
	fs.BoolVar(&cfg.playground, "playground", true, "serve the GraphQL playground at /playground")
	fs.BoolVar(&cfg.introspection, "introspection", true, "allow GraphQL introspection")
	fs.DurationVar(&cfg.limits.Timeout, "timeout", cfg.limits.Timeout, "per-request time limit, passed down to Neo4j")
	fs.IntVar(&cfg.limits.MaxComplexity, "max-complexity", cfg.limits.MaxComplexity, "largest query complexity accepted")
	fs.IntVar(&cfg.limits.MaxDepth, "max-depth", cfg.limits.MaxDepth, "deepest query nesting accepted")
	fs.IntVar(&cfg.limits.MaxConcurrent, "max-concurrent", cfg.limits.MaxConcurrent, "GraphQL requests executing at once; more wait, up to --timeout")
	fs.IntVar(&cfg.limits.MaxCostInFlight, "max-cost-in-flight", cfg.limits.MaxCostInFlight, "summed complexity of the queries executing at once; costlier ones wait their turn, up to --timeout")
	fs.DurationVar(&cfg.limits.MaxQueueWait, "max-queue-wait", cfg.limits.MaxQueueWait, "a costly query expected to wait longer than this for its turn is refused at once (503, Retry-After); 0: it waits, up to --timeout")
	fs.DurationVar(&cfg.refresh, "refresh", time.Second, "how often to check Neo4j for new letters to add to the co-signing projection (the most a new letter takes to reach partners, pairs and networks, plus the time to read it)")
	fs.IntVar(&cfg.memoryLimitMiB, "memory-limit", 128, "MiB of Go heap to collect garbage at, instead of whenever the heap doubles; 0, or GOGC or GOMEMLIMIT set: Go's defaults")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	cfg.limits.Introspection = cfg.introspection
	editors, err := resolvers.ParseEditors(cfg.editTokens)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	cfg.editors = editors
	setMemoryLimit(cfg.memoryLimitMiB)

	store, err := graph.New(*neo)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	go migrateWhenReachable(ctx, store, log)
	coSigning := graph.NewProjection(store)
	coSigning.FirstViews = []graph.NetworkQuery{resolvers.ExplorerNetwork()}
	store.UseProjection(coSigning)
	go coSigning.Run(ctx, cfg.refresh, func(res graph.RefreshResult, err error) {
		if err != nil {
			log.Warn("co-signing projection not refreshed", "error", err)
			return
		}
		log.Info("co-signing projected", "letters", res.Letters, "organizations", res.Organizations,
			"new", res.NewLetters, "full", res.Full, "seq", res.Seq, "took", res.Took.Round(time.Millisecond))
	})

	r := &resolvers.Resolver{Store: store, CoSigning: coSigning, Edit: edit.New(store, coSigningUpdater(coSigning))}
	if cfg.editors.Enabled() {
		r.Import = importer(store, coSigning)
	}
	srv := &http.Server{
		Addr:              cfg.addr,
		Handler:           routes(r, cfg, log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.limits.Timeout + 15*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	log.Info("serving", "url", "http://"+ln.Addr().String(), "neo4j", store.URI(), "editing", cfg.editors.Enabled())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// migrateWhenReachable migrates the schema as soon as Neo4j answers, so the
// server can start before (or without) its database.
func migrateWhenReachable(ctx context.Context, store *graph.Store, log *slog.Logger) {
	wait := time.Second
	for {
		err := store.Ping(ctx)
		if err == nil {
			if err = store.Migrate(ctx); err == nil {
				return
			}
		}
		log.Warn("neo4j not ready; retrying", "error", err, "in", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}

func routes(r *resolvers.Resolver, cfg serveConfig, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	api := resolvers.NewHandler(r, cfg.limits, cfg.editors, log)
	mux.Handle("/graphql", cors(cfg.corsOrigins, api))
	mux.HandleFunc("GET /healthz", healthz(r.Store, r.CoSigning))
	site := web.Handler()
	if !cfg.playground {
		mux.Handle("/playground", http.NotFoundHandler())
		mux.Handle("/playground.html", http.NotFoundHandler())
	}
	mux.Handle("/", site)
	return securityHeaders(mux)
}

// healthz reports whether Neo4j answers and the co-signing projection is
// built: 200 "ok"; 503 "degraded" when Neo4j is down, or "starting" while
// the projection is first read (a load balancer should not send queries
// yet). The body also says which change counter value the projection has.
func healthz(store *graph.Store, coSigning *graph.Projection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		body := map[string]any{"status": "ok", "neo4j": "up", "projection": "ready", "seq": coSigning.Seq()}
		status := http.StatusOK
		if err := store.Ping(ctx); err != nil {
			body = map[string]any{"status": "degraded", "neo4j": "down", "error": graph.ErrorMessage(err)}
			status = http.StatusServiceUnavailable
		} else if !coSigning.Ready() {
			body = map[string]any{"status": "starting", "neo4j": "up", "projection": "loading"}
			status = http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(body)
	}
}

// cors allows the listed origins to call the API from a browser; with none,
// browsers only allow the page's own origin.
func cors(origins string, next http.Handler) http.Handler {
	allowed := map[string]bool{}
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			allowed[o] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && allowed[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Vary", "Origin")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
			if r.Method == http.MethodOptions {
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
