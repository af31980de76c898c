//go:build integration

package graph

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// A graph written before co-signing pairs had keys: Migrate keys its pairs,
// and a later load adds to them instead of creating a second pair.
func TestMigrate_KeysOldPairs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	for _, cypher := range []string{
		`DROP CONSTRAINT co_signed_key IF EXISTS`,
		`DROP CONSTRAINT co_signed_in_key IF EXISTS`,
		`CREATE (a:Organization {id: 'org:a', name: 'A', aliases: [], letterCount: 1}),
		        (b:Organization {id: 'org:b', name: 'B', aliases: [], letterCount: 1}),
		        (a)-[:CO_SIGNED {count: 1, weight: 1.0, firstDate: '2019-02-08', lastDate: '2019-02-08'}]->(b),
		        (a)-[:CO_SIGNED_IN {year: 2019, count: 1, weight: 1.0, firstDate: '2019-02-08', lastDate: '2019-02-08'}]->(b)`,
	} {
		if _, err := s.run(ctx, cypher, nil, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}

	recs, err := s.read(ctx, `MATCH ()-[r:CO_SIGNED|CO_SIGNED_IN]->() RETURN r.key AS key ORDER BY key`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, rec := range recs {
		k, _ := rec.Get("key")
		key, _ := k.(string) // "" where a pair has no key
		keys = append(keys, key)
	}
	if len(keys) != 2 || keys[0] != "org:a|org:b" || keys[1] != "org:a|org:b|2019" {
		t.Fatalf("keys after migrate = %q; want [org:a|org:b org:a|org:b|2019]", keys)
	}

	letter := LetterImport{
		Letter: &Letter{ID: "letter:later", SHA256: "sha-later", Source: "later.txt", Date: "2019-06-01", Text: "later"},
		Signatures: []Signature{
			{Position: 1, OrganizationID: "org:a", Organization: "A"},
			{Position: 2, OrganizationID: "org:b", Organization: "B"},
		},
	}
	if _, err := s.WriteLetters(ctx, []LetterImport{letter}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateCoSigning(ctx, nil); err != nil {
		t.Fatal(err)
	}
	recs, err = s.read(ctx, `MATCH ()-[r:CO_SIGNED|CO_SIGNED_IN]->() RETURN type(r) AS type, r.count AS count, r.lastDate AS last ORDER BY type`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d co-signing edges after a later letter; want 2 (one pair, one year)", len(recs))
	}
	for _, rec := range recs {
		count, _ := rec.Get("count")
		last, _ := rec.Get("last")
		if count != int64(2) || last != "2019-06-01" {
			t.Errorf("%v: count %v, last %v; want 2, 2019-06-01", rec.Values[0], count, last)
		}
	}
}

// An update that stopped after its first chunk (as a killed load would) is
// resumed by the next: the done chunk is not counted twice, the rest are
// written, and the graph is the one a whole update gives.
func TestUpdateCoSigning_Resumes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	letters := []LetterImport{
		{Letter: &Letter{ID: "letter:1", SHA256: "sha-1", Source: "1.txt", Date: "2019-02-08", Text: "1"},
			Signatures: []Signature{{Position: 1, OrganizationID: "org:a", Organization: "A"}, {Position: 2, OrganizationID: "org:b", Organization: "B"}}},
		{Letter: &Letter{ID: "letter:2", SHA256: "sha-2", Source: "2.txt", Date: "2020-05-01", Text: "2"},
			Signatures: []Signature{{Position: 1, OrganizationID: "org:a", Organization: "A"}, {Position: 2, OrganizationID: "org:b", Organization: "B"},
				{Position: 3, OrganizationID: "org:c", Organization: "C"}}},
	}
	if _, err := s.WriteLetters(ctx, letters); err != nil {
		t.Fatal(err)
	}

	// The first steps of updateCoSigningOnce, up to its first chunk.
	if started, err := s.startCoSigningUpdate(ctx); err != nil || !started {
		t.Fatalf("start: %v, %v; want started", started, err)
	}
	applying, err := s.applyingLetters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pairs, _ := countPairs(applying, func(string) bool { return true })
	if err := s.writeChunk(ctx, "1/0/pairs/0", updateCoSignedCypher, createCoSignedCypher, pairs, nil); err != nil {
		t.Fatal(err)
	}

	res, err := s.UpdateCoSigning(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Letters != 2 {
		t.Errorf("resumed update counted %d letters; want 2", res.Letters)
	}
	// A-B co-signed in both letters, A-C and B-C in the second; per year
	// A-B 2019, A-B 2020, A-C 2020, B-C 2020.
	want := map[string]int64{"org:a|org:b": 2, "org:a|org:c": 1, "org:b|org:c": 1,
		"org:a|org:b|2019": 1, "org:a|org:b|2020": 1, "org:a|org:c|2020": 1, "org:b|org:c|2020": 1}
	recs, err := s.read(ctx, `MATCH ()-[r:CO_SIGNED|CO_SIGNED_IN]->() RETURN r.key AS key, r.count AS count`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(want) {
		t.Errorf("%d co-signing edges; want %d", len(recs), len(want))
	}
	for _, rec := range recs {
		key, _ := rec.Get("key")
		count, _ := rec.Get("count")
		if k, _ := key.(string); want[k] != count {
			t.Errorf("%v: count %v; want %d", key, count, want[k])
		}
	}
	recs, err = s.read(ctx, `RETURN COUNT { (:CoSigningUpdate) } AS updates, COUNT { (l:Letter) WHERE l.coSigning IS NOT NULL } AS marked`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if u, _ := recs[0].Get("updates"); u != int64(0) {
		t.Errorf("%v update nodes left; want 0", u)
	}
	if m, _ := recs[0].Get("marked"); m != int64(0) {
		t.Errorf("%v letters still marked; want 0", m)
	}
}

// Two updates at once (two loads finishing together, or a load and an
// import) share the work: each chunk of pairs is written once, and the
// pairs are those of one update. The letters make four chunks: letter 1
// (2019) and letter 2 (2020) are signed by organizations 0–149, letter 3
// (2020) by 100–249.
func TestUpdateCoSigning_TwoAtOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s := OpenTestStore(t)
	letter := func(n int, date string, from, to int) LetterImport {
		l := LetterImport{Letter: &Letter{ID: fmt.Sprintf("letter:%d", n), SHA256: fmt.Sprintf("sha-%d", n), Source: fmt.Sprintf("%d.txt", n), Date: date, Text: "x"}}
		for i := from; i < to; i++ {
			l.Signatures = append(l.Signatures, Signature{Position: i - from + 1, OrganizationID: fmt.Sprintf("org:%03d", i), Organization: fmt.Sprintf("Org %03d", i)})
		}
		return l
	}
	if _, err := s.WriteLetters(ctx, []LetterImport{letter(1, "2019-01-01", 0, 150), letter(2, "2020-01-01", 0, 150), letter(3, "2020-06-01", 100, 250)}); err != nil {
		t.Fatal(err)
	}
	results := make(chan error, 2)
	for range 2 {
		go func() {
			res, err := s.UpdateCoSigning(ctx, nil)
			if err == nil && res.Letters != 0 && res.Letters != 3 {
				err = fmt.Errorf("an update counted %d letters; want 3 (or 0 if it came after)", res.Letters)
			}
			results <- err
		}()
	}
	for range 2 {
		if err := <-results; err != nil {
			t.Fatal(err)
		}
	}
	// Whole time: the pairs of 0–149 and of 100–249, less those of 100–149
	// counted in both: 11,175 + 11,175 − 1,225 = 21,125 pairs, 1,225 of
	// them in all three letters. Per year: 11,175 in 2019, 21,125 in 2020.
	// Counts add up to the letters' pairs, 3 × 11,175 = 33,525, either way.
	recs, err := s.read(ctx, `
MATCH ()-[r:CO_SIGNED|CO_SIGNED_IN]->()
RETURN type(r) AS type, count(r) AS pairs, sum(r.count) AS counts, count(CASE WHEN r.count = 3 THEN 1 END) AS inAll
ORDER BY type`, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]int64{"CO_SIGNED": {21125, 33525, 1225}, "CO_SIGNED_IN": {32300, 33525, 0}}
	if len(recs) != len(want) {
		t.Fatalf("%d kinds of co-signing edges; want %d", len(recs), len(want))
	}
	for _, rec := range recs {
		typ, _ := rec.Get("type")
		var got [3]int64
		for i, k := range []string{"pairs", "counts", "inAll"} {
			v, _ := rec.Get(k)
			got[i], _ = v.(int64)
		}
		if got != want[typ.(string)] {
			t.Errorf("%v: pairs, counts, in all three = %v; want %v", typ, got, want[typ.(string)])
		}
	}
	recs, err = s.read(ctx, `RETURN COUNT { (:CoSigningUpdate) } + COUNT { (:CoSigningChunk) } AS left`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := recs[0].Get("left"); n != int64(0) {
		t.Errorf("%v update and chunk nodes left; want 0", n)
	}
}
