package graph

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
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

// Migrate brings the store's schema up to date: the constraints and
// indexes of the migration files, and the upgrades stores written by
// earlier versions need. It reads the schema catalog first and stops
// there when the store is current: every constraint and index the files
// create is there and online, and none they drop is left (the upgrades run
// before those drops, so they are done too). Loads and serve call it on
// every start, and against a current store this is one query instead of
// some thirty, each slow on a Neo4j started seconds before. Otherwise it
// upgrades what needs it (one query finds what does; a store never
// migrated needs none), runs the files in one transaction and waits for
// the indexes; every statement is idempotent (IF NOT EXISTS, IF EXISTS).
func (s *Store) Migrate(ctx context.Context) error {
	stmts, err := migrationStatements()
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	current, fresh, err := s.schemaState(ctx, stmts)
	if err != nil || current {
		return err
	}
	if !fresh {
		if err := s.upgrade(ctx); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	}
	if err := s.runSchema(ctx, stmts); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	// Full-text and range indexes build in the background; wait so the
	// first search after a migration sees them.
	if _, err := s.run(ctx, "CALL db.awaitIndexes(300)", nil, true); err != nil {
		return fmt.Errorf("migrate: await indexes: %w", err)
	}
	return nil
}

// schemaStatement is one statement of a migration file, with the name of
// the constraint or index it creates or drops ("" for neither).
type schemaStatement struct {
	cypher, creates, drops string
}

var (
	createsSchema = regexp.MustCompile(`^CREATE (?:[A-Z]+ )?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS\b`)
	dropsSchema   = regexp.MustCompile(`^DROP (?:CONSTRAINT|INDEX) (\w+) IF EXISTS$`)
)

// migrationStatements returns the migration files' statements in order.
func migrationStatements() ([]schemaStatement, error) {
	names, err := fs.Glob(migrations, "migration/*.cypher")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []schemaStatement
	for _, name := range names {
		src, err := migrations.ReadFile(name)
		if err != nil {
			return nil, err
		}
		for _, stmt := range statements(string(src)) {
			st := schemaStatement{cypher: stmt}
			if m := createsSchema.FindStringSubmatch(stmt); m != nil {
				st.creates = m[1]
			} else if m := dropsSchema.FindStringSubmatch(stmt); m != nil {
				st.drops = m[1]
			}
			out = append(out, st)
		}
	}
	return out, nil
}

const schemaCatalogCypher = `SHOW INDEXES YIELD name, state RETURN name, state`

// schemaState reads the schema catalog: current when the store holds
// every constraint and index stmts create, online, and none they drop (a
// constraint's index has its name, so the index catalog covers both; a
// statement that neither creates nor drops by name cannot be checked, and
// then no store is current); fresh when it holds none of those they create.
// A fresh store was never migrated, so nothing was ever written to it by
// this program and it needs no upgrade.
func (s *Store) schemaState(ctx context.Context, stmts []schemaStatement) (current, fresh bool, err error) {
	recs, err := s.read(ctx, schemaCatalogCypher, nil)
	if err != nil {
		return false, false, fmt.Errorf("migrate: read the schema: %w", err)
	}
	online := map[string]bool{}
	present := map[string]bool{}
	for _, rec := range recs {
		name, _, err := neo4j.GetRecordValue[string](rec, "name")
		if err != nil {
			return false, false, fmt.Errorf("migrate: decode the schema: %w", err)
		}
		state, _ := rec.Get("state")
		present[name], online[name] = true, state == "ONLINE"
	}
	current, fresh = true, true
	for _, st := range stmts {
		if st.creates != "" && present[st.creates] {
			fresh = false
		}
		switch {
		case st.creates != "" && !online[st.creates], st.drops != "" && present[st.drops], st.creates == "" && st.drops == "":
			current = false
		}
	}
	return current, fresh, nil
}

// runSchema runs the statements in one transaction: a schema transaction
// may hold many schema commands, and one commit is cheaper than thirty.
func (s *Store) runSchema(ctx context.Context, stmts []schemaStatement) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, st := range stmts {
			if _, err := s.txRun(ctx, tx, st.cypher, nil); err != nil {
				return nil, fmt.Errorf("%s: %w", firstLine(st.cypher), err)
			}
		}
		return nil, nil
	})
	if err != nil {
		return s.translate(err)
	}
	return nil
}

// upgrades are what stores written by earlier versions need, each an
// expression that finds whether it is needed and the statement that does
// it. Stores written before co-signing was projected kept a relationship
// per pair of organizations, and per year, kept current by every load,
// with the nodes that claimed their chunks: 73 million relationships and
// 35 GB at 100,000 letters; and organizations kept their letters by year
// and their newest letters, which the projection now has. They are removed
// here, in transactions of 20,000 (CO_SIGNED relationships that `coalition
// project` writes have no key and stay), before the files drop their
// constraints and indexes. Letters written before letters were stamped
// (projection.go) get the stamp 0, which every projection reads.
var upgrades = []struct{ needed, apply string }{
	{`EXISTS { MATCH ()-[:CO_SIGNED_IN]->() }`,
		`MATCH ()-[r:CO_SIGNED_IN]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`},
	{`EXISTS { MATCH ()-[r:CO_SIGNED]->() WHERE r.key IS NOT NULL }`,
		`MATCH ()-[r:CO_SIGNED]->() WHERE r.key IS NOT NULL CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`},
	{`EXISTS { MATCH (n) WHERE n:CoSigningUpdate OR n:CoSigningChunk }`,
		`MATCH (n) WHERE n:CoSigningUpdate OR n:CoSigningChunk CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS`},
	{`EXISTS { MATCH (l:Letter) WHERE l.coSigning IS NOT NULL }`,
		`MATCH (l:Letter) WHERE l.coSigning IS NOT NULL CALL (l) { REMOVE l.coSigning } IN TRANSACTIONS OF 20000 ROWS`},
	{`EXISTS { MATCH (o:Organization) WHERE o.letterYears IS NOT NULL OR o.recentLetters IS NOT NULL }`,
		`MATCH (o:Organization) WHERE o.letterYears IS NOT NULL OR o.recentLetters IS NOT NULL
CALL (o) { REMOVE o.letterYears, o.lettersByYear, o.recentLetters, o.recentLetterDates } IN TRANSACTIONS OF 20000 ROWS`},
	{`EXISTS { MATCH (l:Letter) WHERE l.seq IS NULL }`,
		`MATCH (l:Letter) WHERE l.seq IS NULL CALL (l) { SET l.seq = 0 } IN TRANSACTIONS OF 20000 ROWS`},
}

// upgrade finds, in one query, which upgrades the store needs, and runs them.
func (s *Store) upgrade(ctx context.Context) error {
	found := make([]string, len(upgrades))
	for i, u := range upgrades {
		found[i] = fmt.Sprintf("%s AS u%d", u.needed, i)
	}
	recs, err := s.read(ctx, "RETURN "+strings.Join(found, ", "), nil)
	if err != nil {
		return fmt.Errorf("find upgrades: %w", err)
	}
	if len(recs) != 1 {
		return fmt.Errorf("find upgrades: %d records, want 1", len(recs))
	}
	for i, u := range upgrades {
		if needed, _ := recs[0].Get(fmt.Sprintf("u%d", i)); needed != true {
			continue
		}
		if err := s.runAutoCommit(ctx, u.apply); err != nil {
			return fmt.Errorf("upgrade: %w", err)
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
