package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"golang.org/x/sync/singleflight"
)

// Co-signing is derived, not stored: a letter of k organizations would need
// k(k-1)/2 pair relationships, so a load would cost the square of letter
// size (one 2,000-signer letter wrote 4 million pair rows in 3.5 minutes).
// Instead serve keeps a Projection: an in-memory copy of the bipartite
// letter–organization graph (each letter's organizations, each
// organization's letters in date order), the way Neo4j's Graph Data
// Science projects a graph for analytics. Partners, pairs, partners by
// year, networks and communities are computed from it.
//
// Neo4j stays the source of truth. WriteLetters stamps each new letter with
// the value of a change counter, (:ChangeCounter {id: 'letters'}), which it
// increments in the same transaction; the counter's lock is held until the
// commit, so letters commit in the order of their stamps. A Projection reads
// the counter (one indexed lookup) every poll interval; when it has moved,
// it reads only the letters stamped since, and builds a new snapshot.
// Queries use the snapshot that was current when they started, never a
// half-updated one. A new epoch on the counter (the graph was wiped and
// written anew) or a smaller value makes it read everything again.

// errProjectionLoading is what a query gets while the first projection is
// still being read from Neo4j and its context ends first.
var errProjectionLoading = &Error{Code: EUNAVAILABLE, Message: "the co-signing graph is still being read from Neo4j; try again in a few seconds"}

