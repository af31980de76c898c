package graph

import (
	"context"
	"crypto/rand"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Co-signing upkeep. CO_SIGNED (and per year CO_SIGNED_IN) pairs are derived
// from the letters: WriteLetters marks each new letter of two or more
// organizations coSigning 'pending', and UpdateCoSigning adds all pending
// letters to the pairs at once. Counting a whole load at once writes each
// pair once per load instead of once per batch that mentions it (a busy pair
// is in every batch), which is most of a load's work.
//
// The update is crash-safe. It first marks the pending letters 'applying'
// and creates the (:CoSigningUpdate) node, in one transaction; the pairs are
// then written in chunks, each in a transaction that also creates the
// chunk's (:CoSigningChunk) node; a last transaction clears the letters'
// mark and deletes the update and its chunks. A run that finds the update
// node resumes it: the letters it counts are the same, so the chunks are the
// same, and chunks with a node are skipped. A chunk's node is MERGEd under a
// uniqueness constraint, so a second writer of the same chunk (another
// process joining the update) waits for the first to commit and then skips
// it: no chunk is counted twice, and different chunks are written at once.

// Letter.coSigning values.
const (
	coSigningPending  = "pending"
	coSigningApplying = "applying"
)

// coSigningState is the mark of a new letter: pending if it has pairs.
func coSigningState(organizations int) any {
	if organizations < 2 {
		return nil
	}
	return coSigningPending
}

// pairsPerPart bounds the pairs counted in memory at once: a larger update
// is split into parts by the first organization of a pair.
const pairsPerPart = 500_000

const (
	updateInProgressCypher = `
OPTIONAL MATCH (u:CoSigningUpdate {id: 'current'})
RETURN u IS NOT NULL AS resuming`

	markApplyingCypher = `
MATCH (l:Letter {coSigning: 'pending'})
SET l.coSigning = 'applying'
RETURN count(l) AS letters`

	createUpdateCypher = `
CREATE (:CoSigningUpdate {id: 'current', started: datetime()})`

	applyingLettersCypher = `
MATCH (l:Letter {coSigning: 'applying'})
RETURN l.id AS id, l.date AS date, COLLECT { MATCH (o:Organization)-[:SIGNED]->(l) RETURN o.id } AS organizations
ORDER BY id`

	// claimChunkCypher creates the chunk's node with this writer's claim,
	// or finds another's (waiting for its transaction to end): the chunk is
	// this writer's only if the claim is its own. Updates started before
	// chunks had nodes listed done chunks on the update node instead.
	claimChunkCypher = `
MATCH (u:CoSigningUpdate {id: 'current'})
WHERE NOT $chunk IN coalesce(u.done, [])
MERGE (c:CoSigningChunk {name: $chunk})
ON CREATE SET c.claim = $claim
RETURN c.claim = $claim AS claimed`

	// Organizations with a pair already: only a pair of two of them can
	// exist before the update, so only those pairs need looking for.
	pairedOrganizationsCypher = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
WHERE EXISTS { (o)-[:CO_SIGNED]-() }
RETURN collect(o.id) AS ids`

	finishUpdateCypher = `
MATCH (l:Letter {coSigning: 'applying'})
REMOVE l.coSigning
WITH count(l) AS letters
OPTIONAL MATCH (c:CoSigningChunk)
DELETE c
WITH count(c) AS chunks
MATCH (u:CoSigningUpdate {id: 'current'})
DELETE u`

	// A pair is found by its key ("a|b", and "a|b|year" per year) under a
	// uniqueness constraint: one index seek, where expanding between the two
	// organizations costs the degree of the quieter one, which for busy
	// organizations runs to thousands. The constraint also refuses a
	// duplicate pair.
	updateCoSignedCypher = `
UNWIND $rows AS row
MATCH ()-[r:CO_SIGNED {key: row.key}]->()
SET r.count = r.count + row.count,
    r.weight = r.weight + row.weight,
    r.firstDate = CASE WHEN row.first IS NULL THEN r.firstDate
                       WHEN r.firstDate IS NULL OR row.first < r.firstDate THEN row.first
                       ELSE r.firstDate END,
    r.lastDate = CASE WHEN row.last IS NULL THEN r.lastDate
                      WHEN r.lastDate IS NULL OR row.last > r.lastDate THEN row.last
                      ELSE r.lastDate END
RETURN collect(row.i) AS found`

	// Rows to create come grouped by their first organization, which is
	// looked up once per group.
	createCoSignedCypher = `
UNWIND $groups AS g
MATCH (a:Organization {id: g.a})
UNWIND g.rows AS row
MATCH (b:Organization {id: row.b})
CREATE (a)-[:CO_SIGNED {key: row.key, count: row.count, weight: row.weight, firstDate: row.first, lastDate: row.last}]->(b)`

	updateCoSignedYearCypher = `
UNWIND $rows AS row
MATCH ()-[r:CO_SIGNED_IN {key: row.key}]->()
SET r.count = r.count + row.count, r.weight = r.weight + row.weight,
    r.firstDate = CASE WHEN row.first < r.firstDate THEN row.first ELSE r.firstDate END,
    r.lastDate = CASE WHEN row.last > r.lastDate THEN row.last ELSE r.lastDate END
RETURN collect(row.i) AS found`

	createCoSignedYearCypher = `
UNWIND $groups AS g
MATCH (a:Organization {id: g.a})
UNWIND g.rows AS row
MATCH (b:Organization {id: row.b})
CREATE (a)-[:CO_SIGNED_IN {key: row.key, year: row.year, count: row.count, weight: row.weight, firstDate: row.first, lastDate: row.last}]->(b)`
)

// CoSigningResult says what UpdateCoSigning counted.
type CoSigningResult struct {
	Letters int // letters whose co-signings were added
	Pairs   int // pair rows written (whole-time and per year)
}

// CoSigningProgress is how far an update of co-signing pairs has come.
type CoSigningProgress struct {
	Letters      int // letters whose co-signings are being counted
	Parts        int // parts the pairs are counted in (see pairsPerPart)
	PartsCounted int // parts counted so far
	PairsWritten int // pair rows written so far
}

// pairWriters is how many transactions write chunks of pairs at once.
// Neo4j runs a statement on one core; on 2 cores two writers took
// BenchmarkLoad from 23–25 s to 19–20 s, and the counting of the next part
// overlaps the writing of this one.
const pairWriters = 2

// UpdateCoSigning adds the co-signings of every letter written since the
// last update (or left pending by a crashed one) to the co-signing pairs.
// Loads call it once after their last batch; it is cheap when nothing is
// pending. progress, if not nil, is told after each chunk of pairs.
func (s *Store) UpdateCoSigning(ctx context.Context, progress func(CoSigningProgress)) (CoSigningResult, error) {
	var total CoSigningResult
	// Letters written while an update runs are pending for the next round;
	// a few rounds catch up with any concurrent writer.
	for range 3 {
		res, err := s.updateCoSigningOnce(ctx, progress)
		if err != nil {
			return total, fmt.Errorf("update co-signing: %w", err)
		}
		if res.Letters == 0 {
			break
		}
		total.Letters += res.Letters
		total.Pairs += res.Pairs
	}
	return total, nil
}

func (s *Store) updateCoSigningOnce(ctx context.Context, progress func(CoSigningProgress)) (CoSigningResult, error) {
	var res CoSigningResult
	started, err := s.startCoSigningUpdate(ctx)
	if err != nil || !started {
		return res, err
	}
	letters, err := s.applyingLetters(ctx)
	if err != nil {
		return res, err
	}
	res.Letters = len(letters)
	paired, err := s.pairedOrganizations(ctx, letters)
	if err != nil {
		return res, err
	}
	res.Pairs, err = s.writePairs(ctx, letters, paired, progress)
	if err != nil {
		return res, err
	}
	_, err = s.run(ctx, finishUpdateCypher, nil, true)
	return res, err
}

// pairChunk is one transaction's worth of pair rows, named for its claim.
type pairChunk struct {
	name           string
	update, create string
	rows           []any
}

// writePairs counts the letters' pairs part by part and hands their chunks
// to pairWriters writers. It returns how many pair rows the parts hold.
func (s *Store) writePairs(ctx context.Context, letters []applyingLetter, paired map[string]bool, progress func(CoSigningProgress)) (int, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	parts := coSigningParts(letters)
	var mu sync.Mutex // guards at and progress calls
	at := CoSigningProgress{Letters: len(letters), Parts: parts}
	tell := func(step func(*CoSigningProgress)) {
		mu.Lock()
		defer mu.Unlock()
		step(&at)
		if progress != nil {
			progress(at)
		}
	}

	work := make(chan pairChunk)
	var wg sync.WaitGroup
	for range pairWriters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range work {
				if err := s.writeChunk(ctx, c.name, c.update, c.create, c.rows, paired); err != nil {
					cancel(err)
					return
				}
				tell(func(p *CoSigningProgress) { p.PairsWritten += len(c.rows) })
			}
		}()
	}

	rows := 0
counting:
	for part := range parts {
		pairs, years := countPairs(letters, func(a string) bool { return partOf(a, parts) == part })
		tell(func(p *CoSigningProgress) { p.PartsCounted++ })
		for _, kind := range []pairChunk{
			{name: "pairs", update: updateCoSignedCypher, create: createCoSignedCypher, rows: pairs},
			{name: "years", update: updateCoSignedYearCypher, create: createCoSignedYearCypher, rows: years},
		} {
			for i, chunk := range chunks(kind.rows) {
				c := pairChunk{fmt.Sprintf("%d/%d/%s/%d", parts, part, kind.name, i), kind.update, kind.create, chunk}
				select {
				case work <- c:
				case <-ctx.Done():
					break counting
				}
			}
			rows += len(kind.rows)
		}
	}
	close(work)
	wg.Wait()
	return rows, context.Cause(ctx)
}

// startCoSigningUpdate marks the pending letters applying and creates the
// update node, unless an update is already under way (then it is resumed).
// It says whether there is anything to do.
func (s *Store) startCoSigningUpdate(ctx context.Context) (bool, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	started, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.txRun(ctx, tx, updateInProgressCypher, nil)
		if err != nil {
			return false, err
		}
		if resuming, _ := recs[0].Get("resuming"); resuming == true {
			return true, nil
		}
		recs, err = s.txRun(ctx, tx, markApplyingCypher, nil)
		if err != nil {
			return false, err
		}
		if n, _ := recs[0].Get("letters"); n == int64(0) {
			return false, nil
		}
		_, err = s.txRun(ctx, tx, createUpdateCypher, nil)
		return true, err
	})
	if err != nil {
		if ErrorCode(s.translate(err)) == ECONFLICT {
			return true, nil // another process started one: join it
		}
		return false, s.translate(err)
	}
	return started.(bool), nil
}

// pairedOrganizations returns which of the letters' organizations have a
// co-signing pair already. On a resumed update that includes pairs the
// update wrote before it stopped, which only sends more rows the careful way.
func (s *Store) pairedOrganizations(ctx context.Context, letters []applyingLetter) (map[string]bool, error) {
	seen := map[string]bool{}
	var ids []any
	for _, l := range letters {
		for _, id := range l.organizations {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	paired := map[string]bool{}
	for _, chunk := range chunks(ids) {
		recs, err := s.read(ctx, pairedOrganizationsCypher, map[string]any{"ids": chunk})
		if err != nil {
			return nil, err
		}
		err = eachRow(recs, "paired organizations", func(r *row) {
			for _, id := range r.strs("ids") {
				paired[id] = true
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return paired, nil
}

// applyingLetter is what a letter contributes to co-signing.
type applyingLetter struct {
	date          string
	organizations []string
}

func (s *Store) applyingLetters(ctx context.Context) ([]applyingLetter, error) {
	recs, err := s.run(ctx, applyingLettersCypher, nil, true)
	if err != nil {
		return nil, err
	}
	out := make([]applyingLetter, 0, len(recs))
	err = eachRow(recs, "co-signing letter", func(r *row) {
		out = append(out, applyingLetter{date: r.str("date"), organizations: r.strs("organizations")})
	})
	return out, err
}

// coSigningParts is how many parts the pairs of these letters are counted
// in, at most pairsPerPart pairs (counting each letter's pairs) in each.
// It depends only on the letters, so a resumed update splits the same way.
func coSigningParts(letters []applyingLetter) int {
	pairs := 0
	for _, l := range letters {
		n := len(l.organizations)
		pairs += n * (n - 1) / 2
	}
	return max(1, (pairs+pairsPerPart-1)/pairsPerPart)
}

// partOf spreads organizations over parts by a hash of their id.
func partOf(id string, parts int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(parts))
}

// writeChunk writes one chunk of pair rows in its own transaction, which
// also claims the chunk; a chunk claimed before (by a crashed run, or by
// another process) is skipped.
func (s *Store) writeChunk(ctx context.Context, name, update, create string, rows []any, paired map[string]bool) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// A claim per attempt: a retry after a commit whose answer was lost
		// finds the chunk claimed, and skips it.
		claim := rand.Text()
		recs, err := s.txRun(ctx, tx, claimChunkCypher, map[string]any{"chunk": name, "claim": claim})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, nil // the update is over, or listed the chunk done
		}
		if mine, _ := recs[0].Get("claimed"); mine != true {
			return nil, nil
		}
		return nil, s.upsertPairs(ctx, tx, update, create, rows, paired)
	})
	if err != nil {
		return s.translate(err)
	}
	return nil
}

// upsertPairs adds co-signings to the pairs that exist, then creates the
// rest. Only rows whose organizations are both paired can exist; each of
// those carries its index i, so the update can say which rows it found. It
// is not a MERGE: only updates write pairs, a pair's key is in one chunk of
// the update, and the chunk's claim holds its node's lock, so no one
// creates the same pair meanwhile.
func (s *Store) upsertPairs(ctx context.Context, tx neo4j.ManagedTransaction, update, create string, rows []any, paired map[string]bool) error {
	var maybe, missing []any
	for _, r := range rows {
		row := r.(map[string]any)
		if paired[row["a"].(string)] && paired[row["b"].(string)] {
			row["i"] = len(maybe)
			maybe = append(maybe, row)
		} else {
			missing = append(missing, row)
		}
	}
	if len(maybe) > 0 {
		recs, err := s.txRun(ctx, tx, update, map[string]any{"rows": maybe})
		if err != nil {
			return err
		}
		found := make(map[int64]bool)
		for _, rec := range recs {
			ids, _, err := neo4j.GetRecordValue[[]any](rec, "found")
			if err != nil {
				return fmt.Errorf("decode co-signing update: %w", err)
			}
			for _, id := range ids {
				found[id.(int64)] = true
			}
		}
		for i, row := range maybe {
			if !found[int64(i)] {
				missing = append(missing, row)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	_, err := s.txRun(ctx, tx, create, map[string]any{"groups": groupByFirst(missing)})
	return err
}

// groupByFirst groups pair rows by their first organization, in order of
// first appearance.
func groupByFirst(rows []any) []any {
	var groups []any
	index := map[string]int{}
	for _, r := range rows {
		a := r.(map[string]any)["a"].(string)
		i, ok := index[a]
		if !ok {
			i = len(groups)
			index[a] = i
			groups = append(groups, map[string]any{"a": a, "rows": []any{}})
		}
		g := groups[i].(map[string]any)
		g["rows"] = append(g["rows"].([]any), r)
	}
	return groups
}

type pairRow struct {
	count       int
	weight      float64
	first, last string
}

type pairYear struct {
	a, b string
	year int
}

// countPairs counts one co-signing for every pair of each letter's
// organizations whose first organization keep accepts, and returns the
// rows for the whole-time pairs and the per-year pairs, sorted by key. A
// pair's weight adds 1/(n-1) for a letter of n organizations, so a letter
// signed by 200 counts far less toward a partnership than one signed by 5.
func countPairs(letters []applyingLetter, keep func(a string) bool) (pairRows, yearRows []any) {
	pairs := map[[2]string]*pairRow{}
	years := map[pairYear]*pairRow{}
	for _, l := range letters {
		ids := append([]string(nil), l.organizations...)
		sort.Strings(ids)
		if len(ids) < 2 {
			continue
		}
		w := 1 / float64(len(ids)-1)
		year := Year(l.date)
		for i := range ids {
			if !keep(ids[i]) {
				continue
			}
			for j := i + 1; j < len(ids); j++ {
				get(pairs, [2]string{ids[i], ids[j]}).add(w, l.date)
				if year != 0 {
					get(years, pairYear{ids[i], ids[j], year}).add(w, l.date)
				}
			}
		}
	}
	for key, p := range pairs {
		pairRows = append(pairRows, map[string]any{"key": pairKey(key[0], key[1], 0), "a": key[0], "b": key[1],
			"count": p.count, "weight": p.weight, "first": nullable(p.first), "last": nullable(p.last)})
	}
	for key, p := range years {
		yearRows = append(yearRows, map[string]any{"key": pairKey(key.a, key.b, key.year), "a": key.a, "b": key.b, "year": key.year,
			"count": p.count, "weight": p.weight, "first": p.first, "last": p.last})
	}
	// Sorted, so a resumed update cuts the same chunks.
	byKey(pairRows)
	byKey(yearRows)
	return pairRows, yearRows
}

func get[K comparable](m map[K]*pairRow, k K) *pairRow {
	p := m[k]
	if p == nil {
		p = &pairRow{}
		m[k] = p
	}
	return p
}

func (p *pairRow) add(weight float64, date string) {
	p.count++
	p.weight += weight
	if date == "" {
		return
	}
	if p.first == "" || date < p.first {
		p.first = date
	}
	if date > p.last {
		p.last = date
	}
}

func byKey(rows []any) {
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].(map[string]any)["key"].(string) < rows[j].(map[string]any)["key"].(string)
	})
}

// pairKey is the key of the co-signing pair of organizations a and b (a < b),
// and with a year, of their co-signings that year.
func pairKey(a, b string, year int) string {
	if year == 0 {
		return a + "|" + b
	}
	return a + "|" + b + "|" + strconv.Itoa(year)
}
