package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/coalition-graph/coalition/graph"
)

// Entity resolution turns the names printed in letters into stable ids.
//
// An id is a prefix and the slug of a normalized name ("org:council-for-
// global-equality", "person:pat-baumgartner", "office:member-of-congress"),
// so the same name gives the same id in every load and a URL built from it
// stays valid. Normalization folds case, accents, punctuation, whitespace and
// apostrophes (typographic or not), reads "&" as "and" and "U.S." as "US";
// for organizations it also drops a leading "The" and trailing legal forms
// ("Inc.", "LLC", "Ltd." ...). It never guesses beyond that: variants that
// are probably but not surely the same (an abbreviation, a typo, a middle
// initial) are reported by Duplicates for an analyst, who merges them with
// an aliases file.

// ID prefixes, one per kind of node.
const (
	orgPrefix    = "org:"
	personPrefix = "person:"
	officePrefix = "office:"
	letterPrefix = "letter:"
)

// OrganizationID returns the id of an organization name as printed. A
// trailing acronym in parentheses is not part of the name.
func OrganizationID(name string) string {
	base, _ := SplitAcronym(name)
	return orgPrefix + organizationKey(base)
}

// PersonID returns the id of a person's name (without honorific). Middle
// initials and suffixes stay: "John A. Smith" and "John Smith" may be two
// people, and merging them is an analyst's call.
func PersonID(name string) string { return personPrefix + personKey(name) }

// OfficeID returns the id of an office addressed by title alone ("Member of
// Congress"), or by title at an organization ("President" of "The White
// House").
func OfficeID(title, organization string) string {
	key := slugOf(nameTokens(title))
	if organization != "" {
		base, _ := SplitAcronym(organization)
		key += "-" + organizationKey(base)
	}
	return officePrefix + key
}

// LetterID returns the id of a letter with the given content hash.
func LetterID(sha string) string {
	if len(sha) > 16 {
		sha = sha[:16]
	}
	return letterPrefix + sha
}

// NormalizeText is the form of a letter's text that its identity hashes:
// line endings as \n, no trailing spaces, no leading or trailing blank lines,
// no byte-order mark. Re-saving a file on another system changes none of it.
func NormalizeText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRightFunc(line, unicode.IsSpace)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// ContentSHA256 returns the hex SHA-256 of a letter's normalized text.
func ContentSHA256(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:])
}

// SetIdentity fills in a letter's SHA256 and ID when they are missing. A
// letter with text hashes its normalized text; one read from structured data
// (JSON, CSV) has none, so it hashes its fields instead.
func SetIdentity(l *graph.Letter) {
	if l.SHA256 == "" {
		if strings.TrimSpace(l.Text) != "" {
			l.SHA256 = ContentSHA256(l.Text)
		} else {
			l.SHA256 = fieldsSHA256(l)
		}
	}
	if l.ID == "" {
		l.ID = LetterID(l.SHA256)
	}
}

// fieldsSHA256 hashes what a structured letter says, not where it came
// from: the same letter in two files, or under two letter_ids, is one letter.
func fieldsSHA256(l *graph.Letter) string {
	c := *l
	c.ID, c.SHA256, c.Source = "", "", ""
	c.Lines = nil
	data, err := json.Marshal(struct {
		*graph.Letter
		Kind string `json:"kind"`
	}{&c, "fields"})
	if err != nil { // cannot happen: the letter is plain strings and slices
		panic(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// SplitAcronym splits a trailing acronym in parentheses off an organization
// name: "Center for Health and Gender Equity (CHANGE)" gives "Center for
// Health and Gender Equity" and "CHANGE". A parenthesis that is not an
// acronym ("ANP (Dutch press service)") stays part of the name.
func SplitAcronym(name string) (base, acronym string) {
	name = strings.TrimSpace(name)
	if !strings.HasSuffix(name, ")") {
		return name, ""
	}
	open := strings.LastIndexByte(name, '(')
	if open <= 0 {
		return name, ""
	}
	inner := strings.TrimSpace(name[open+1 : len(name)-1])
	base = strings.TrimRight(strings.TrimSpace(name[:open]), ",;:-")
	if base == "" || !acronymLike(inner) {
		return name, ""
	}
	return strings.TrimSpace(base), inner
}

// acronymLike reports whether s reads as an acronym: one short word mostly
// in capitals ("CHANGE", "AFL-CIO", "NaFFAA"), or a few all-capital words
// ("WI P&A").
func acronymLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 12 {
		return false
	}
	words := strings.Fields(s)
	for _, w := range words {
		upper, lower := 0, 0
		for i, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				if i == 0 {
					return false
				}
				lower++
			case unicode.IsDigit(r) || strings.ContainsRune("&-./", r):
			default:
				return false
			}
		}
		if upper == 0 || lower > upper || (len(words) > 1 && lower > 0) {
			return false
		}
	}
	return true
}

