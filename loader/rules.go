package loader

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// The resolver merges two names into one entity on its own only under the
// rules below, each stated where it is applied and tested on its own
// (rules_test.go), and it records every merge with its rule. Whatever the
// rules say, the analysts' aliases file wins: a name the file lists is
// merged only as the file says, and never merged or split by a rule.
const (
	// RuleAliases: the analysts' aliases file lists the name as a variant.
	RuleAliases = "aliases file"
	// RuleUnitedStates: an organization's name says "of the U.S." where
	// another organization of the load says "of the United States", and is
	// otherwise the same.
	RuleUnitedStates = "of the U.S. = of the United States"
	// RuleAcronymInLetter: a bare acronym (one word of three letters or
	// more) is printed in the same letter as an organization whose initials
	// it is, and it is the initials or printed acronym of no other
	// organization of the load.
	RuleAcronymInLetter = "acronym printed beside its name"
	// RuleMiddleInitial: two people's names differ only by middle initials
	// one of them adds ("Jonathan M. Young", "Jonathan Young"), and no
	// other name differs from the bare one by middle initials; both names
	// read as a person's (the first word is a known given name, no
	// parentheses); they acted at the same organization (or chamber); they
	// never appear in one letter; their contexts do not conflict; and their
	// years there are at most middleInitialYears apart.
	RuleMiddleInitial = "middle initial added or dropped"
	// RuleAddedName: two people's names are the same but for whole words
	// one of them adds (a second given name, a second surname: "adriana
	// huertas", "adriana huertas bonilla"), the first word the same; the
	// shorter name has two words or more and is part of no other name; and
	// the context conditions of RuleMiddleInitial hold.
	RuleAddedName = "middle name or surname added or dropped"
	// RuleChambers keeps one name apart as several people: it sits in
	// different chambers of Congress in the same two-year term.
	RuleChambers = "different chambers in the same Congress"
)

// middleInitialYears is how far apart, at most, the years two names were
// seen at their organization may be for the middle-initial rule: a career,
// not a father and a son.
const middleInitialYears = 10

// Merge is a name the resolver made part of another entity, and why.
type Merge struct {
	Kind     string `json:"kind"` // graph.KindOrganization or graph.KindPerson
	Rule     string `json:"rule"`
	Name     string `json:"name"`   // the name merged, as printed
	ID       string `json:"id"`     // the id it has alone
	Into     string `json:"into"`   // the entity's name
	IntoID   string `json:"intoId"` // the entity's id
	Evidence string `json:"evidence"`
}

// Split is a name the resolver kept as several people, and why.
type Split struct {
	Kind     string      `json:"kind"` // graph.KindPerson
	Rule     string      `json:"rule"`
	Name     string      `json:"name"`
	ID       string      `json:"id"` // the id the name has alone
	Parts    []SplitPart `json:"parts"`
	Evidence string      `json:"evidence"`
}

// SplitPart is one of the people a split name became.
type SplitPart struct {
	ID      string `json:"id"`
	Context string `json:"context"` // "U.S. Senate"; "" for mentions that say nothing
	Letters int    `json:"letters"`
	From    int    `json:"from,omitempty"` // years seen
	To      int    `json:"to,omitempty"`
}

// mergeRecord is a merge before the entities have their names.
type mergeRecord struct {
	kind, rule, from, form, into, evidence string
}

