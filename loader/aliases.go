package loader

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// Aliases are the merges an analyst curates: variant names that are one
// organization (or one person) with a name the analyst chooses.
//
// The file is plain UTF-8 text, one organization per line:
//
//	# A comment is a line that starts with "#", or " # " and what follows.
//	Human Rights Campaign = HRC; HRC Foundation
//	National Center for Lesbian Rights = NCLR
//	Iraq and Afghanistan Veterans of America = IAVA
//	person: Jonathan M. Young = Jonathan Young
//
// Left of "=" is the canonical name (shown on the node, and its id); right of
// it, separated by ";", the variants that resolve to it. Names match after
// normalization, so case, punctuation and a leading "The" do not matter. A
// line with nothing after "=" just pins the name: the organization keeps that
// name and is never merged into another by acronym. "person:" starts a line
// about people; "org:" may start one about organizations. A variant listed
// under two names, or a name that is both canonical and a variant, is an
// error, so the file always means one thing.
//
// "A != B" (or "person: A != B") says two names are different entities:
// a load merges nothing by it, but the review of duplicates never proposes
// the pair (coalition aliases import records it).
type Aliases struct {
	orgs, people aliasTable
	apart        []ApartNames
}

// ApartNames are two names an analyst decided are different entities.
type ApartNames struct {
	Kind string // graph.KindOrganization or graph.KindPerson
	A, B string
}

type aliasTable struct {
	canonical map[string]string   // variant or canonical key → canonical key
	names     map[string]string   // canonical key → canonical name
	variants  map[string][]string // canonical key → variants as written
	lines     map[string]int      // key → line that defined it, for errors
}

func newAliasTable() aliasTable {
	return aliasTable{canonical: map[string]string{}, names: map[string]string{}, variants: map[string][]string{}, lines: map[string]int{}}
}

// ReadAliases reads an aliases file.
func ReadAliases(path string) (*Aliases, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	defer f.Close()
	return ParseAliases(path, f)
}

// ParseAliases reads aliases in the format described at Aliases; name is the
// file name errors report.
func ParseAliases(name string, r io.Reader) (*Aliases, error) {
	a := &Aliases{orgs: newAliasTable(), people: newAliasTable()}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		if err := a.addLine(sc.Text(), n); err != nil {
			return nil, &ParseError{File: name, Line: n, Msg: err.Error()}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

func (a *Aliases) addLine(line string, n int) error {
	if !utf8.ValidString(line) {
		return fmt.Errorf("invalid UTF-8")
	}
	line = strings.TrimSpace(stripAliasComment(line))
	if line == "" {
		return nil
	}
	table, resolveKey := &a.orgs, func(s string) string { base, _ := SplitAcronym(s); return organizationKey(base) }
	kind := "organization"
	if rest, ok := cutPrefixFold(line, "person:"); ok {
		table, resolveKey, line, kind = &a.people, personKey, rest, "person"
	} else if rest, ok := cutPrefixFold(line, "org:"); ok {
		line = rest
	}
	if x, y, ok := strings.Cut(line, "!="); ok {
		return a.addApart(kind, strings.TrimSpace(x), strings.TrimSpace(y))
	}
	canonical, variants, ok := strings.Cut(line, "=")
	canonical = strings.TrimSpace(canonical)
	if !ok || canonical == "" {
		return fmt.Errorf(`want "Canonical Name = Variant; Variant2", got %q`, line)
	}
	ck := resolveKey(canonical)
	if err := table.define(ck, n, "canonical"); err != nil {
		return err
	}
	table.canonical[ck], table.names[ck] = ck, canonical
	for _, v := range strings.Split(variants, ";") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		vk := resolveKey(v)
		if vk == ck {
			continue // a spelling of the canonical name itself
		}
		if err := table.define(vk, n, "variant"); err != nil {
			return fmt.Errorf("%q: %w", v, err)
		}
		table.canonical[vk] = ck
		table.variants[ck] = append(table.variants[ck], v)
	}
	return nil
}

func (a *Aliases) addApart(kind, x, y string) error {
	if x == "" || y == "" || strings.Contains(y, "=") {
		return fmt.Errorf(`want "Name != Other Name", got %q`, x+" != "+y)
	}
	a.apart = append(a.apart, ApartNames{Kind: kind, A: x, B: y})
	return nil
}

// define claims a key for one line, so no name means two things.
func (t *aliasTable) define(key string, line int, as string) error {
	if prev, ok := t.lines[key]; ok {
		return fmt.Errorf("already named on line %d; cannot also be a %s here", prev, as)
	}
	t.lines[key] = line
	return nil
}

// stripAliasComment drops a "#" comment: one that starts the line, or a "#"
// with space on both sides, so a name such as "Local #3" keeps its sign.
func stripAliasComment(line string) string {
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return ""
	}
	if i := strings.Index(line+" ", " # "); i >= 0 {
		return line[:i]
	}
	return line
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return strings.TrimSpace(s[len(prefix):]), true
	}
	return s, false
}

// The lookups below treat a nil *Aliases as an empty file.

// organization returns the canonical key for an organization key.
func (a *Aliases) organization(key string) string {
	if a != nil {
		if c, ok := a.orgs.canonical[key]; ok {
			return c
		}
	}
	return key
}

func (a *Aliases) person(key string) string {
	if a != nil {
		if c, ok := a.people.canonical[key]; ok {
			return c
		}
	}
	return key
}

// pinsOrganization reports whether the file names this organization, so
// no acronym merges it into another.
func (a *Aliases) pinsOrganization(key string) bool {
	if a == nil {
		return false
	}
	_, ok := a.orgs.canonical[key]
	return ok
}

// pinsPerson reports whether the file names this person, so no rule
// merges or splits them.
func (a *Aliases) pinsPerson(key string) bool {
	if a == nil {
		return false
	}
	_, ok := a.people.canonical[key]
	return ok
}

// lineOf returns the line of the file that names a key (0 for none).
func (a *Aliases) lineOf(kind, key string) int {
	if a == nil {
		return 0
	}
	if kind == graph.KindPerson {
		return a.people.lines[key]
	}
	return a.orgs.lines[key]
}

func (a *Aliases) organizationName(key string) (string, bool) {
	if a == nil {
		return "", false
	}
	name, ok := a.orgs.names[key]
	return name, ok
}

func (a *Aliases) organizationVariants(key string) []string {
	if a == nil {
		return nil
	}
	return a.orgs.variants[key]
}

func (a *Aliases) personName(key string) (string, bool) {
	if a == nil {
		return "", false
	}
	name, ok := a.people.names[key]
	return name, ok
}

// OrganizationNames lists every organization name the file gives,
// canonical names and variants: evidence for the parser.
func (a *Aliases) OrganizationNames() []string {
	var out []string
	for key, name := range a.orgs.names {
		out = append(out, name)
		out = append(out, a.orgs.variants[key]...)
	}
	sort.Strings(out)
	return out
}
