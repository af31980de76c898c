//go:build integration

package graph

import (
	"context"
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
	if _, err := s.UpdateCoSigning(ctx); err != nil {
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

	res, err := s.UpdateCoSigning(ctx)
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
