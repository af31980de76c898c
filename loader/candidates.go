package loader

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// Duplicate is a pair of names that may be one organization or one person,
// for an analyst to confirm (with an aliases line) or dismiss. Nothing
// reported is merged.
type Duplicate struct {
	Kind     string // graph.KindOrganization or graph.KindPerson
	A, B     string // names
	AID, BID string // ids
	Reason   string
}

// Duplicates returns the likely duplicates of the last Resolve, merges by
// acronym first, then organizations, then people, each sorted by name.
func (r *Resolver) Duplicates() []Duplicate { return slices.Clone(r.duplicates) }

func (r *Resolver) findDuplicates() []Duplicate {
	var dups duplicateSet
	r.organizationDuplicates(&dups)
	r.personDuplicates(&dups)
	return dups.sorted()
}

// duplicateSet keeps the first reason found for each pair.
type duplicateSet struct {
	seen map[[2]string]bool
	list []Duplicate
}

func (s *duplicateSet) add(kind, aName, aID, bName, bID, reason string) {
	if aID == bID {
		return
	}
	if aID > bID {
		aName, aID, bName, bID = bName, bID, aName, aID
	}
	if s.seen == nil {
		s.seen = map[[2]string]bool{}
	}
	if s.seen[[2]string{aID, bID}] {
		return
	}
	s.seen[[2]string{aID, bID}] = true
	s.list = append(s.list, Duplicate{Kind: kind, A: aName, B: bName, AID: aID, BID: bID, Reason: reason})
}

func (s *duplicateSet) sorted() []Duplicate {
	slices.SortFunc(s.list, func(a, b Duplicate) int {
		if a.Kind != b.Kind {
			return strings.Compare(a.Kind, b.Kind) // organization before person
		}
		if a.A != b.A {
			return strings.Compare(a.A, b.A)
		}
		return strings.Compare(a.B, b.B)
	})
	return s.list
}

// smallWords carry no identity: "Council on X" and "Council for X" are the
// same words for the purpose of spotting a duplicate.
var smallWords = map[string]bool{
	"the": true, "of": true, "for": true, "and": true, "on": true, "in": true,
	"a": true, "an": true, "at": true, "to": true,
}

// nameAbbreviations expand for comparison only; ids keep the printed words.
var nameAbbreviations = map[string][]string{
	"us": {"united", "states"}, "usa": {"united", "states", "america"}, "intl": {"international"},
	"assn": {"association"}, "assoc": {"association"}, "natl": {"national"}, "dept": {"department"},
	"univ": {"university"}, "ctr": {"center"}, "centre": {"center"}, "cttee": {"committee"},
}

