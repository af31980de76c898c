package graph

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config says where the Neo4j database is. Zero values mean the local default.
type Config struct {
	URI      string // bolt://localhost:7687 when empty
	Username string // no authentication when empty
	Password string
	Database string // the server's default database when empty
}

// DefaultURI is where `make neo4j-start` runs the local Neo4j.
const DefaultURI = "bolt://localhost:7687"

// Store is the Neo4j-backed store of letters, people and organizations.
// It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	uri    string
	db     string
	// queries counts round trips to Neo4j, so tests can check batching.
	queries atomic.Int64
	// projection, when set, answers OrganizationLetters.
	projection atomic.Pointer[Projection]
}

// UseProjection makes the store answer OrganizationLetters from p's
// snapshot once it has one, instead of asking Neo4j; serve keeps p current.
func (s *Store) UseProjection(p *Projection) { s.projection.Store(p) }

// Open connects to Neo4j and checks that it answers. The error says which
// URI failed and how to fix it.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	s, err := New(cfg)
	if err != nil {
		return nil, err
	}
	if err := s.Ping(ctx); err != nil {
		s.Close(context.Background())
		return nil, err
	}
	return s, nil
}

// New creates a Store without contacting Neo4j; the driver connects lazily,
// so a server that starts later (or comes back) is picked up by itself.
func New(cfg Config) (*Store, error) {
	if cfg.URI == "" {
		cfg.URI = DefaultURI
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *neo4j.Config) {
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 10 * time.Second
		c.MaxConnectionPoolSize = 64
		// Retry transient failures briefly, then answer: an unreachable
		// database should give a quick UNAVAILABLE, not a hung request.
		c.MaxTransactionRetryTime = 3 * time.Second
	})
	if err != nil {
		return nil, Errorf(EINVALID, "neo4j: bad NEO4J_URI %q: %v", cfg.URI, err)
	}
	return &Store{driver: driver, uri: cfg.URI, db: cfg.Database}, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// URI returns the Neo4j URI the store talks to.
func (s *Store) URI() string { return s.uri }

// Queries returns how many queries the store has sent to Neo4j so far.
func (s *Store) Queries() int64 { return s.queries.Load() }

// Ping checks that Neo4j answers, with a one-line actionable error if not.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return &Error{Code: EUNAVAILABLE, Message: fmt.Sprintf(
			"neo4j: cannot reach %s (%s); start it with `make neo4j-start` or set NEO4J_URI",
			s.uri, firstLine(err.Error()))}
	}
	return nil
}

//go:embed migration/*.cypher
var migrations embed.FS

