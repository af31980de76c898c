// Command ersample draws a sample of entity-resolution decisions to check
// by hand: from the JSON of `coalition load --json`, some automatic merges
// (every merge of a rule that made few, the rest drawn) and some reported
// candidates, with a fixed seed, so the same load always gives the same
// sample. It prints a TSV whose label and why columns are left for the
// person checking (same, different or unsure, and a one-line reason):
//
//	bin/coalition load --dry-run --json .bench/ccc.csv > .bench/ccc.json
//	go run ./tools/ersample -merges 60 -candidates 40 .bench/ccc.json
//
// loader/testdata/er_sample_ccc.tsv is such a sample of the court corpus,
// labelled.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
)

type merge struct {
	Kind, Rule, Name, ID, Into, IntoID, Evidence string
}

type candidate struct {
	Kind, A, AID, B, BID, Reason string
	Score                        float64
	Evidence                     []string
}

type report struct {
	Merges     []merge
	Candidates []candidate
}

func main() {
	merges := flag.Int("merges", 60, "automatic merges to draw")
	candidates := flag.Int("candidates", 40, "reported candidates to draw")
	seed := flag.Uint64("seed", 14, "random seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: ersample [-merges N] [-candidates N] [-seed S] LOAD.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = sample(data, *merges, *candidates, *seed, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ersample:", err)
		os.Exit(1)
	}
}

// Header is the sample's first line.
const Header = "n\tstratum\tkind\ta_id\ta_name\tb_id\tb_name\tevidence\tlabel\twhy"

// sample draws the rows: merges by rule in proportion to what each rule
// made (but every merge of a rule that made no more than a tenth of the draw),
// then candidates uniformly.
func sample(data []byte, nMerges, nCandidates int, seed uint64, w io.Writer) error {
	var r report
	if err := json.Unmarshal(data, &r); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	byRule := map[string][]merge{}
	for _, m := range r.Merges {
		if m.Rule != "aliases file" {
			byRule[m.Rule] = append(byRule[m.Rule], m)
		}
	}
	rules := make([]string, 0, len(byRule))
	total := 0
	for rule, ms := range byRule {
		rules = append(rules, rule)
		total += len(ms)
	}
	slices.Sort(rules)
	fmt.Fprintln(w, Header)
	n := 0
	row := func(stratum, kind, aID, a, bID, b, evidence string) {
		n++
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t\n", n, stratum, kind, aID, clean(a), bID, clean(b), clean(evidence))
	}
	left := nMerges
	small := map[string]bool{}
	for _, rule := range rules {
		if len(byRule[rule]) <= nMerges/10 {
			small[rule] = true
			left -= len(byRule[rule])
			total -= len(byRule[rule])
		}
	}
	for _, rule := range rules {
		ms := byRule[rule]
		k := len(ms)
		if !small[rule] {
			k = min(len(ms), (left*len(ms)+total/2)/max(total, 1))
		}
		for _, i := range rng.Perm(len(ms))[:k] {
			m := ms[i]
			row("merge: "+m.Rule, m.Kind, m.ID, m.Name, m.IntoID, m.Into, m.Evidence)
		}
	}
	for _, i := range rng.Perm(len(r.Candidates))[:min(nCandidates, len(r.Candidates))] {
		c := r.Candidates[i]
		row("candidate", c.Kind, c.AID, c.A, c.BID, c.B, fmt.Sprintf("%.1f: %s; %s", c.Score, c.Reason, strings.Join(c.Evidence, "; ")))
	}
	return nil
}

func clean(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }
