//go:build integration

package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/coalition-graph/coalition/graph"
)

// MustOpenStore opens the test Neo4j, empty and migrated.
var MustOpenStore = graph.OpenTestStore

// Two tiny letters: A and B co-sign twice (2019 and 2020), C once with them.
// Ann signs for A both times with different titles; Bob signs for B, then for C.
func tinyLetters() []graph.LetterImport {
	sig := func(pos int, person, name, title, org, orgName string) graph.Signature {
		return graph.Signature{Position: pos, Line: pos + 10, PersonID: person, PersonName: name, Title: title, OrganizationID: org, Organization: orgName}
	}
	return []graph.LetterImport{
		{
			Letter: &graph.Letter{ID: "letter:1", SHA256: "sha-1", Source: "one.txt", Date: "2019-02-08", Title: "First", Text: "one"},
			Signatures: []graph.Signature{
				sig(1, "person:ann", "Ann", "Director", "org:a", "A"),
				sig(2, "person:bob", "Bob", "Chair", "org:b", "B"),
			},
			Addressees: []graph.Addressee{{Kind: "to", Position: 1, Label: "Person", ID: "person:president", Name: "President P", Title: "President"}},
		},
		{
			Letter: &graph.Letter{ID: "letter:2", SHA256: "sha-2", Source: "two.txt", Date: "2020-05-01", Title: "Second", Text: "two"},
			Signatures: []graph.Signature{
				sig(1, "person:ann", "Ann", "President", "org:a", "A"),
				sig(2, "", "", "", "org:b", "B"),
				sig(3, "person:bob", "Bob", "Advisor", "org:c", "C"),
			},
			Addressees: []graph.Addressee{{Kind: "cc", Position: 1, Label: "Office", ID: "office:member-of-congress", Name: "Member of Congress", Title: "Member of Congress"}},
		},
	}
}

// Letter 1 is signed by A and B, letter 2 by A, B and C: C is named by
// letter 2 alone, and nothing is named by letter 1 alone.
func TestStore_OrganizationNamesOutside(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	if _, err := s.WriteLetters(ctx, tinyLetters()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		shas, want []string
	}{
		{nil, []string{"A", "B", "C"}},
		{[]string{"sha-1"}, []string{"A", "B", "C"}},
		{[]string{"sha-2"}, []string{"A", "B"}},
		{[]string{"sha-1", "sha-2", "sha-unknown"}, []string{}},
	} {
		names, err := s.OrganizationNamesOutside(ctx, tc.shas)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(names)
		if !slices.Equal(names, tc.want) {
			t.Errorf("organizations outside %q = %q; want %q", tc.shas, names, tc.want)
		}
	}
}

func TestStore_Migrate(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	t.Run("Current", func(t *testing.T) {
		before := s.Queries()
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("second migrate: %v; want idempotent", err)
		}
		if n := s.Queries() - before; n != 1 {
			t.Errorf("migrating a current store took %d queries; want 1 (the schema catalog)", n)
		}
	})
	t.Run("IndexMissing", func(t *testing.T) {
		if err := s.DropIndex(ctx, "person_name"); err != nil {
			t.Fatal(err)
		}
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		before := s.Queries()
		if err := s.Migrate(ctx); err != nil || s.Queries()-before != 1 {
			t.Errorf("after the index was made again: %v, %d queries; want current (1 query)", err, s.Queries()-before)
		}
	})
}