// Merges returns the merges of the last Resolve: by the aliases file, then
// by rule, each sorted by kind, rule and name.
func (r *Resolver) Merges() []Merge {
	out := make([]Merge, 0, len(r.merges))
	for _, m := range r.merges {
		mg := Merge{Kind: m.kind, Rule: m.rule, Name: m.form, Evidence: m.evidence}
		if m.kind == graph.KindOrganization {
			mg.ID, mg.IntoID = orgPrefix+m.from, orgPrefix+r.finalOrganization(m.into)
			mg.Into = r.orgs[r.finalOrganization(m.into)].name
			if mg.Name == "" {
				mg.Name = r.orgs[m.from].name
			}
		} else {
			mg.ID, mg.IntoID = personPrefix+m.from, personPrefix+r.finalPerson(m.into)
			mg.Into = r.people[r.finalPerson(m.into)].name
			if mg.Name == "" {
				mg.Name = r.people[m.from].name
			}
		}
		out = append(out, mg)
	}
	slices.SortFunc(out, func(a, b Merge) int {
		if (a.Rule == RuleAliases) != (b.Rule == RuleAliases) {
			if a.Rule == RuleAliases {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Kind+"\x00"+a.Rule+"\x00"+a.Name+"\x00"+a.ID, b.Kind+"\x00"+b.Rule+"\x00"+b.Name+"\x00"+b.ID)
	})
	return slices.Compact(out) // a form printed with other spacing is recorded once
}

// Splits returns the names the last Resolve kept apart, by id.
func (r *Resolver) Splits() []Split { return slices.Clone(r.splits) }

// recordAliasMerge records a name the aliases file merges, once per form.
func (r *Resolver) recordAliasMerge(kind, own, form, into string) {
	line := r.aliases.lineOf(kind, own)
	r.merges = append(r.merges, mergeRecord{kind: kind, rule: RuleAliases, from: own, form: form, into: into,
		evidence: fmt.Sprintf("aliases file, line %d", line)})
}

// mergeOrganizations applies the organization rules: "of the U.S.", then
// acronyms printed beside their names.
func (r *Resolver) mergeOrganizations() {
	keys := sortedMapKeys(r.orgs)
	for _, key := range keys {
		long := unitedStates(key)
		if long == key || r.orgs[long] == nil || r.pinned(graph.KindOrganization, key, long) {
			continue
		}
		r.orgs[key].into = long
		r.merges = append(r.merges, mergeRecord{kind: graph.KindOrganization, rule: RuleUnitedStates, from: key, into: long,
			evidence: "the same name but for “of the U.S.” and “of the United States”"})
	}
	r.mergeAcronymsInLetters(keys)
}

// unitedStates spells out "of the U.S." in an organization key; the key
// is unchanged when it has none.
func unitedStates(key string) string {
	if !strings.Contains("-"+key+"-", "-of-the-us-") {
		return key
	}
	return strings.TrimSuffix(strings.TrimPrefix(strings.ReplaceAll("-"+key+"-", "-of-the-us-", "-of-the-united-states-"), "-"), "-")
}

// pinned reports whether the aliases file names any of the keys, so no
// rule touches them.
func (r *Resolver) pinned(kind string, keys ...string) bool {
	for _, k := range keys {
		if kind == graph.KindOrganization && r.aliases.pinsOrganization(k) || kind == graph.KindPerson && r.aliases.pinsPerson(k) {
			return true
		}
	}
	return false
}

// noteAcronymsInLetter notes, for the acronym-in-letter rule, each bare
// acronym a letter prints beside a name of three words or more whose
// initials it is (with or without the name's small words).
func (r *Resolver) noteAcronymsInLetter(i int, keys []string) {
	var bare []string
	for _, k := range keys {
		if acronymKey(k) {
			bare = append(bare, k)
		}
	}
	if len(bare) == 0 {
		return
	}
	for _, k := range keys {
		for _, ini := range initialsOf(k) {
			for _, b := range bare {
				if b == ini && b != k {
					if _, ok := r.inLetter[[2]string{b, k}]; !ok {
						r.inLetter[[2]string{b, k}] = i
					}
				}
			}
		}
	}
}

// mergeAcronymsInLetters applies the acronym-in-letter rule to what
// noteAcronymsInLetter found: the bare acronym merges into the name when
// that name is the only organization of the load (after merges) whose
// initials or printed acronym it is.
func (r *Resolver) mergeAcronymsInLetters(keys []string) {
	if len(r.inLetter) == 0 {
		return
	}
	owners := map[string]map[string]bool{} // initials or printed acronym → final organizations
	own := func(ini, key string) {
		if owners[ini] == nil {
			owners[ini] = map[string]bool{}
		}
		owners[ini][r.finalOrganization(key)] = true
	}
	for _, k := range keys {
		for _, ini := range initialsOf(k) {
			own(ini, k)
		}
	}
	for ak, orgs := range r.acronyms {
		for k := range orgs {
			own(ak, k)
		}
	}
	pairs := make([][2]string, 0, len(r.inLetter))
	for p := range r.inLetter {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]string) int { return slices.Compare(a[:], b[:]) })
	for _, p := range pairs {
		bare, name := p[0], r.finalOrganization(p[1])
		o := owners[bare]
		if len(o) != 1 || !o[name] || r.orgs[bare].into != "" || len(r.orgs[bare].aliases) > 0 || r.pinned(graph.KindOrganization, bare, name) {
			continue
		}
		if printed := r.orgs[name].aliases; len(printed) > 0 && !hasAliasKey(printed, bare) {
			continue // the name prints another acronym of its own
		}
		r.orgs[bare].into = name
		l := r.source.letter(r.inLetter[p])
		r.merges = append(r.merges, mergeRecord{kind: graph.KindOrganization, rule: RuleAcronymInLetter, from: bare, into: name,
			evidence: "both printed in " + letterLabel(l)})
	}
}

