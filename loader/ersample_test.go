package loader_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// sampleRow is one hand-checked decision of testdata/er_sample_ccc.tsv.
type sampleRow struct {
	stratum, kind, aID, bID, label, why string
}

// readSample reads a sample of entity-resolution decisions checked by hand
// (see the comment at the top of the file).
func readSample(tb testing.TB, path string) []sampleRow {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var rows []sampleRow
	sc := bufio.NewScanner(f)
	header := true
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 10 {
			tb.Fatalf("%s:%d: %d columns, want 10", path, n, len(c))
		}
		rows = append(rows, sampleRow{stratum: c[1], kind: c[2], aID: c[3], bID: c[5], label: c[8], why: c[9]})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return rows
}

// The automatic merges on the court corpus, checked by hand on a sample:
// at least 98 % of them must be right, an unsure one counting as wrong.
func TestERSample_Precision(t *testing.T) {
	rows := readSample(t, "testdata/er_sample_ccc.tsv")
	if len(rows) != 100 {
		t.Fatalf("%d rows; want a sample of 100", len(rows))
	}
	merges, right, candidates := 0, 0, 0
	byRule := map[string][2]int{}
	for i, r := range rows {
		switch r.label {
		case "same", "different", "unsure":
		default:
			t.Errorf("row %d: label %q; want same, different or unsure", i+1, r.label)
		}
		if strings.TrimSpace(r.why) == "" {
			t.Errorf("row %d: no reason given for %q", i+1, r.label)
		}
		rule, isMerge := strings.CutPrefix(r.stratum, "merge: ")
		if !isMerge {
			candidates++
			continue
		}
		merges++
		n := byRule[rule]
		n[1]++
		if r.label == "same" {
			right++
			n[0]++
		}
		byRule[rule] = n
	}
	if merges == 0 || candidates == 0 {
		t.Fatalf("%d merges and %d candidates; want both in the sample", merges, candidates)
	}
	precision := float64(right) / float64(merges)
	for rule, n := range byRule {
		t.Logf("%s: %d of %d right", rule, n[0], n[1])
	}
	t.Logf("precision of the automatic merges: %d/%d = %.3f", right, merges, precision)
	if precision < 0.98 {
		t.Errorf("precision of the automatic merges = %d/%d = %.3f; want at least 0.98", right, merges, precision)
	}
}
