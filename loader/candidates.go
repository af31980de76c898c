package loader

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// Candidate is a pair of names that may be one organization or one person,
// for an analyst to confirm (with an aliases line) or dismiss. Nothing
// reported is merged. Reason says how the names relate; Evidence what the
// letters say for and against; Score weighs them (higher is likelier), and
// candidates come most likely first.
type Candidate struct {
	Kind     string   `json:"kind"` // graph.KindOrganization or graph.KindPerson
	A        string   `json:"a"`
	AID      string   `json:"aId"`
	B        string   `json:"b"`
	BID      string   `json:"bId"`
	Score    float64  `json:"score"`
	Reason   string   `json:"reason"`
	Evidence []string `json:"evidence"`
}

// Candidates returns the likely duplicates of the last Resolve, most
// likely first. A pair whose evidence weighs against it (two names printed
// in one letter are nearly always two entities) is left out.
func (r *Resolver) Candidates() []Candidate { return slices.Clone(r.candidates) }

// How a pair of names relates, weighed: the first relation found for a
// pair is the one reported, so the strongest are looked for first.
const (
	weightPrintedAcronym = 2.5
	weightSameWords      = 2.5
	weightMiddleInitial  = 2.5
	weightSuffix         = 2.0
	weightSpelling       = 1.5
	weightMiddleName     = 1.5
	weightFirstName      = 1.0
	weightInitials       = 1.0
)

// relation is how the names of a candidate pair relate.
type relation struct {
	reason string
	weight float64
}

// pairSet keeps the first relation found for each pair of keys.
type pairSet map[[2]string]relation

func (s pairSet) add(a, b string, rel relation) {
	if a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	if _, ok := s[[2]string{a, b}]; !ok {
		s[[2]string{a, b}] = rel
	}
}

// findCandidates ranks the pairs that may be one entity, reading the n
// resolved letters (importOf gives letter i) once.
func (r *Resolver) findCandidates(n int, importOf func(i int) graph.LetterImport) []Candidate {
	orgs, people := pairSet{}, pairSet{}
	r.organizationPairs(orgs)
	r.personPairs(people)
	ids := map[string]*entityFacts{}
	for p := range orgs {
		ids[orgPrefix+p[0]], ids[orgPrefix+p[1]] = &entityFacts{}, &entityFacts{}
	}
	for p := range people {
		ids[personPrefix+p[0]], ids[personPrefix+p[1]] = &entityFacts{}, &entityFacts{}
	}
	r.coSigned, r.idNumbers = map[string][]int32{}, map[string]int32{}
	signers := r.gatherFacts(ids, n, importOf)
	var out []Candidate
	for p, rel := range orgs {
		a, b := r.orgs[p[0]], r.orgs[p[1]]
		if a.name > b.name {
			a, b = b, a
		}
		c := Candidate{Kind: graph.KindOrganization, A: a.name, AID: orgPrefix + a.key, B: b.name, BID: orgPrefix + b.key, Reason: rel.reason}
		c.Score, c.Evidence = r.weigh(rel, ids[c.AID], ids[c.BID], c.AID, c.BID, signers)
		if c.Score > 0 {
			out = append(out, c)
		}
	}
	for p, rel := range people {
		a, b := r.people[p[0]], r.people[p[1]]
		if a.name > b.name || a.name == b.name && a.key > b.key {
			a, b = b, a
		}
		c := Candidate{Kind: graph.KindPerson, A: a.name, AID: personPrefix + a.key, B: b.name, BID: personPrefix + b.key, Reason: rel.reason}
		c.Score, c.Evidence = r.weigh(rel, ids[c.AID], ids[c.BID], c.AID, c.BID, signers)
		if termsConflict(a.terms, b.terms) {
			c.Score = math.Round((c.Score-4)*10) / 10
			c.Evidence = append(c.Evidence, "against: different chambers of Congress in the same term")
		}
		if c.Score > 0 {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Kind+"\x00"+a.A+"\x00"+a.B+"\x00"+a.AID, b.Kind+"\x00"+b.A+"\x00"+b.B+"\x00"+b.AID)
	})
	return out
}

