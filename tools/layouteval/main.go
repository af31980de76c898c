// Command layouteval measures how the parser reads signers it has read
// before when they are printed in another layout: the signatories of the
// answer files and the development letters, re-rendered in five common
// layouts (one line each, bullets, stacked blocks, "Name, Title (Org)",
// a Markdown table) under one fixed letter body, and scored against the
// answers. It separates layout from vocabulary: the names, titles and
// organizations are ones the parser was developed on, so a low figure here
// is a layout the parser does not read, not words it does not know.
//
//	go run ./tools/layouteval [DIR...]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/coalition-graph/coalition/loader"
)

// signer is an answer file's signatory.
type signer struct {
	Name, Honorific, Title, Organization *string
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func (s signer) key() string { return str(s.Name) + "|" + str(s.Title) + "|" + str(s.Organization) }

func (s signer) printedName() string {
	return strings.TrimSpace(str(s.Honorific) + " " + str(s.Name))
}

// body is the letter every layout is printed under.
const body = "Dear Members of Congress:\n\nWe, the undersigned, write to urge you to support the bill because it protects the rights of workers and families in every state and community.\n\nSincerely,\n\n"

// maxSigners keeps long letters from outweighing the rest.
const maxSigners = 40

type layout struct {
	name   string
	render func(ss []signer) string
}

func commaJoin(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

func eachLine(ss []signer, line func(signer) string) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(line(s) + "\n")
	}
	return b.String()
}

var layouts = []layout{
	{"one line each", func(ss []signer) string {
		return eachLine(ss, func(s signer) string { return commaJoin(s.printedName(), str(s.Title), str(s.Organization)) })
	}},
	{"bullets", func(ss []signer) string {
		return eachLine(ss, func(s signer) string { return "- " + commaJoin(s.printedName(), str(s.Title), str(s.Organization)) })
	}},
	{"stacked blocks", func(ss []signer) string {
		return eachLine(ss, func(s signer) string {
			var lines []string
			for _, x := range []string{s.printedName(), str(s.Title), str(s.Organization)} {
				if x != "" {
					lines = append(lines, x)
				}
			}
			return strings.Join(lines, "\n") + "\n"
		})
	}},
	{"Name, Title (Org)", func(ss []signer) string {
		return eachLine(ss, func(s signer) string {
			if s.printedName() == "" {
				return "* " + str(s.Organization)
			}
			line := commaJoin(s.printedName(), str(s.Title))
			if o := str(s.Organization); o != "" {
				line += " (" + o + ")"
			}
			return "* " + line
		})
	}},
	{"Markdown table", func(ss []signer) string {
		return "| Name | Title | Organization |\n|---|---|---|\n" + eachLine(ss, func(s signer) string {
			return "| " + s.printedName() + " | " + str(s.Title) + " | " + str(s.Organization) + " |"
		})
	}},
}

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: layouteval [DIR...] (default loader/testdata loader/evaldata/dev)")
		flag.PrintDefaults()
	}
	flag.Parse()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = []string{"loader/testdata", "loader/evaldata/dev"}
	}
	letters, err := readAnswers(dirs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "layouteval:", err)
		os.Exit(1)
	}
	fmt.Printf("%d letters' signatories (at most %d each) from %s, re-printed in each layout\n\n", len(letters), maxSigners, strings.Join(dirs, ", "))
	fmt.Printf("%-20s %9s %7s  %s\n", "layout", "right", "share", "letters read under half right")
	for _, lay := range layouts {
		right, total := 0, 0
		var poor []string
		for _, l := range letters {
			got := score(lay.render(l.signers), l.signers)
			right += got
			total += len(l.signers)
			if got*2 < len(l.signers) {
				poor = append(poor, l.name[:3])
			}
		}
		sort.Strings(poor)
		fmt.Printf("%-20s %4d/%-4d %7.3f  %s\n", lay.name, right, total, float64(right)/float64(total), strings.Join(poor, " "))
	}
}

type letter struct {
	name    string
	signers []signer
}

// readAnswers reads every answer file with three signatories or more.
func readAnswers(dirs []string) ([]letter, error) {
	var out []letter
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			var a struct {
				Signatories []signer `json:"signatories"`
			}
			if err := json.Unmarshal(data, &a); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if len(a.Signatories) < 3 {
				continue
			}
			out = append(out, letter{name: filepath.Base(f), signers: a.Signatories[:min(maxSigners, len(a.Signatories))]})
		}
	}
	return out, nil
}

// score counts the signers read right (name, title and organization).
func score(signatures string, want []signer) int {
	l, err := loader.ParseText("layout", body+signatures)
	if err != nil {
		return 0
	}
	left := map[string]int{}
	for _, s := range want {
		left[s.key()]++
	}
	right := 0
	for _, g := range l.Signatories {
		if k := g.Name + "|" + g.Title + "|" + g.Organization; left[k] > 0 {
			left[k]--
			right++
		}
	}
	return right
}
