// Command rulecoverage lists the parser's rules that only one answer file
// exercises and no synthetic test does: code blocks of loader/parse*.go
// (and the files they use) covered by exactly one letter of
// loader/testdata and by none of the phenomenon tests. Each such rule is a
// fit to that letter until a synthetic case shows the phenomenon it reads.
//
//	go run ./tools/rulecoverage        # make rules-coverage
//
// It exits 1 when any is left.
package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// synthetic selects the tests that read made-up letters, not answer files.
const synthetic = `^(TestParse_|TestParseWith_KnownOrganizations|TestExplain|TestLoad_KnownOrganizationsFromAliases)`

// ruleFiles are the files whose blocks count as parser rules.
var ruleFiles = []string{"/parse", "/names.go", "/markdown.go", "/lexicon.go"}

func main() {
	tmp, err := os.MkdirTemp("", "rulecoverage")
	check(err)
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "loader.test")
	run("go", "test", "-c", "-cover", "-covermode=set", "-coverpkg=./loader", "-o", bin, "./loader")

	letters, err := filepath.Glob("loader/testdata/*.txt")
	check(err)
	byLetter := map[string]map[string]bool{}
	for _, l := range letters {
		name := strings.TrimSuffix(filepath.Base(l), ".txt")
		byLetter[name] = profile(bin, tmp, "TestAnswers/^"+name+"$")
	}
	syn := profile(bin, tmp, synthetic)

	count, owner := map[string]int{}, map[string]string{}
	for name, blocks := range byLetter {
		for b := range blocks {
			count[b]++
			owner[b] = name
		}
	}
	var lonely []string
	for b, n := range count {
		if n == 1 && !syn[b] {
			lonely = append(lonely, owner[b]+"\t"+b)
		}
	}
	sort.Strings(lonely)
	for _, l := range lonely {
		fmt.Println(l)
	}
	fmt.Printf("%d rule blocks exercised by one answer file and no synthetic test (%d letters, %d blocks covered)\n", len(lonely), len(byLetter), len(count))
	if len(lonely) > 0 {
		os.Exit(1)
	}
}

// profile runs the tests matching pattern and returns the rule blocks
// they cover.
func profile(bin, tmp, pattern string) map[string]bool {
	out := filepath.Join(tmp, "cover.out")
	cmd := exec.Command(bin, "-test.run", pattern, "-test.coverprofile", out)
	cmd.Dir = "loader"
	if b, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "rulecoverage: %s: %v\n%s", pattern, err, b)
		os.Exit(2)
	}
	f, err := os.Open(out)
	check(err)
	defer f.Close()
	blocks := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "mode:") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 || strings.HasSuffix(line, " 0") {
			continue
		}
		block := line[:strings.LastIndexByte(line[:i], ' ')]
		for _, rf := range ruleFiles {
			if strings.Contains(block, rf) {
				blocks[block] = true
			}
		}
	}
	return blocks
}

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	check(cmd.Run())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "rulecoverage:", err)
		os.Exit(2)
	}
}