// organizationPairs finds organizations that may be one: a bare name
// printed elsewhere as another's acronym, the same words in another order
// or abbreviated, one name's initials the other's acronym, or names a
// letter or two apart.
func (r *Resolver) organizationPairs(pairs pairSet) {
	var keys []string
	for _, k := range sortedMapKeys(r.orgs) {
		if r.orgs[k].into == "" {
			keys = append(keys, k)
		}
	}
	for _, key := range sortedMapKeys(r.acronymOf) {
		if target := r.finalOrganization(r.acronymOf[key]); r.orgs[key].into == "" {
			pairs.add(key, target, relation{"the bare name is printed elsewhere as this organization's acronym", weightPrintedAcronym})
		}
	}
	byWords := map[string][]string{}
	for _, k := range keys {
		if lw := looseWords(k); lw != "" {
			byWords[lw] = append(byWords[lw], k)
		}
	}
	for _, group := range byWords {
		eachPair(group, func(a, b string) {
			pairs.add(a, b, relation{"same words in another order, or abbreviated", weightSameWords})
		})
	}
	for _, pair := range nearKeys(keys) {
		pairs.add(pair[0], pair[1], relation{"names differ by one or two letters", weightSpelling})
	}
	r.initialsPairs(keys, pairs)
}

// initialsPairs pairs an organization whose initials are another
// organization's acronym, or another's whole name ("HRC" beside "Human
// Rights Campaign").
func (r *Resolver) initialsPairs(keys []string, pairs pairSet) {
	owners := map[string][]string{} // acronym key → organizations it names
	for _, k := range keys {
		e := r.orgs[k]
		for _, a := range sortedMapKeys(e.aliases) {
			if acronymLike(a) {
				owners[organizationKey(a)] = append(owners[organizationKey(a)], k)
			}
		}
		if !strings.Contains(k, "-") && acronymKey(k) {
			owners[k] = append(owners[k], k)
		}
	}
	for _, k := range keys {
		for _, ini := range initialsOf(k) {
			for _, other := range owners[ini] {
				if other != k {
					pairs.add(k, other, relation{"one name's initials are the other's acronym " + strings.ToUpper(ini), weightInitials})
				}
			}
		}
	}
}

// personPairs finds people who may be one: names equal but for middle
// initials or a suffix, a middle name or surname one of them adds, a first
// name given as an initial or shortened, or names a letter or two apart.
// Two people a split made of one name are never paired.
func (r *Resolver) personPairs(pairs pairSet) {
	var keys []string
	for _, k := range sortedMapKeys(r.people) {
		if r.people[k].into == "" {
			keys = append(keys, k)
		}
	}
	add := func(a, b string, rel relation) {
		if r.people[a].nameKey != r.people[b].nameKey {
			pairs.add(a, b, rel)
		}
	}
	bare := map[string][]string{} // without middle initials and suffixes → people
	for _, k := range keys {
		bare[plainName(r.people[k].nameKey)] = append(bare[plainName(r.people[k].nameKey)], k)
	}
	for _, group := range bare {
		eachPair(group, func(a, b string) {
			add(a, b, nameDifference(r.people[a].nameKey, r.people[b].nameKey))
		})
	}
	r.addedWordPairs(keys, add)
	r.firstNamePairs(keys, add)
	for _, pair := range nearKeys(keys) {
		add(pair[0], pair[1], relation{"names differ by one or two letters", weightSpelling})
	}
}

// plainName drops a person key's middle initials and suffixes.
func plainName(key string) string {
	words := strings.Split(withoutMiddleInitials(key), "-")
	for len(words) > 2 && personSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, "-")
}

// nameDifference says how two names with the same plainName differ.
func nameDifference(a, b string) relation {
	ia, ib := withoutMiddleInitials(a) != a, withoutMiddleInitials(b) != b
	sa, sb := withoutMiddleInitials(a) != plainName(a), withoutMiddleInitials(b) != plainName(b)
	switch {
	case (ia || ib) && (sa != sb):
		return relation{"middle initials and suffix differ", weightSuffix}
	case ia || ib:
		return relation{"middle initials added, dropped or changed", weightMiddleInitial}
	}
	return relation{"a suffix (Jr., III …) added or dropped", weightSuffix}
}

// addedWordPairs pairs names one of which has every word of the other, in
// order, with the same first word, and more: a middle name ("yesid
// camacho jimenez", "yesid hernando camacho jimenez") or a second surname.
// The shorter name needs two words at least.
func (r *Resolver) addedWordPairs(keys []string, add func(a, b string, rel relation)) {
	type block struct{ first, other string }
	index := map[block][]string{}
	words := map[string][]string{}
	for _, k := range keys {
		w := strings.Split(r.people[k].nameKey, "-")
		words[k] = w
		for _, o := range w[1:] {
			index[block{w[0], o}] = append(index[block{w[0], o}], k)
		}
	}
	for _, k := range keys {
		short := words[k]
		if len(short) < 2 {
			continue
		}
		for _, other := range index[block{short[0], short[len(short)-1]}] {
			long := words[other]
			if len(long) <= len(short) || !isSubsequence(short, long) {
				continue
			}
			switch {
			case long[len(long)-1] == short[len(short)-1]:
				add(k, other, relation{"a middle name added or dropped", weightMiddleName})
			default:
				add(k, other, relation{"a surname added or dropped", weightMiddleName})
			}
		}
	}
}

