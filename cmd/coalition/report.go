package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// candidatesShown is how many possible duplicates the summary lists
// without --report.
const candidatesShown = 10

// printResolution prints what entity resolution did: the names merged by
// rule, the names kept apart, and the possible duplicates, most likely
// first; in full with --report, else the counts and the first few.
func printResolution(w io.Writer, s loader.Summary, all bool) {
	if len(s.Merges) > 0 {
		fmt.Fprintf(w, "%s merged into others (%s)", plural(len(s.Merges), "name"), countRules(s.Merges))
		if !all {
			fmt.Fprintln(w, ": see --report")
		} else {
			fmt.Fprintln(w, ":")
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "  RULE\tKIND\tNAME\tMERGED INTO\tEVIDENCE")
			for _, m := range s.Merges {
				fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", m.Rule, kindLabel(m.Kind), cell(m.Name), cell(m.Into), m.Evidence)
			}
			tw.Flush()
		}
	}
	if len(s.Splits) > 0 {
		fmt.Fprintf(w, "%s kept apart as several people:\n", plural(len(s.Splits), "name"))
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  NAME\tRULE\tEVIDENCE\tPEOPLE")
		for i, sp := range s.Splits {
			if i == candidatesShown && !all {
				fmt.Fprintf(tw, "  ... %d more: see --report\n", len(s.Splits)-i)
				break
			}
			var parts []string
			for _, p := range sp.Parts {
				ctx := p.Context
				if ctx == "" {
					ctx = "no chamber said"
				}
				parts = append(parts, fmt.Sprintf("%s (%s, %s%s)", p.ID, ctx, plural(p.Letters, "letter"), yearsOf(p.From, p.To)))
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", cell(sp.Name), sp.Rule, sp.Evidence, strings.Join(parts, "; "))
		}
		tw.Flush()
	}
	if len(s.Candidates) == 0 {
		return
	}
	fmt.Fprintf(w, "%s, most likely first (not merged; add an aliases line to merge):\n", plural(len(s.Candidates), "possible duplicate"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  #\tSCORE\tKIND\tA\tB\tWHY")
	for i, c := range s.Candidates {
		if i == candidatesShown && !all {
			fmt.Fprintf(tw, "  ...\t\t\t%d more: see --report\n", len(s.Candidates)-i)
			break
		}
		why := c.Reason
		if len(c.Evidence) > 0 {
			why += "; " + strings.Join(c.Evidence, "; ")
		}
		fmt.Fprintf(tw, "  %d\t%.1f\t%s\t%s\t%s\t%s\n", i+1, c.Score, kindLabel(c.Kind), cell(c.A), cell(c.B), why)
	}
	tw.Flush()
}

// countRules says how many merges each rule made, in the order first seen.
func countRules(merges []loader.Merge) string {
	var rules []string
	n := map[string]int{}
	for _, m := range merges {
		if n[m.Rule] == 0 {
			rules = append(rules, m.Rule)
		}
		n[m.Rule]++
	}
	parts := make([]string, len(rules))
	for i, r := range rules {
		parts[i] = fmt.Sprintf("%d %s", n[r], r)
	}
	return strings.Join(parts, ", ")
}

// plural prints a count and a noun, with an s unless the count is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func kindLabel(kind string) string {
	if kind == graph.KindOrganization {
		return "org"
	}
	return kind
}

// cellWidth bounds a name in a table column; --json has every name whole.
const cellWidth = 44

// cell shortens a name to a table column.
func cell(s string) string {
	if utf8.RuneCountInString(s) <= cellWidth {
		return s
	}
	r := []rune(s)
	return string(r[:cellWidth-1]) + "…"
}

func yearsOf(from, to int) string {
	switch {
	case from == 0:
		return ""
	case from == to:
		return fmt.Sprintf(", %d", from)
	}
	return fmt.Sprintf(", %d–%d", from, to)
}

// jsonSummary is load --json's output.
type jsonSummary struct {
	DryRun        bool               `json:"dryRun"`
	Files         int                `json:"files"`
	Letters       int                `json:"letters"`
	New           []string           `json:"new"`
	Unchanged     []string           `json:"unchanged"`
	Failed        []jsonIssue        `json:"failed"`
	Skipped       []jsonIssue        `json:"skipped"`
	Organizations int                `json:"organizations"`
	People        int                `json:"people"`
	Offices       int                `json:"offices"`
	Signatures    int                `json:"signatures"`
	ElapsedMS     int64              `json:"elapsedMs"`
	Merges        []loader.Merge     `json:"merges"`
	Splits        []loader.Split     `json:"splits"`
	Candidates    []loader.Candidate `json:"candidates"`
	Review        []jsonReview       `json:"review"`
}

type jsonIssue struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Letter string `json:"letter,omitempty"`
	Reason string `json:"reason"`
}

type jsonReview struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Signatory string `json:"signatory"`
	Reason    string `json:"reason"`
}

// printJSON prints a load's summary and its whole report as one JSON
// object; lists are [] when empty, never null.
func printJSON(w io.Writer, s loader.Summary) error {
	out := jsonSummary{
		DryRun: s.DryRun, Files: s.Files, Letters: s.Letters,
		New: nonNil(s.New), Unchanged: nonNil(s.Unchanged), Failed: issues(s.Failed), Skipped: issues(s.Skipped),
		Organizations: s.Organizations, People: s.People, Offices: s.Offices, Signatures: s.Signatures,
		ElapsedMS: s.Elapsed.Milliseconds(),
		Merges:    nonNil(s.Merges), Splits: nonNil(s.Splits), Candidates: nonNil(s.Candidates), Review: []jsonReview{},
	}
	for _, r := range s.Review {
		out.Review = append(out.Review, jsonReview{r.File, r.Line, r.Signatory, r.Reason})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func issues(in []loader.Issue) []jsonIssue {
	out := []jsonIssue{}
	for _, i := range in {
		out = append(out, jsonIssue{i.File, i.Line, i.Letter, i.Reason})
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
