package loader_test

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coalition-graph/coalition/loader"
)

// FuzzParse feeds arbitrary text to the parser: it must not panic, and
// what it returns must point at real lines.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("Sincerely,\n" + strings.Repeat("A; ", 50))
	f.Add("Dear X:\n\nSincerely,\n\n[signed]   [signed]\nA B   C D\n")
	f.Add("Sincerely,\n\nJane Doe, Chief Executive/, Acme Corp\n") // a slash with no second role after it
	f.Fuzz(func(t *testing.T, text string) {
		l, err := loader.ParseText("fuzz.txt", text)
		if err != nil {
			if strings.Contains(err.Error(), loader.InternalError) {
				t.Fatal(err) // a panic, recovered
			}
			return
		}
		n := strings.Count(text, "\n") + strings.Count(text, "\r") + 1
		for i, s := range l.Signatories {
			if s.Name == "" && s.Organization == "" {
				t.Errorf("signatories[%d] has neither name nor organization", i)
			}
			for _, ln := range []int{s.Line, s.EndLine, s.NameLine, s.TitleLine, s.OrganizationLine} {
				if ln < 0 || ln > n {
					t.Errorf("signatories[%d]: line %d outside 1..%d", i, ln, n)
				}
			}
		}
		if _, err := loader.AnswerJSON(l); err != nil {
			t.Errorf("AnswerJSON: %v", err)
		}
	})
}

// TestParse_Linear guards against inputs that would make the parser slow.
// Each input is parsed at two sizes, eight times apart. The bytes it
// allocates, which do not depend on how busy the machine is, must grow
// about eightfold (a quadratic step would grow them sixty-four times), and
// no parse may take long.
func TestParse_Linear(t *testing.T) {
	inputs := map[string]func(rep func(string) string) string{
		"one long line": func(r func(string) string) string { return "Sincerely,\n" + r("Jane Doe, ") },
		"periods":       func(r func(string) string) string { return "Sincerely,\n" + r("a.b.c.d ") },
		"connector chain": func(r func(string) string) string {
			return "Sincerely,\n\nJane Doe\n" + r("Director of\nChair of the\n")
		},
		"record run": func(r func(string) string) string {
			return "Sincerely,\nJane Doe,\n" + r("Director and\nChair and\n") + "Org.\n"
		},
		"semicolons": func(r func(string) string) string { return "Sincerely,\n" + r("Acme Association; ") },
		"places":     func(r func(string) string) string { return "Sincerely,\n" + r("Texas, ") },
		"suffixes":   func(r func(string) string) string { return "Sincerely,\nJohn Smith" + r(", Jr.") },
		"columns": func(r func(string) string) string {
			return "Sincerely,\n\n" + r("Ann Lee      Bo Li      Cy Ng\nDan Ho      Ed Yu      Flo Ma\n")
		},
		"parentheses": func(r func(string) string) string { return "Sincerely,\n" + r("(a") + r(")") },
		"subject": func(r func(string) string) string {
			return "Subject: a and\n" + r("b and\n") + "Dear Sir:\n\nSincerely,\nJane Doe\n"
		},
		"names": func(r func(string) string) string { return "Sincerely,\n\n" + r("Jane Doe\nJohn Roe\n") },
		"blocks": func(r func(string) string) string {
			return "Dear Sir:\n\nSincerely,\n\n" + r("Jane Doe\nExecutive Director\nSierra Club\n\n")
		},
		"cc chain": func(r func(string) string) string { return "Sincerely,\nJane Doe\n\ncc: " + r("Committee of\n") },
		"body sentence": func(r func(string) string) string {
			return "Dear Sir:\n\n" + r("The National Council of the Association for ") + "\n\nSincerely,\nJane Doe\n"
		},
	}
	sizes := []int{4 << 10, 32 << 10}
	if raceEnabled {
		sizes = []int{1 << 10, 8 << 10}
	}
	for name, mk := range inputs {
		var alloc [2]uint64
		for i, size := range sizes {
			in := mk(func(s string) string { return strings.Repeat(s, size/len(s)) })
			start := time.Now()
			alloc[i] = allocated(func() { _, _ = loader.ParseText(name, in) })
			if d := time.Since(start) / allocatedRuns; d > 5*time.Second {
				t.Errorf("%s: %v for %d KB", name, d, size>>10)
			}
		}
		if alloc[1] > 20*alloc[0] {
			t.Errorf("%s: %d bytes allocated at %d KB, %d at %d KB; the parser is not linear",
				name, alloc[0], sizes[0]>>10, alloc[1], sizes[1]>>10)
		}
	}
}

// allocatedRuns is how many times allocated runs f.
const allocatedRuns = 3

// allocated returns the bytes f allocates, the least of allocatedRuns runs:
// the count includes whatever else the process allocates meanwhile, which
// under -race once pushed a linear input past the bound.
func allocated(f func()) uint64 {
	least := uint64(math.MaxUint64)
	for range allocatedRuns {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	return least
}