// isSubsequence reports whether every word of short is in long, in order,
// the first words equal.
func isSubsequence(short, long []string) bool {
	if short[0] != long[0] {
		return false
	}
	j := 1
	for _, w := range short[1:] {
		for j < len(long) && long[j] != w {
			j++
		}
		if j == len(long) {
			return false
		}
		j++
	}
	return true
}

// firstNamePairs pairs names the same but for the first name, given as an
// initial ("J. Smith") or shortened ("Tim", "Timothy") in one of them.
func (r *Resolver) firstNamePairs(keys []string, add func(a, b string, rel relation)) {
	byRest := map[string][]string{}
	for _, k := range keys {
		first, rest, ok := strings.Cut(r.people[k].nameKey, "-")
		if ok && first != "" {
			byRest[rest] = append(byRest[rest], k)
		}
	}
	for _, group := range byRest {
		if len(group) < 2 {
			continue
		}
		eachPair(group, func(a, b string) {
			fa, _, _ := strings.Cut(r.people[a].nameKey, "-")
			fb, _, _ := strings.Cut(r.people[b].nameKey, "-")
			if len(fa) > len(fb) {
				fa, fb = fb, fa
			}
			switch {
			case utf8.RuneCountInString(fa) == 1 && strings.HasPrefix(fb, fa):
				add(a, b, relation{"first name given as an initial", weightFirstName})
			case utf8.RuneCountInString(fa) >= 3 && strings.HasPrefix(fb, fa) && fa != fb:
				add(a, b, relation{"first name shortened", weightFirstName})
			}
		})
	}
}

// entityFacts is what the letters of a load say about one entity of a
// candidate pair.
type entityFacts struct {
	letters []int32 // ascending
	span    yearSpan
	orgs    map[string]yearSpan // a person's organizations (ids)
	titles  map[string]bool     // a person's titles
	signers map[string]bool     // people who signed for an organization
}

func (f *entityFacts) saw(i int, year int) {
	if n := len(f.letters); n == 0 || f.letters[n-1] != int32(i) {
		f.letters = append(f.letters, int32(i))
	}
	f.span = f.span.add(year)
}

// gatherFacts reads the facts of the entities in ids off the n resolved
// letters, in one pass. It returns the signers of the letters coSigners
// reads (the first letters of an entity in ids, when small enough), as
// numbers (idNumber), by letter.
func (r *Resolver) gatherFacts(ids map[string]*entityFacts, n int, importOf func(i int) graph.LetterImport) map[int32][]int32 {
	signers := map[int32][]int32{}
	if len(ids) == 0 {
		return signers
	}
	for i := range n {
		li := importOf(i)
		year := graph.Year(li.Letter.Date)
		early := false // letter i is among the first of an entity in ids
		saw := func(f *entityFacts) {
			f.saw(i, year)
			early = early || len(f.letters) <= coSignerLetters
		}
		for _, s := range li.Signatures {
			if f := ids[s.PersonID]; f != nil {
				saw(f)
				if s.OrganizationID != "" {
					if f.orgs == nil {
						f.orgs = map[string]yearSpan{}
					}
					f.orgs[s.OrganizationID] = f.orgs[s.OrganizationID].add(year)
				}
				if s.Title != "" {
					if f.titles == nil {
						f.titles = map[string]bool{}
					}
					f.titles[strings.ToLower(s.Title)] = true
				}
			}
			if f := ids[s.OrganizationID]; f != nil {
				saw(f)
				if s.PersonID != "" {
					if f.signers == nil {
						f.signers = map[string]bool{}
					}
					f.signers[s.PersonID] = true
				}
			}
			for _, a := range s.Affiliations {
				if f := ids[a.ID]; f != nil {
					saw(f)
				}
			}
		}
		for _, a := range li.Addressees {
			if f := ids[a.ID]; f != nil {
				saw(f)
			}
		}
		if early && len(li.Signatures) <= coSignerLetterSize {
			signers[int32(i)] = r.signerNumbers(li.Signatures)
		}
	}
	return signers
}

// signerNumbers numbers the people and organizations that sign.
func (r *Resolver) signerNumbers(sigs []graph.Signature) []int32 {
	var out []int32
	for _, s := range sigs {
		for _, id := range [2]string{s.PersonID, s.OrganizationID} {
			if id != "" {
				out = append(out, r.idNumber(id))
			}
		}
	}
	return out
}