func TestStore_WriteLetters(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)

	t.Run("OK", func(t *testing.T) {
		res, err := s.WriteLetters(ctx, tinyLetters())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.WriteRoles(ctx, tinyLetters()); err != nil {
			t.Fatal(err)
		}
		if len(res.New) != 2 || len(res.Unchanged) != 0 {
			t.Fatalf("new=%v unchanged=%v; want 2 new", res.New, res.Unchanged)
		}
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wantNodes := map[string]int{"Letter": 2, "Organization": 3, "Person": 3, "Recipient": 2, "Office": 1}
		for label, want := range wantNodes {
			if got := c.Nodes[label]; got != want {
				t.Errorf("%s nodes = %d; want %d", label, got, want)
			}
		}
		// SIGNED: 4 by people + org A, B (letter 1) + A, B, C (letter 2) = 9.
		// HELD_ROLE: ann/A/Director, ann/A/President, bob/B/Chair, bob/C/Advisor = 4.
		// No co-signing relationships: co-signing is projected, not stored.
		wantRels := map[string]int{"SIGNED": 9, "HELD_ROLE": 4, "CO_SIGNED": 0, "CO_SIGNED_IN": 0, "ADDRESSED_TO": 2}
		for typ, want := range wantRels {
			if got := c.Relationships[typ]; got != want {
				t.Errorf("%s relationships = %d; want %d", typ, got, want)
			}
		}
	})

	t.Run("Idempotent", func(t *testing.T) {
		before, _ := s.Counts(ctx)
		res, err := s.WriteLetters(ctx, tinyLetters())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.WriteRoles(ctx, tinyLetters()); err != nil {
			t.Fatal(err)
		}
		if len(res.New) != 0 || len(res.Unchanged) != 2 {
			t.Fatalf("new=%v unchanged=%v; want 2 unchanged", res.New, res.Unchanged)
		}
		after, _ := s.Counts(ctx)
		for k, v := range before.Relationships {
			if after.Relationships[k] != v {
				t.Errorf("%s: %d after reload; want %d", k, after.Relationships[k], v)
			}
		}
	})

	co := graph.NewProjection(s)
	t.Run("ReadBack", func(t *testing.T) {
		if _, err := co.Refresh(ctx); err != nil {
			t.Fatal(err)
		}
		partners, err := co.Partners(ctx, "org:a", graph.Window{}, 1, graph.OrderCount, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(partners) != 2 || partners[0].OrganizationID != "org:b" || partners[0].Shared != 2 {
			t.Fatalf("partners of A = %+v; want B (2) first, then C", partners)
		}
		// A signed 2 letters, B 2, shared 2: Jaccard 2/(2+2-2) = 1.
		if partners[0].Jaccard != 1 {
			t.Errorf("jaccard(A,B) = %v; want 1", partners[0].Jaccard)
		}
		// Weight: letter 1 has 2 orgs (1/1), letter 2 has 3 orgs (1/2): 1.5.
		if partners[0].Weighted != 1.5 {
			t.Errorf("weighted(A,B) = %v; want 1.5", partners[0].Weighted)
		}
		in2019, err := co.Partners(ctx, "org:a", graph.Window{From: 2019, To: 2019}, 1, graph.OrderCount, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(in2019) != 1 || in2019[0].OrganizationID != "org:b" || in2019[0].Shared != 1 {
			t.Fatalf("partners of A in 2019 = %+v; want only B (1)", in2019)
		}
		roles, err := s.RoleHistory(ctx, "person:bob")
		if err != nil {
			t.Fatal(err)
		}
		if len(roles) != 2 || roles[0].Title != "Chair" || roles[0].From != "2019-02-08" || roles[1].OrganizationID != "org:c" {
			t.Fatalf("bob's roles = %+v; want Chair at B (2019) then Advisor at C", roles)
		}
		movers, err := s.Movers(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(movers) != 1 || movers[0].PersonID != "person:bob" {
			t.Fatalf("movers = %+v; want bob", movers)
		}
		sigs, err := s.LetterSignatures(ctx, []string{"letter:2"})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(sigs["letter:2"]); got != 3 {
			t.Fatalf("letter 2 signatures = %d; want 3", got)
		}
		path, err := s.FindPath(ctx, "person:ann", "org:c", 6)
		if err != nil {
			t.Fatal(err)
		}
		if path == nil || len(path.Nodes) != 3 || path.Nodes[1].ID != "letter:2" {
			t.Fatalf("path ann→C = %+v; want ann, letter 2, C", path)
		}
		hits, err := s.Search(ctx, "firs", 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].ID != "letter:1" {
			t.Fatalf("search firs = %+v; want letter 1", hits)
		}
		st, err := co.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Letters != 2 || st.Organizations != 3 || st.Signatures != 9 || st.FirstDate != "2019-02-08" || st.CoSignedPairs != 3 {
			t.Fatalf("stats = %+v", st)
		}
		comms, err := co.Communities(ctx, graph.Window{}, 1, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(comms) != 1 || len(comms[0].Members) != 3 {
			t.Fatalf("communities = %+v; want one of 3", comms)
		}
		net, err := co.Network(ctx, graph.NetworkQuery{MinShared: 2, Focus: "org:a", Depth: 1, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(net.Nodes) != 2 || len(net.Edges) != 1 {
			t.Fatalf("network around A, minShared 2 = %+v; want A, B and one edge", net)
		}
	})

	t.Run("ErrConflict", func(t *testing.T) {
		dup := tinyLetters()[:1]
		dup[0].Letter.SHA256 = "sha-other" // same id, different content
		_, err := s.WriteLetters(ctx, dup)
		if code := graph.ErrorCode(err); code != graph.ECONFLICT {
			t.Fatalf("error %v has code %q; want %q", err, code, graph.ECONFLICT)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := co.Partners(ctx, "org:nobody", graph.Window{}, 1, graph.OrderCount, 10)
		if code := graph.ErrorCode(err); code != graph.ENOTFOUND {
			t.Fatalf("error %v has code %q; want %q", err, code, graph.ENOTFOUND)
		}
	})
}

func TestStore_OrganizationNames(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	if _, err := s.WriteLetters(ctx, tinyLetters()); err != nil {
		t.Fatal(err)
	}
	names, err := s.OrganizationNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	if want := []string{"A", "B", "C"}; !slices.Equal(names, want) {
		t.Errorf("organization names = %q; want %q", names, want)
	}
}