// organizationKey is the normalized form of an organization name that its
// id is made from.
func organizationKey(name string) string {
	return slugOf(trimOrganizationTokens(nameTokens(name)))
}

// personKey is the normalized form of a person's name.
func personKey(name string) string { return slugOf(nameTokens(name)) }

// legalForms are trailing words that say how an organization is
// incorporated, not which one it is. "Co." and "Corporation" are not among
// them: in "News Corporation" they are the name.
var legalForms = map[string]bool{
	"inc": true, "incorporated": true, "llc": true, "llp": true, "ltd": true,
	"limited": true, "plc": true, "lp": true, "nv": true, "gmbh": true,
}

func trimOrganizationTokens(toks []string) []string {
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
	}
	for len(toks) > 1 && legalForms[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// slugOf joins tokens with hyphens. A name with no letters or digits at all
// still needs a stable id, so it gets a short hash of itself.
func slugOf(toks []string) string {
	if len(toks) == 0 {
		return "x"
	}
	return strings.Join(toks, "-")
}

// nameTokens splits a name into lowercase, accent-free words. Apostrophes
// join ("O’Reilly" is "oreilly"), "&" is "and", every other mark separates,
// and a run of dotted single letters is one word ("U.S." and "U. S." are
// both "us"), so spacing and punctuation never split one name in two.
func nameTokens(s string) []string {
	s = foldName(s)
	var toks []string
	var dotted []bool
	var word strings.Builder
	end := func(dot bool) {
		if word.Len() > 0 {
			toks = append(toks, word.String())
			dotted = append(dotted, dot)
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		case r == '&':
			end(false)
			toks, dotted = append(toks, "and"), append(dotted, false)
		default:
			end(r == '.')
		}
	}
	end(false)
	return joinInitials(toks, dotted)
}

// joinInitials merges runs of two or more dotted single letters.
func joinInitials(toks []string, dotted []bool) []string {
	var out []string
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && dotted[j] && utf8.RuneCountInString(toks[j]) == 1 {
			j++
		}
		if j-i >= 2 {
			out = append(out, strings.Join(toks[i:j], ""))
			i = j
			continue
		}
		out = append(out, toks[i])
		i++
	}
	return out
}

// foldName lowercases, drops apostrophes and strips accents.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(dropApostrophes(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := letterFolds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// letterFolds are letters that have no decomposition into a base letter.
var letterFolds = map[rune]string{
	'ß': "ss", 'æ': "ae", 'ø': "o", 'œ': "oe", 'đ': "d", 'ð': "d", 'ł': "l", 'þ': "th", 'ı': "i",
}