// looseWords are a name's words without small words, abbreviations
// expanded, sorted: equal for reordered or abbreviated forms of one name.
func looseWords(key string) string {
	var words []string
	for _, w := range strings.Split(key, "-") {
		switch {
		case smallWords[w]:
		case nameAbbreviations[w] != nil:
			words = append(words, nameAbbreviations[w]...)
		default:
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return strings.Join(words, " ")
}

func (r *Resolver) organizationDuplicates(dups *duplicateSet) {
	keys := sortedMapKeys(r.orgs)
	add := func(a, b, reason string) {
		dups.add(graph.KindOrganization, r.orgs[a].name, orgPrefix+a, r.orgs[b].name, orgPrefix+b, reason)
	}
	byWords := map[string][]string{}
	for _, k := range keys {
		if lw := looseWords(k); lw != "" {
			byWords[lw] = append(byWords[lw], k)
		}
	}
	for _, group := range byWords {
		for i := range group {
			for _, b := range group[i+1:] {
				add(group[i], b, "same words in another order, or abbreviated")
			}
		}
	}
	r.initialsDuplicates(keys, add)
	for _, pair := range nearKeys(keys) {
		add(pair[0], pair[1], "names differ by one or two letters")
	}
}

// initialsDuplicates reports an organization whose initials are another
// organization's acronym, or another's whole name ("HRC" beside "Human
// Rights Campaign").
func (r *Resolver) initialsDuplicates(keys []string, add func(a, b, reason string)) {
	owners := map[string][]string{} // acronym key → organizations it names
	for _, k := range keys {
		e := r.orgs[k]
		for a := range e.aliases {
			if acronymLike(a) {
				owners[organizationKey(a)] = append(owners[organizationKey(a)], k)
			}
		}
		if !strings.Contains(k, "-") && acronymLike(e.name) {
			owners[k] = append(owners[k], k)
		}
	}
	for _, k := range keys {
		for _, ini := range initialsOf(k) {
			for _, other := range owners[ini] {
				if other != k {
					add(k, other, "one name's initials are the other's acronym "+strings.ToUpper(ini))
				}
			}
		}
	}
}

// initialsOf gives the initials of a name of three or more words, with and
// without its small words (NAACP skips "for the", AFSCME skips "of").
func initialsOf(key string) []string {
	words := strings.Split(key, "-")
	if len(words) < 3 {
		return nil
	}
	var all, big strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		all.WriteRune(r)
		if !smallWords[w] {
			big.WriteRune(r)
		}
	}
	if all.String() == big.String() {
		return []string{all.String()}
	}
	return []string{big.String(), all.String()}
}

// nearKeys returns pairs of keys within a small edit distance: at most one
// edit for names of 8 characters or more, two from 16. Comparing every pair
// would be quadratic, so only keys sharing their first or last four
// characters are compared; a pair with edits at both ends is missed.
func nearKeys(keys []string) [][2]string {
	blocks := map[string][]string{}
	for _, k := range keys {
		if len(k) < 8 {
			continue
		}
		blocks["^"+k[:4]] = append(blocks["^"+k[:4]], k)
		blocks["$"+k[len(k)-4:]] = append(blocks["$"+k[len(k)-4:]], k)
	}
	var out [][2]string
	seen := map[[2]string]bool{}
	var dist editDistance
	for _, block := range blocks {
		for i, a := range block {
			for _, b := range block[i+1:] {
				limit := min(len(a), len(b)) / 8
				if limit > 2 {
					limit = 2
				}
				p := [2]string{min(a, b), max(a, b)}
				if !seen[p] && dist.within(a, b, limit) {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y [2]string) int { return strings.Compare(x[0]+"\x00"+x[1], y[0]+"\x00"+y[1]) })
	return out
}

// personSuffixes end a name without telling people apart by family.
var personSuffixes = map[string]bool{
	"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "v": true,
	"phd": true, "md": true, "esq": true,
}

// firstAndLast returns a person key's first and last name, suffixes dropped.
func firstAndLast(key string) (first, last string) {
	words := strings.Split(key, "-")
	for len(words) > 1 && personSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return words[0], words[len(words)-1]
}

// personDuplicates reports two people with the same last name and first
// initial who signed for the same organization ("Jonathan M. Young" and
// "Jonathan Young"), and, anywhere, two names equal but for middle names or
// suffixes ("John Conyers, Jr." and "John Conyers").
func (r *Resolver) personDuplicates(dups *duplicateSet) {
	add := func(a, b, reason string) {
		dups.add(graph.KindPerson, r.people[a].name, personPrefix+a, r.people[b].name, personPrefix+b, reason)
	}
	atOrg := map[[3]string][]string{} // organization, last name, first initial → people
	byName := map[string][]string{}   // first and last name → people
	for _, k := range sortedMapKeys(r.people) {
		first, last := firstAndLast(k)
		if first == last {
			continue // a one-word name says too little
		}
		initial, _ := utf8.DecodeRuneInString(first)
		for org := range r.people[k].orgs {
			g := [3]string{org, last, string(initial)}
			atOrg[g] = append(atOrg[g], k)
		}
		byName[first+" "+last] = append(byName[first+" "+last], k)
	}
	groups := make([][3]string, 0, len(atOrg))
	for g := range atOrg {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b [3]string) int { return slices.Compare(a[:], b[:]) })
	for _, g := range groups {
		eachPair(atOrg[g], func(a, b string) {
			add(a, b, "same last name and first initial at "+r.orgs[g[0]].name)
		})
	}
	for _, people := range byName {
		eachPair(people, func(a, b string) { add(a, b, "same first and last name; middle names or suffixes differ") })
	}
}

// eachPair calls fn for every pair of distinct items.
func eachPair(items []string, fn func(a, b string)) {
	for i, a := range items {
		for _, b := range items[i+1:] {
			if a != b {
				fn(a, b)
			}
		}
	}
}

// uniquePairs keeps the first report of each pair of names, in either order.
func uniquePairs(dups []Duplicate) []Duplicate {
	seen := map[[2]string]bool{}
	out := dups[:0]
	for _, d := range dups {
		a, b := d.AID, d.BID
		if b < a {
			a, b = b, a
		}
		if !seen[[2]string{a, b}] {
			seen[[2]string{a, b}] = true
			out = append(out, d)
		}
	}
	return out
}