const (
	changeCounterCypher = `
OPTIONAL MATCH (c:ChangeCounter {id: 'letters'})
RETURN coalesce(c.value, 0) AS value, coalesce(c.epoch, '') AS epoch`

	// projectionOrganizationsCypher names the organizations that signed
	// letters; organizations never change name once written.
	projectionOrganizationsCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id, o.name AS name`

	// projectionLettersCypher reads the letters stamped in (after, upto],
	// and their organizations. Letters from before stamps had none are
	// stamped 0 by Migrate.
	projectionLettersCypher = `
MATCH (l:Letter) WHERE l.seq > $after AND l.seq <= $upto` + projectionLetterFields

	// projectionAllLettersCypher reads every letter up to a stamp, also
	// those Migrate has not stamped yet.
	projectionAllLettersCypher = `
MATCH (l:Letter) WHERE l.seq IS NULL OR l.seq <= $upto` + projectionLetterFields

	projectionLetterFields = `
RETURN l.id AS id, coalesce(l.date, '') AS date, [(o:Organization)-[:SIGNED]->(l) | o.id] AS organizations`
)

// Projection is the in-memory co-signing graph of one Store: see the comment
// at the top of this file. Build it with NewProjection, keep it current with
// Run (or Refresh), and ask it the co-signing questions. It is safe for
// concurrent use.
type Projection struct {
	store *Store

	snap  atomic.Pointer[coSigning] // nil until the first build
	ready chan struct{}             // closed by the first build
	once  sync.Once

	mu   sync.Mutex // serializes refreshes; guards base
	base projectionBase

	// FirstViews are networks Run computes after each refresh that read
	// letters, so that the views everyone opens first (the explorer's
	// network with every argument at its default) answer from the cache:
	// at 100,000 letters the network of 300 takes about 200 ms to compute
	// and 10 ms to answer once computed. Set before Run.
	FirstViews []NetworkQuery
}

// projectionBase is what has been read from Neo4j so far, in the order it
// was read; every snapshot is built from it. Its slices only grow, so a
// snapshot may share their elements.
type projectionBase struct {
	epoch string
	seq   int64

	orgIDs   []string
	orgNames []string
	orgIndex map[string]int32

	letterIDs   []string
	letterDates []string
	letterOff   []int32 // letter i's organizations: letterOrgs[letterOff[i]:letterOff[i+1]]
	letterOrgs  []int32
}

// NewProjection returns an empty projection of the store's graph; nothing
// is read until Refresh or Run.
func NewProjection(s *Store) *Projection {
	return &Projection{store: s, ready: make(chan struct{})}
}

// RefreshResult says what a refresh read.
type RefreshResult struct {
	Seq           int64         // the change counter the projection is now at
	NewLetters    int           // letters read by this refresh
	Letters       int           // letters in the projection
	Organizations int           // organizations that signed them
	Signatures    int           // organization signatures
	Full          bool          // everything was read again (first build, or the graph was replaced)
	Took          time.Duration // reading and building
}

// Refresh brings the projection up to the graph's change counter: it reads
// the letters written since the last refresh (all of them the first time,
// or when the graph was wiped) and swaps in a new snapshot. Concurrent
// calls wait for each other.
func (p *Projection) Refresh(ctx context.Context) (RefreshResult, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := time.Now()
	seq, epoch, err := p.counter(ctx)
	if err != nil {
		return RefreshResult{}, err
	}
	b := &p.base
	res := RefreshResult{Seq: seq}
	if epoch != b.epoch || seq < b.seq || b.orgIndex == nil {
		*b = projectionBase{epoch: epoch, seq: -1, orgIndex: map[string]int32{}, letterOff: []int32{0}}
		res.Full = true
	}
	if seq == b.seq && p.snap.Load() != nil {
		res.Letters, res.Organizations, res.Signatures = len(b.letterIDs), len(b.orgIDs), len(b.letterOrgs)
		return res, nil
	}
	n, err := p.readLetters(ctx, b.seq, seq)
	if err != nil {
		// What was read stays; the next refresh asks again from b.seq,
		// so drop the partial read.
		p.base = projectionBase{}
		return RefreshResult{}, fmt.Errorf("project co-signing: %w", err)
	}
	b.seq = seq
	snap := buildCoSigning(b)
	p.snap.Store(snap)
	p.once.Do(func() { close(p.ready) })
	res.NewLetters = n
	res.Letters, res.Organizations, res.Signatures = len(b.letterIDs), len(b.orgIDs), len(b.letterOrgs)
	res.Took = time.Since(start)
	return res, nil
}

// Run refreshes the projection at once and then every interval until ctx
// ends; onRefresh, if not nil, hears of each refresh that read letters or
// failed (Neo4j down: the last snapshot keeps answering).
func (p *Projection) Run(ctx context.Context, interval time.Duration, onRefresh func(RefreshResult, error)) {
	wait := time.Duration(0)
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		res, err := p.Refresh(ctx)
		if ctx.Err() != nil {
			return
		}
		if err == nil && (res.NewLetters > 0 || res.Full) {
			for _, q := range p.FirstViews {
				p.Network(ctx, q) // an error here is the asker's error later, reported then
			}
		}
		if onRefresh != nil && (err != nil || res.NewLetters > 0 || res.Full) {
			onRefresh(res, err)
		}
		wait = interval
		if err != nil && p.snap.Load() == nil {
			wait = min(interval, time.Second) // not built yet: try again soon
		}
	}
}

// Ready reports whether the first snapshot has been built.
func (p *Projection) Ready() bool { return p.snap.Load() != nil }

// Seq returns the change counter value the current snapshot reflects
// (-1 before the first build).
func (p *Projection) Seq() int64 {
	if s := p.snap.Load(); s != nil {
		return s.seq
	}
	return -1
}

// current returns the snapshot to answer from, waiting for the first one.
func (p *Projection) current(ctx context.Context) (*coSigning, error) {
	if s := p.snap.Load(); s != nil {
		return s, nil
	}
	select {
	case <-p.ready:
		return p.snap.Load(), nil
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, errProjectionLoading
		}
		return nil, ctx.Err()
	}
}

func (p *Projection) counter(ctx context.Context) (int64, string, error) {
	recs, err := p.store.read(ctx, changeCounterCypher, nil)
	if err != nil {
		return 0, "", fmt.Errorf("read change counter: %w", err)
	}
	var seq int64
	var epoch string
	err = eachRow(recs, "change counter", func(r *row) { seq, epoch = int64(r.int("value")), r.str("epoch") })
	return seq, epoch, err
}

// readLetters streams the letters stamped in (after, upto] into the base,
// then names the organizations it had not seen. It returns how many
// letters it read.
func (p *Projection) readLetters(ctx context.Context, after, upto int64) (int, error) {
	b := &p.base
	session := p.store.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: p.store.db, AccessMode: neo4j.AccessModeRead,
		FetchSize: 2000})
	defer session.Close(ctx)
	p.store.queries.Add(1)
	firstNew := len(b.orgIDs)
	read := 0
	_, err := session.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// A retried transaction starts over.
		b.letterIDs, b.letterDates = b.letterIDs[:len(b.letterIDs)-read], b.letterDates[:len(b.letterDates)-read]
		b.letterOff = b.letterOff[:len(b.letterOff)-read]
		b.letterOrgs = b.letterOrgs[:b.letterOff[len(b.letterOff)-1]]
		read = 0
		cypher := projectionLettersCypher
		if after < 0 {
			cypher = projectionAllLettersCypher
		}
		res, err := tx.Run(ctx, cypher, map[string]any{"after": after, "upto": upto})
		if err != nil {
			return nil, err
		}
		var orgs []int32
		for res.Next(ctx) {
			rec := res.Record()
			if len(rec.Values) != 3 {
				return nil, fmt.Errorf("decode projected letter: %d columns", len(rec.Values))
			}
			id, ok1 := rec.Values[0].(string)
			date, ok2 := rec.Values[1].(string)
			list, ok3 := rec.Values[2].([]any)
			if !ok1 || !ok2 || !ok3 {
				return nil, fmt.Errorf("decode projected letter: got %T, %T, %T", rec.Values[0], rec.Values[1], rec.Values[2])
			}
			orgs = orgs[:0]
			for _, o := range list {
				oid, ok := o.(string)
				if !ok {
					return nil, fmt.Errorf("decode projected letter %s: organization id %T", id, o)
				}
				i, seen := b.orgIndex[oid]
				if !seen {
					i = int32(len(b.orgIDs))
					b.orgIndex[oid] = i
					b.orgIDs = append(b.orgIDs, oid)
					b.orgNames = append(b.orgNames, "")
				}
				orgs = append(orgs, i)
			}
			slices.Sort(orgs)
			orgs = slices.Compact(orgs)
			b.letterIDs = append(b.letterIDs, id)
			b.letterDates = append(b.letterDates, date)
			b.letterOrgs = append(b.letterOrgs, orgs...)
			b.letterOff = append(b.letterOff, int32(len(b.letterOrgs)))
			read++
		}
		return nil, res.Err()
	})
	if err != nil {
		return 0, p.store.translate(err)
	}
	if err := p.nameOrganizations(ctx, firstNew); err != nil {
		return 0, err
	}
	return read, nil
}

// nameOrganizations reads the names of the organizations from index first on.
func (p *Projection) nameOrganizations(ctx context.Context, first int) error {
	b := &p.base
	ids := make([]any, 0, len(b.orgIDs)-first)
	for _, id := range b.orgIDs[first:] {
		ids = append(ids, id)
	}
	for _, chunk := range chunks(ids) {
		recs, err := p.store.read(ctx, projectionOrganizationsCypher, map[string]any{"ids": chunk})
		if err != nil {
			return fmt.Errorf("name organizations: %w", err)
		}
		err = eachRow(recs, "organization", func(r *row) {
			if i, ok := b.orgIndex[r.str("id")]; ok {
				b.orgNames[i] = r.str("name")
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// coSigning is one immutable snapshot of the projection. Letters are
// numbered in (date, id) order, undated first, so the letters of a window
// of years are a range of numbers, and each organization's letters,
// ascending, are in date order.
type coSigning struct {
	seq int64

	orgIDs   []string
	orgNames []string
	orgIndex map[string]int32 // shared with the base: read only under its keys < len(orgIDs)
	nameRank []int32          // each organization's place in (name, id) order
	idRank   []int32          // each organization's place in id order

	letterIDs   []string
	letterDates []string // "" when undated
	letterYears []int32  // 0 when undated
	letterOff   []int32
	letterOrgs  []int32 // each letter's organizations, busiest first
	orgOff      []int32
	orgLetters  []int32 // ascending letter numbers
	total       []int32 // letters each organization signed in all

	// results caches answers that cost tens of milliseconds or more
	// (networks, communities): a snapshot never changes, so neither do they.
	results     sync.Map
	resultCount atomic.Int32
	computing   singleflight.Group // one computation of a key at a time, however many ask

	pairsOnce sync.Once
	pairs     int // distinct co-signing pairs, counted on first use

	scratch sync.Pool // *walkScratch sized for this snapshot
}

// buildCoSigning numbers a base's letters by date and indexes them both ways.
func buildCoSigning(b *projectionBase) *coSigning {
	nOrgs, nLetters := len(b.orgIDs), len(b.letterIDs)
	s := &coSigning{seq: b.seq, orgIDs: b.orgIDs[:nOrgs:nOrgs], orgNames: b.orgNames[:nOrgs:nOrgs]}
	s.orgIndex = make(map[string]int32, nOrgs)
	for i, id := range s.orgIDs {
		s.orgIndex[id] = int32(i)
	}
	byName := make([]int32, nOrgs)
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(x, y int32) int {
		if c := strings.Compare(s.orgNames[x], s.orgNames[y]); c != 0 {
			return c
		}
		return strings.Compare(s.orgIDs[x], s.orgIDs[y])
	})
	s.nameRank = make([]int32, nOrgs)
	for rank, o := range byName {
		s.nameRank[o] = int32(rank)
	}
	slices.SortFunc(byName, func(x, y int32) int { return strings.Compare(s.orgIDs[x], s.orgIDs[y]) })
	s.idRank = make([]int32, nOrgs)
	for rank, o := range byName {
		s.idRank[o] = int32(rank)
	}

	order := make([]int32, nLetters)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := strings.Compare(b.letterDates[x], b.letterDates[y]); c != 0 {
			return c
		}
		return strings.Compare(b.letterIDs[x], b.letterIDs[y])
	})
	s.letterIDs = make([]string, nLetters)
	s.letterDates = make([]string, nLetters)
	s.letterYears = make([]int32, nLetters)
	s.letterOff = make([]int32, nLetters+1)
	s.letterOrgs = make([]int32, 0, len(b.letterOrgs))
	s.orgOff = make([]int32, nOrgs+1)
	for pos, i := range order {
		s.letterIDs[pos], s.letterDates[pos] = b.letterIDs[i], b.letterDates[i]
		s.letterYears[pos] = int32(Year(b.letterDates[i]))
		orgs := b.letterOrgs[b.letterOff[i]:b.letterOff[i+1]]
		s.letterOrgs = append(s.letterOrgs, orgs...)
		s.letterOff[pos+1] = int32(len(s.letterOrgs))
		for _, o := range orgs {
			s.orgOff[o+1]++
		}
	}
	s.total = make([]int32, nOrgs)
	for o := range nOrgs {
		s.total[o] = s.orgOff[o+1]
		s.orgOff[o+1] += s.orgOff[o]
	}
	// Each letter lists its busiest organizations first, so a walk that
	// only needs partners who signed at least so many letters in all can
	// stop early in each letter (walkBusy).
	for pos := range nLetters {
		slices.SortFunc(s.orgs(int32(pos)), func(x, y int32) int {
			if s.total[x] != s.total[y] {
				return int(s.total[y] - s.total[x])
			}
			return int(x - y)
		})
	}
	s.orgLetters = make([]int32, len(s.letterOrgs))
	fill := slices.Clone(s.orgOff[:nOrgs])
	for pos := range nLetters {
		for _, o := range s.orgs(int32(pos)) {
			s.orgLetters[fill[o]] = int32(pos)
			fill[o]++
		}
	}
	return s
}

// orgs returns the organizations of letter pos, busiest first (by letters
// signed in all, ties by number).
func (s *coSigning) orgs(pos int32) []int32 { return s.letterOrgs[s.letterOff[pos]:s.letterOff[pos+1]] }

// span is a range of letter numbers: the letters of a window.
type span struct{ lo, hi int32 }

// window returns the letters of w: all of them when it is open, else the
// dated letters whose year is within its bounds.
func (s *coSigning) window(w Window) span {
	if w.Open() {
		return span{0, int32(len(s.letterIDs))}
	}
	from, to := w.bounds()
	from = max(from, 1) // undated letters are in no window
	lo, _ := slices.BinarySearch(s.letterYears, int32(from))
	hi, _ := slices.BinarySearch(s.letterYears, int32(to)+1)
	return span{int32(lo), int32(hi)}
}

// lettersOf returns organization o's letters within sp, in date order.
func (s *coSigning) lettersOf(o int32, sp span) []int32 {
	all := s.orgLetters[s.orgOff[o]:s.orgOff[o+1]]
	lo, _ := slices.BinarySearch(all, sp.lo)
	hi, _ := slices.BinarySearch(all, sp.hi)
	return all[lo:hi]
}

// letterCount returns how many letters of sp organization o signed.
func (s *coSigning) letterCount(o int32, sp span) int {
	return len(s.lettersOf(o, sp))
}

// maxCachedResults bounds the answers one snapshot keeps.
const maxCachedResults = 64

// cached returns the answer kept under key, or computes and keeps it.
func cached[T any](s *coSigning, key string, compute func() (T, error)) (T, error) {
	if v, ok := s.results.Load(key); ok {
		return v.(T), nil
	}
	// Concurrent askers of one answer share its computation: under load,
	// each computing its own network or communities multiplied memory.
	v, err, _ := s.computing.Do(key, func() (any, error) {
		if v, ok := s.results.Load(key); ok {
			return v, nil
		}
		v, err := compute()
		if err == nil && s.resultCount.Add(1) <= maxCachedResults {
			s.results.Store(key, v)
		}
		return v, err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return v.(T), nil
}

// newestLetters returns up to first letters of each organization, newest
// first: undated letters, then by date, descending; ties by id.
func (s *coSigning) newestLetters(ids []string, first int) map[string][]string {
	out := make(map[string][]string, len(ids))
	for _, id := range ids {
		o, ok := s.org(id)
		if !ok {
			continue
		}
		all := s.orgLetters[s.orgOff[o]:s.orgOff[o+1]]
		undated, _ := slices.BinarySearchFunc(all, "", func(pos int32, _ string) int {
			if s.letterDates[pos] == "" {
				return -1
			}
			return 1
		})
		list := make([]string, 0, min(first, len(all)))
		for _, pos := range all[:undated] {
			if len(list) == first {
				break
			}
			list = append(list, s.letterIDs[pos])
		}
		// Dated letters from the newest date back, each date's in id order.
		for end := len(all); end > undated && len(list) < first; {
			start := end - 1
			for start > undated && s.letterDates[all[start-1]] == s.letterDates[all[end-1]] {
				start--
			}
			for _, pos := range all[start:end] {
				if len(list) == first {
					break
				}
				list = append(list, s.letterIDs[pos])
			}
			end = start
		}
		out[id] = list
	}
	return out
}

// org returns an organization's number, and whether it signed any letter.
func (s *coSigning) org(id string) (int32, bool) {
	i, ok := s.orgIndex[id]
	return i, ok
}
