package main

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// The hand-checked sample of loader/testdata/er_sample_ccc.tsv describes
// what the loader does with the court corpus: each merge in it is still
// made, by the same rule, and each candidate is still two entities. When
// the rules change, this fails, and the sample must be drawn and checked
// anew (the file says how), so the precision TestERSample_Precision
// reports stays the precision of the loader as it is.
func TestERSample_StillHolds(t *testing.T) {
	src, err := os.Open("../../../shared/data/cccllm_colombia_court/amicus.csv")
	if err != nil {
		t.Fatalf("the court corpus (../shared/data, as for make ccc-csv): %v", err)
	}
	defer src.Close()
	var csv strings.Builder
	if _, err := convert(src, &csv); err != nil {
		t.Fatal(err)
	}
	letters, err := loader.ReadCSV("ccc.csv", strings.NewReader(csv.String()))
	if err != nil {
		t.Fatal(err)
	}
	r := loader.NewResolver(nil)
	r.Resolve(letters)
	merged := map[[2]string]string{}
	for _, m := range r.Merges() {
		merged[[2]string{m.ID, m.IntoID}] = m.Rule
	}
	entities := map[string]bool{}
	for _, o := range r.Organizations() {
		entities[o.ID] = true
	}
	for _, p := range r.People() {
		entities[p.ID] = true
	}

	f, err := os.Open("../../loader/testdata/er_sample_ccc.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if strings.HasPrefix(c[0], "#") || c[0] == "n" || len(c) < 6 {
			continue
		}
		rows++
		stratum, a, b := c[1], c[3], c[5]
		if rule, ok := strings.CutPrefix(stratum, "merge: "); ok {
			if got := merged[[2]string{a, b}]; got != rule {
				t.Errorf("row %s: %s into %s by %q; the loader now: %q", c[0], a, b, rule, got)
			}
			continue
		}
		if !entities[a] || !entities[b] {
			t.Errorf("row %s: candidate %s ~ %s is no longer two entities", c[0], a, b)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows != 100 {
		t.Errorf("%d rows in the sample; want 100", rows)
	}
}