// hasAliasKey reports whether one of the aliases has the key.
func hasAliasKey(aliases map[string]bool, key string) bool {
	for a := range aliases {
		if organizationKey(a) == key {
			return true
		}
	}
	return false
}

// letterLabel names a letter in a report: its title or source, and date.
func letterLabel(l *graph.Letter) string {
	name := l.Title
	if name == "" {
		name = l.Source
	}
	if name == "" {
		name = LetterID(l.SHA256)
	}
	if l.Date != "" {
		name += " (" + l.Date + ")"
	}
	return "“" + name + "”"
}

// splitMark separates a name's key from the office that tells apart the
// people a split name became ("tim-johnson--us-senate"); a slug never has
// two hyphens in a row, so no name's own key can look like one.
const splitMark = "--"

// splitPeople turns the facets (one name in one office) into people: a
// name stays one person unless it sits in two chambers in the same
// Congress, and then each chamber is a person of its own, with the
// mentions that say no chamber left under the bare name. The ids depend on
// nothing but the name and the chambers, so they are the same in every
// load whatever the order of the files.
func (r *Resolver) splitPeople() {
	byName := map[string][]*personEntity{}
	for fk, p := range r.facets {
		byName[fk.name] = append(byName[fk.name], p)
	}
	r.splitNames = map[string]bool{}
	for _, name := range sortedMapKeys(byName) {
		facets := byName[name]
		if len(facets) > 1 {
			slices.SortFunc(facets, func(a, b *personEntity) int { return strings.Compare(a.office, b.office) })
		}
		if len(facets) == 1 || !r.chambersConflict(facets) || r.pinned(graph.KindPerson, name) {
			p := facets[0]
			for _, o := range facets[1:] {
				p.absorb(o)
				o.absorbedBy = p
			}
			r.people[name] = p
			continue
		}
		r.splitNames[name] = true
		r.split(name, facets)
	}
}

// chambersConflict reports whether a name's facets sit in two chambers in
// one Congress.
func (r *Resolver) chambersConflict(facets []*personEntity) bool {
	seen := map[int]string{}
	for _, p := range facets {
		for t := range p.terms {
			if o, ok := seen[t.term]; ok && o != t.office {
				return true
			}
			seen[t.term] = t.office
		}
	}
	return false
}

func (r *Resolver) split(name string, facets []*personEntity) {
	s := Split{Kind: graph.KindPerson, Rule: RuleChambers, ID: personPrefix + name}
	var conflicts []string
	for _, p := range facets {
		if p.office != "" {
			p.key = name + splitMark + p.office
		}
		r.people[p.key] = p
		s.Parts = append(s.Parts, SplitPart{ID: personPrefix + p.key, Context: officeNames[p.office], Letters: len(p.letters), From: p.span.first, To: p.span.last})
	}
	terms := map[int][]string{}
	for _, p := range facets {
		for t := range p.terms {
			terms[t.term] = append(terms[t.term], officeNames[t.office])
		}
	}
	for _, t := range sortedIntKeys(terms) {
		if o := terms[t]; len(o) > 1 {
			slices.Sort(o)
			conflicts = append(conflicts, strings.Join(o, " and ")+" in "+termLabel(t))
		}
	}
	s.Name = canonicalForm(facets[0].forms)
	s.Evidence = strings.Join(conflicts, "; ")
	r.splits = append(r.splits, s)
}

func sortedIntKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// withoutMiddleInitials drops the one-letter words between a person key's
// first and last words: "jonathan-m-young" is "jonathan-young". A key
// with none comes back unchanged.
func withoutMiddleInitials(key string) string {
	words := strings.Split(key, "-")
	if len(words) < 3 {
		return key
	}
	out := words[:1:1]
	for _, w := range words[1 : len(words)-1] {
		if utf8.RuneCountInString(w) > 1 {
			out = append(out, w)
		}
	}
	if len(out) == len(words)-1 {
		return key
	}
	return strings.Join(append(out, words[len(words)-1]), "-")
}

// mergePeople applies the person rules: middle initials, then added
// names.
func (r *Resolver) mergePeople() {
	groups := map[string][]string{} // a name without middle initials → the names with them
	for key := range r.people {
		if bare := withoutMiddleInitials(key); bare != key && !strings.Contains(key, splitMark) {
			groups[bare] = append(groups[bare], key)
		}
	}
	for _, bare := range sortedMapKeys(groups) {
		if len(groups[bare]) != 1 {
			continue // two sets of initials the bare name could stand for
		}
		long := groups[bare][0]
		a, b := r.people[bare], r.people[long]
		if a == nil || !r.mergeable(a) || !r.mergeable(b) {
			continue
		}
		if ev, ok := middleInitialEvidence(r, a, b); ok {
			a.into = long
			r.merges = append(r.merges, mergeRecord{kind: graph.KindPerson, rule: RuleMiddleInitial, from: bare, into: long, evidence: ev})
		}
	}
	r.mergeAddedNames()
}