func dropApostrophes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', '‘', 'ʼ', '`', '´', '′':
			return -1
		}
		return r
	}, s)
}

// startsWithThe reports whether a printed name begins with the article.
func startsWithThe(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && strings.EqualFold(f[0], "the")
}

// canonicalForm picks the name a node shows among the forms printed for it:
// the most common, then one without a leading "The", then the smallest, so
// the choice never depends on the order files were read in.
func canonicalForm(counts map[string]int) string {
	forms := make([]string, 0, len(counts))
	for f := range counts {
		forms = append(forms, f)
	}
	slices.SortFunc(forms, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		if ta, tb := startsWithThe(a), startsWithThe(b); ta != tb {
			if ta {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
	if len(forms) == 0 {
		return ""
	}
	return forms[0]
}

// Resolver resolves the names in a set of letters to organizations, people
// and offices. It looks at the whole set before it decides anything (an
// acronym printed in one letter resolves a bare name in another), so give it
// every letter of a load at once. A Resolver is not safe for concurrent use.
type Resolver struct {
	aliases *Aliases

	orgs     map[string]*orgEntity    // by final key
	orgKeys  map[string]string        // printed name → final key
	people   map[string]*personEntity // by key
	acronyms map[string]map[string]bool
	// acronymOf maps a bare acronym's key to the one organization printed
	// with that acronym, for the report.
	acronymOf map[string]string

	duplicates []Duplicate
}

type orgEntity struct {
	key     string
	forms   map[string]int  // printed names (without acronym) that normalize to key
	aliases map[string]bool // acronyms and variants
	name    string
}

type personEntity struct {
	key   string
	forms map[string]int
	name  string
	orgs  map[string]bool // keys of the organizations they signed for
}

// NewResolver returns a Resolver that also merges the variants an analyst
// listed in aliases (nil for none).
func NewResolver(aliases *Aliases) *Resolver { return &Resolver{aliases: aliases} }

// Resolve gives each letter its identity (SHA256, ID) and resolves its
// signatories, recipients and cc to ids. Letters keep their order. The
// reports (Duplicates, Organizations, People) describe the last call.
func (r *Resolver) Resolve(letters []*graph.Letter) []graph.LetterImport {
	r.orgs, r.orgKeys, r.people = map[string]*orgEntity{}, map[string]string{}, map[string]*personEntity{}
	r.acronyms, r.acronymOf = map[string]map[string]bool{}, map[string]string{}
	for _, l := range letters {
		SetIdentity(l)
		r.collect(l)
	}
	r.noteBareAcronyms()
	r.nameEntities()
	out := make([]graph.LetterImport, len(letters))
	for i, l := range letters {
		out[i] = r.importLetter(l)
	}
	r.duplicates = uniquePairs(append(r.acronymMatches(), r.findDuplicates()...))
	return out
}

// collect notes every name a letter prints, before anything is decided.
func (r *Resolver) collect(l *graph.Letter) {
	for _, s := range l.Signatories {
		var orgKey string
		if s.Organization != "" {
			orgKey = r.noteOrganization(s.Organization)
		}
		for _, a := range s.Affiliations {
			r.noteOrganization(a)
		}
		if s.Name != "" {
			p := r.notePerson(s.Name)
			if orgKey != "" {
				p.orgs[orgKey] = true
			}
		}
	}
	for _, p := range slices.Concat(l.Recipients, l.CC) {
		switch {
		case p.Name != "":
			r.notePerson(p.Name)
		case p.Title == "" && p.Organization != "":
			r.noteOrganization(p.Organization)
		}
	}
}

func (r *Resolver) noteOrganization(printed string) string {
	base, acronym := SplitAcronym(printed)
	key := r.aliases.organization(organizationKey(base))
	e := r.orgs[key]
	if e == nil {
		e = &orgEntity{key: key, forms: map[string]int{}, aliases: map[string]bool{}}
		r.orgs[key] = e
	}
	e.forms[strings.Join(strings.Fields(base), " ")]++
	if acronym != "" {
		e.aliases[acronym] = true
		ak := organizationKey(acronym)
		if r.acronyms[ak] == nil {
			r.acronyms[ak] = map[string]bool{}
		}
		r.acronyms[ak][key] = true
	}
	r.orgKeys[printed] = key
	return key
}

func (r *Resolver) notePerson(printed string) *personEntity {
	key := r.aliases.person(personKey(printed))
	p := r.people[key]
	if p == nil {
		p = &personEntity{key: key, forms: map[string]int{}, orgs: map[string]bool{}}
		r.people[key] = p
	}
	p.forms[strings.Join(strings.Fields(printed), " ")]++
	return p
}

// noteBareAcronyms finds bare names ("NCLR") that are the acronym of exactly
// one organization in the load. They are reported, not merged: an acronym
// can name two bodies (the seed's NCLR is the National Center for Lesbian
// Rights, 007's is the National Council of La Raza), and only an analyst's
// aliases line should make them one.
func (r *Resolver) noteBareAcronyms() {
	for _, key := range sortedMapKeys(r.orgs) {
		e := r.orgs[key]
		owners := r.acronyms[key]
		if len(e.aliases) > 0 || len(owners) != 1 || owners[key] || r.aliases.pinsOrganization(key) {
			continue
		}
		r.acronymOf[key] = sortedMapKeys(owners)[0]
	}
}

// acronymMatches reports what noteBareAcronyms found, for review.
func (r *Resolver) acronymMatches() []Duplicate {
	var out []Duplicate
	for _, key := range sortedMapKeys(r.acronymOf) {
		target := r.acronymOf[key]
		out = append(out, Duplicate{Kind: graph.KindOrganization, A: r.orgs[key].name, B: r.orgs[target].name,
			AID: orgPrefix + key, BID: orgPrefix + target,
			Reason: "the bare name is the acronym of this organization; not merged (add an aliases line if they are one)"})
	}
	return out
}

// nameEntities picks each organization's and person's canonical name and
// gathers an organization's aliases.
func (r *Resolver) nameEntities() {
	for key, e := range r.orgs {
		if name, ok := r.aliases.organizationName(key); ok {
			e.name = name
		} else {
			e.name = canonicalForm(e.forms)
		}
		for form := range e.forms {
			if organizationKey(form) != key { // a variant merged by the aliases file
				e.aliases[form] = true
			}
		}
		for _, v := range r.aliases.organizationVariants(key) {
			e.aliases[v] = true
		}
		delete(e.aliases, e.name)
	}
	for key, p := range r.people {
		if name, ok := r.aliases.personName(key); ok {
			p.name = name
		} else {
			p.name = canonicalForm(p.forms)
		}
	}
}

// organization returns the entity a printed organization name resolved to
// (collect has seen every name).
func (r *Resolver) organization(printed string) *orgEntity {
	return r.orgs[r.orgKeys[printed]]
}

func (r *Resolver) person(printed string) *personEntity {
	return r.people[r.aliases.person(personKey(printed))]
}

func (e *orgEntity) ref() graph.OrganizationRef {
	return graph.OrganizationRef{ID: orgPrefix + e.key, Name: e.name, Aliases: sortedMapKeys(e.aliases)}
}

func (r *Resolver) importLetter(l *graph.Letter) graph.LetterImport {
	li := graph.LetterImport{Letter: l}
	seen := map[[2]string]bool{}
	for i, s := range l.Signatories {
		sig, ok := r.signature(s, i+1)
		k := [2]string{sig.PersonID, sig.OrganizationID}
		if !ok || seen[k] { // a signer printed twice, or twice after normalization, signs once
			continue
		}
		seen[k] = true
		li.Signatures = append(li.Signatures, sig)
	}
	for i, p := range l.Recipients {
		if a, ok := r.addressee("to", i+1, p); ok {
			li.Addressees = append(li.Addressees, a)
		}
	}
	for i, p := range l.CC {
		if a, ok := r.addressee("cc", i+1, p); ok {
			li.Addressees = append(li.Addressees, a)
		}
	}
	return li
}

func (r *Resolver) signature(s graph.Signatory, position int) (graph.Signature, bool) {
	sig := graph.Signature{Position: position, Line: s.Line, Honorific: s.Honorific, Title: s.Title}
	if s.Name != "" {
		p := r.person(s.Name)
		sig.PersonID, sig.PersonName = personPrefix+p.key, p.name
	}
	if s.Organization != "" {
		ref := r.organization(s.Organization).ref()
		sig.OrganizationID, sig.Organization, sig.Aliases = ref.ID, ref.Name, ref.Aliases
	}
	for _, a := range s.Affiliations {
		sig.Affiliations = append(sig.Affiliations, r.organization(a).ref())
	}
	return sig, sig.PersonID != "" || sig.OrganizationID != ""
}

// addressee resolves a recipient or cc: a person when named, an office when
// only a title is given (with its organization, if any: "President" of "The
// White House" is an office, not the White House), else an organization.
func (r *Resolver) addressee(kind string, position int, p graph.Party) (graph.Addressee, bool) {
	a := graph.Addressee{Kind: kind, Position: position, Honorific: p.Honorific, Title: p.Title, Organization: p.Organization}
	switch {
	case p.Name != "":
		pe := r.person(p.Name)
		a.Label, a.ID, a.Name = "Person", personPrefix+pe.key, pe.name
	case p.Title != "":
		a.Label, a.ID, a.Name = "Office", OfficeID(p.Title, p.Organization), p.Title
		if p.Organization != "" {
			a.Name += ", " + p.Organization
		}
	case p.Organization != "":
		ref := r.organization(p.Organization).ref()
		a.Label, a.ID, a.Name = "Organization", ref.ID, ref.Name
	default:
		return a, false
	}
	return a, true
}

// Organizations returns the organizations of the last Resolve, by id.
func (r *Resolver) Organizations() []graph.OrganizationRef {
	out := make([]graph.OrganizationRef, 0, len(r.orgs))
	for _, key := range sortedMapKeys(r.orgs) {
		out = append(out, r.orgs[key].ref())
	}
	return out
}

// People returns the people (signers and addressees) of the last Resolve,
// by id.
func (r *Resolver) People() []graph.Person {
	out := make([]graph.Person, 0, len(r.people))
	for _, key := range sortedMapKeys(r.people) {
		out = append(out, graph.Person{ID: personPrefix + key, Name: r.people[key].name})
	}
	return out
}

func sortedMapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

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

// editDistance holds the buffers editDistance.within reuses: nearKeys
// compares millions of pairs at 100,000 letters, and four new slices per
// comparison were a quarter of the resolver's heap (garbage, but garbage the
// collector had to keep up with).
type editDistance struct {
	ra, rb    []rune
	prev, cur []int
}

// within reports whether the Levenshtein distance of a and b is at most k
// (k small), stopping as soon as it cannot be.
func (e *editDistance) within(a, b string, k int) bool {
	e.ra, e.rb = appendRunes(e.ra[:0], a), appendRunes(e.rb[:0], b)
	ra, rb := e.ra, e.rb
	if d := len(ra) - len(rb); d > k || -d > k {
		return false
	}
	e.prev, e.cur = slices.Grow(e.prev[:0], len(rb)+1)[:len(rb)+1], slices.Grow(e.cur[:0], len(rb)+1)[:len(rb)+1]
	prev, cur := e.prev, e.cur
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= k
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
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
