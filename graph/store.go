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
}

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
	if err := s.backfillPairKeys(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := s.runAutoCommit(ctx, backfillLetterYearsCypher); err != nil {
		return fmt.Errorf("migrate: count organizations' letters by year: %w", err)
	}
	if err := s.runAutoCommit(ctx, backfillRecentLettersCypher); err != nil {
		return fmt.Errorf("migrate: keep organizations' newest letters: %w", err)
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

// Pairs written before co-signing edges had keys get them, in transactions of
// 10,000, before the key constraints are created: the constraints' absence
// marks such a graph, so a migrated graph never scans its pairs again.
const (
	pairKeyConstraintsCypher = `
SHOW CONSTRAINTS YIELD name WHERE name IN ['co_signed_key', 'co_signed_in_key']
RETURN count(*) AS n`
	backfillPairKeysCypher = `
MATCH (a:Organization)-[r:CO_SIGNED]->(b:Organization) WHERE r.key IS NULL
CALL (a, r, b) { SET r.key = a.id + '|' + b.id } IN TRANSACTIONS OF 10000 ROWS`
	backfillPairYearKeysCypher = `
MATCH (a:Organization)-[r:CO_SIGNED_IN]->(b:Organization) WHERE r.key IS NULL
CALL (a, r, b) { SET r.key = a.id + '|' + b.id + '|' + toString(r.year) } IN TRANSACTIONS OF 10000 ROWS`
)

// Organizations written before they counted their letters by year get the
// counts from their signatures. The sums are absolute, so a backfill cut
// short is finished by the next Migrate; on a graph that has them, it only
// finds nothing to do.
const backfillLetterYearsCypher = `
MATCH (o:Organization) WHERE o.letterCount > 0 AND o.letterYears IS NULL
CALL (o) {
  CALL (o) {
    MATCH (o)-[:SIGNED]->(l:Letter) WHERE l.year IS NOT NULL
    RETURN l.year AS year, count(DISTINCT l) AS n ORDER BY year
  }
  WITH collect(year) AS years, collect(n) AS counts
  SET o.letterYears = years, o.lettersByYear = counts
} IN TRANSACTIONS OF 1000 ROWS`

func (s *Store) backfillPairKeys(ctx context.Context) error {
	recs, err := s.read(ctx, pairKeyConstraintsCypher, nil)
	if err != nil {
		return err
	}
	if n, _, err := neo4j.GetRecordValue[int64](recs[0], "n"); err != nil || n == 2 {
		return err
	}
	for _, cypher := range []string{backfillPairKeysCypher, backfillPairYearKeysCypher} {
		if err := s.runAutoCommit(ctx, cypher); err != nil {
			return fmt.Errorf("key co-signing pairs: %w", err)
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