// mergeable reports whether a rule may merge a person: not merged yet, not
// split, not named by the aliases file, and a person's name.
func (r *Resolver) mergeable(p *personEntity) bool {
	return p.into == "" && !r.splitNames[p.nameKey] && !r.pinned(graph.KindPerson, p.nameKey) && personLike(p)
}

// personLike reports whether every form of a name reads as a person's:
// the first word a known given name, no parentheses ("gerente nacional de
// doctrina (a) de colpensiones" is an office).
func personLike(p *personEntity) bool {
	first, _, _ := strings.Cut(p.nameKey, "-")
	if !isGivenName(first) {
		return false
	}
	for f := range p.forms {
		if strings.ContainsAny(f, "()[]") {
			return false
		}
	}
	return true
}

// mergeAddedNames applies the added-name rule.
func (r *Resolver) mergeAddedNames() {
	type block struct{ first, other string }
	index := map[block][]string{}
	var keys []string
	for _, key := range sortedMapKeys(r.people) {
		if p := r.people[key]; r.mergeable(p) {
			keys = append(keys, key)
			w := strings.Split(key, "-")
			for _, o := range w[1:] {
				index[block{w[0], o}] = append(index[block{w[0], o}], key)
			}
		}
	}
	for _, key := range keys {
		short := strings.Split(key, "-")
		if len(short) < 2 {
			continue
		}
		var longer []string
		for _, other := range index[block{short[0], short[len(short)-1]}] {
			long := strings.Split(other, "-")
			if len(long) > len(short) && isSubsequence(short, long) && wholeWordsAdded(short, long) {
				longer = append(longer, other)
			}
		}
		if len(longer) != 1 {
			continue // none, or two names it could be part of
		}
		a, b := r.people[key], r.people[longer[0]]
		if a.into != "" {
			continue
		}
		if ev, ok := middleInitialEvidence(r, a, b); ok {
			a.into = longer[0]
			r.merges = append(r.merges, mergeRecord{kind: graph.KindPerson, rule: RuleAddedName, from: key, into: longer[0], evidence: ev})
		}
	}
}

// wholeWordsAdded reports whether the words long adds to short are all
// words, not initials (those are the middle-initial rule's).
func wholeWordsAdded(short, long []string) bool {
	n := map[string]int{}
	for _, w := range short {
		n[w]++
	}
	for _, w := range long {
		if n[w] > 0 {
			n[w]--
			continue
		}
		if utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	return true
}

// middleInitialEvidence checks the middle-initial rule's conditions on the
// context of two people and says what they share.
func middleInitialEvidence(r *Resolver, a, b *personEntity) (string, bool) {
	if sharesLetter(a.letters, b.letters) || termsConflict(a.terms, b.terms) {
		return "", false
	}
	for _, at := range sortedMapKeys(a.places) {
		sb, ok := b.places[at]
		if !ok {
			continue
		}
		sa := a.places[at]
		if g := sa.gap(sb); g > middleInitialYears {
			continue
		}
		ev := "both at " + r.placeName(at)
		if years := yearsLabel(sa.union(sb)); years != "" {
			ev += ", " + years
		}
		return ev + "; never in one letter", true
	}
	return "", false
}

// sharesLetter reports whether two ascending lists share an item.
func sharesLetter(a, b []int32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// termsConflict reports whether two people sat in different chambers in
// one Congress.
func termsConflict(a, b map[officeTerm]bool) bool {
	for t := range a {
		for u := range b {
			if t.term == u.term && t.office != u.office {
				return true
			}
		}
	}
	return false
}

// placeName names a place ("org:…", "office:…") in a report.
func (r *Resolver) placeName(at string) string {
	if key, ok := strings.CutPrefix(at, orgPrefix); ok {
		if e := r.orgs[key]; e != nil {
			if e.name != "" {
				return e.name
			}
			return canonicalForm(e.forms)
		}
	}
	if o, ok := strings.CutPrefix(at, officePrefix); ok {
		return officeNames[o]
	}
	return at
}

func yearsLabel(s yearSpan) string {
	switch {
	case s.first == 0:
		return ""
	case s.first == s.last:
		return fmt.Sprint(s.first)
	}
	return fmt.Sprintf("%d–%d", s.first, s.last)
}