// Migrate creates the constraints and indexes the queries rely on. It is
// idempotent: every statement is CREATE ... IF NOT EXISTS.
func (s *Store) Migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migration/*.cypher")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	if err := s.removePairUpkeep(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := s.runAutoCommit(ctx, stampOldLettersCypher); err != nil {
		return fmt.Errorf("migrate: stamp letters for the projection: %w", err)
	}
	for _, name := range names {
		src, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		for _, stmt := range statements(string(src)) {
			if _, err := s.run(ctx, stmt, nil, true); err != nil {
				return fmt.Errorf("migrate %s: %w", name, err)
			}
		}
	}
	// Full-text and range indexes build in the background; wait so the
	// first search after a migration sees them.
	if _, err := s.run(ctx, "CALL db.awaitIndexes(300)", nil, true); err != nil {
		return fmt.Errorf("migrate: await indexes: %w", err)
	}
	return nil
}

// Stores written before co-signing was projected kept a relationship per
// pair of organizations, and per year, kept current by every load, with
// the nodes that claimed their chunks: 73 million relationships and 35 GB
// at 100,000 letters; and organizations kept their letters by year and
// their newest letters, which the projection now has. They are removed here, in transactions of 20,000
// (CO_SIGNED relationships that `coalition project` writes have no key and
// stay), before the files drop their constraints and indexes. Each step
// first checks that there is anything to remove, so a migrated store only
// pays a lookup per step.
var removePairUpkeepCypher = []struct{ exists, remove string }{
	{`RETURN EXISTS { MATCH ()-[:CO_SIGNED_IN]->() } AS found`,
		`MATCH ()-[r:CO_SIGNED_IN]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`},
	{`RETURN EXISTS { MATCH ()-[r:CO_SIGNED]->() WHERE r.key IS NOT NULL } AS found`,
		`MATCH ()-[r:CO_SIGNED]->() WHERE r.key IS NOT NULL CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`},
	{`RETURN EXISTS { MATCH (n) WHERE n:CoSigningUpdate OR n:CoSigningChunk } AS found`,
		`MATCH (n) WHERE n:CoSigningUpdate OR n:CoSigningChunk CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS`},
	{`RETURN EXISTS { MATCH (l:Letter) WHERE l.coSigning IS NOT NULL } AS found`,
		`MATCH (l:Letter) WHERE l.coSigning IS NOT NULL CALL (l) { REMOVE l.coSigning } IN TRANSACTIONS OF 20000 ROWS`},
	{`RETURN EXISTS { MATCH (o:Organization) WHERE o.letterYears IS NOT NULL OR o.recentLetters IS NOT NULL } AS found`,
		`MATCH (o:Organization) WHERE o.letterYears IS NOT NULL OR o.recentLetters IS NOT NULL
CALL (o) { REMOVE o.letterYears, o.lettersByYear, o.recentLetters, o.recentLetterDates } IN TRANSACTIONS OF 20000 ROWS`},
}

// stampOldLettersCypher gives letters written before letters were stamped
// (projection.go) the stamp 0, which every projection reads.
const stampOldLettersCypher = `
MATCH (l:Letter) WHERE l.seq IS NULL
CALL (l) { SET l.seq = 0 } IN TRANSACTIONS OF 20000 ROWS`

func (s *Store) removePairUpkeep(ctx context.Context) error {
	for _, step := range removePairUpkeepCypher {
		recs, err := s.read(ctx, step.exists, nil)
		if err != nil {
			return fmt.Errorf("remove co-signing pairs: %w", err)
		}
		if len(recs) == 0 {
			continue
		}
		if found, _ := recs[0].Get("found"); found != true {
			continue
		}
		if err := s.runAutoCommit(ctx, step.remove); err != nil {
			return fmt.Errorf("remove co-signing pairs: %w", err)
		}
	}
	return nil
}

// statements splits a migration file into its statements, dropping comments.
func statements(src string) []string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "//") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	var out []string
	for _, st := range strings.Split(b.String(), ";") {
		if st = strings.TrimSpace(st); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// read runs a read-only query (routed to followers on a cluster).
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.run(ctx, cypher, params, false)
}

func (s *Store) run(ctx context.Context, cypher string, params map[string]any, write bool) ([]*neo4j.Record, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(s.db)}
	if !write {
		opts = append(opts, neo4j.ExecuteQueryWithReadersRouting())
	}
	if d, ok := ctx.Deadline(); ok {
		// Let the server abandon the work too, not only the client.
		if left := time.Until(d); left > 0 {
			opts = append(opts, neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(left)))
		}
	}
	s.queries.Add(1)
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return nil, s.translate(err)
	}
	return res.Records, nil
}

// translate turns driver errors into application errors where the caller can
// act on them; the rest stay internal (and are only logged, never shown).
func (s *Store) translate(err error) error {
	var nerr *neo4j.Neo4jError
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1] // what kept failing
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Code: EUNAVAILABLE, Message: "the query took too long and was stopped"}
	case errors.Is(err, context.Canceled):
		return err
	case neo4j.IsConnectivityError(err):
		return &Error{Code: EUNAVAILABLE, Message: fmt.Sprintf("neo4j: cannot reach %s; start it with `make neo4j-start` or set NEO4J_URI", s.uri)}
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
		return &Error{Code: ECONFLICT, Message: "conflict: " + firstLine(nerr.Msg)}
	case errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Transaction.TransactionTimedOut"):
		return &Error{Code: EUNAVAILABLE, Message: "the query took too long and was stopped"}
	}
	return fmt.Errorf("neo4j: %w", err)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