// Limits on counting co-signers: the first letters of each name, and only
// letters small enough that signing together says something.
const (
	coSignerLetters    = 100
	coSignerLetterSize = 50
)

// coSigners returns the people and organizations that sign a letter with
// an entity (and the entity itself), as ascending numbers (r.idNumbers),
// once per entity: a few bytes each, as thousands of candidates at scale
// keep their sets until the last pair is weighed. signers holds the
// letters' signers (gatherFacts); a letter too big to count is not there.
func (r *Resolver) coSigners(id string, f *entityFacts, signers map[int32][]int32) []int32 {
	if out, ok := r.coSigned[id]; ok {
		return out
	}
	var out []int32
	for _, i := range f.letters[:min(len(f.letters), coSignerLetters)] {
		out = append(out, signers[i]...)
	}
	slices.Sort(out)
	out = slices.Clip(slices.Compact(out))
	r.coSigned[id] = out
	return out
}

// idNumber numbers an id, for coSigners.
func (r *Resolver) idNumber(id string) int32 {
	n, ok := r.idNumbers[id]
	if !ok {
		n = int32(len(r.idNumbers))
		r.idNumbers[id] = n
	}
	return n
}

// weigh adds up the evidence on a pair: its relation, then what the
// letters say.
func (r *Resolver) weigh(rel relation, fa, fb *entityFacts, aID, bID string, signers map[int32][]int32) (float64, []string) {
	score := rel.weight
	var ev []string
	person := strings.HasPrefix(aID, personPrefix)
	if sharesLetter(fa.letters, fb.letters) {
		switch {
		case person:
			score -= 3
			ev = append(ev, "against: both named in one letter")
		case acronymKey(strings.TrimPrefix(aID, orgPrefix)) || acronymKey(strings.TrimPrefix(bID, orgPrefix)):
			score += 1
			ev = append(ev, "the bare acronym printed in one letter with the name")
		default:
			score -= 2
			ev = append(ev, "against: both sign one letter")
		}
	}
	if person {
		var shared []string
		for _, org := range sortedMapKeys(fa.orgs) {
			if _, ok := fb.orgs[org]; ok {
				shared = append(shared, r.orgs[strings.TrimPrefix(org, orgPrefix)].name)
			}
		}
		if len(shared) > 0 {
			score += 2
			ev = append(ev, "both signed for "+listNames(shared))
		}
		for _, t := range sortedMapKeys(fa.titles) {
			if fb.titles[t] {
				score += 0.5
				ev = append(ev, "both titled “"+t+"”")
				break
			}
		}
	} else {
		var shared []string
		for _, p := range sortedMapKeys(fa.signers) {
			if fb.signers[p] {
				shared = append(shared, r.people[strings.TrimPrefix(p, personPrefix)].name)
			}
		}
		if len(shared) > 0 {
			score += 1.5 * float64(min(len(shared), 2))
			ev = append(ev, listNames(shared)+" signed for both")
		}
	}
	if n := countShared(r.coSigners(aID, fa, signers), r.coSigners(bID, fb, signers), r.idNumber(aID), r.idNumber(bID)); n > 0 {
		per := 0.3
		if person {
			per = 0.5
		}
		score += per * float64(min(n, 5))
		if n == 1 {
			ev = append(ev, "1 co-signer in common")
		} else {
			ev = append(ev, fmt.Sprintf("%d co-signers in common", n))
		}
	}
	switch g := fa.span.gap(fb.span); {
	case g == 0:
		score += 0.3
		ev = append(ev, "seen in the same years ("+yearsLabel(fa.span)+", "+yearsLabel(fb.span)+")")
	case g > 15:
		score -= 1
		ev = append(ev, fmt.Sprintf("against: seen %d years apart (%s, %s)", g, yearsLabel(fa.span), yearsLabel(fb.span)))
	case g > 0:
		ev = append(ev, "seen in "+yearsLabel(fa.span)+" and "+yearsLabel(fb.span))
	}
	return math.Round(score*10) / 10, ev
}

// countShared counts the numbers in both ascending lists, except a and b.
func countShared(x, y []int32, a, b int32) int {
	n, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			if x[i] != a && x[i] != b {
				n++
			}
			i, j = i+1, j+1
		}
	}
	return n
}

// listNames lists up to three names, and how many more.
func listNames(names []string) string {
	if len(names) <= 3 {
		return strings.Join(names, "; ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:3], "; "), len(names)-3)
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
		case smallWords[w] || spanishSmallWords[w]:
		case nameAbbreviations[w] != nil:
			words = append(words, nameAbbreviations[w]...)
		default:
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return strings.Join(words, " ")
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
