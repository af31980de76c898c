package loader

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

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
//
// Resolution goes in steps, each over the whole set: organizations are
// noted and merged by rule (rules.go); each letter's context is read
// (context.go); people are noted with their contexts, kept apart where the
// contexts conflict and merged by rule; then every name gets its entity's
// id and name, and the pairs that may still be one entity are ranked for an
// analyst (candidates.go).
type Resolver struct {
	aliases *Aliases

	orgs    map[string]*orgEntity // by key, merged ones too (into is set)
	orgKeys map[string]string     // printed name → key (before merges)
	// orgForms is the form each printed name counts as (without its
	// acronym, spaces collapsed), a cache.
	orgForms map[string]string
	// acronyms maps an acronym's key to the organizations printed with it.
	acronyms map[string]map[string]bool
	// acronymOf maps a bare acronym's key to the one organization printed
	// with that acronym, for the report.
	acronymOf map[string]string
	// inLetter notes a bare acronym printed in the same letter as a name
	// whose initials it is: the acronym-in-letter rule's evidence, with
	// the first such letter.
	inLetter map[[2]string]int

	people     map[string]*personEntity // by final key, merged ones too
	facets     map[facetKey]*personEntity
	splitNames map[string]bool   // name keys split by office
	personKeys map[string]string // printed name → key of the name
	letters    []letterContext
	source     letterSource // the letters, while they are resolved

	titleOffices map[string]string // title as printed → office, a cache
	partyOffices map[string]string // a recipient's organization as printed → office, a cache

	coSigned   map[string][]int32 // an entity's co-signers, for candidates
	idNumbers  map[string]int32
	merges     []mergeRecord
	splits     []Split
	candidates []Candidate
}

type orgEntity struct {
	key     string
	forms   map[string]int  // printed names (without acronym) that normalize to key
	aliases map[string]bool // acronyms and variants
	name    string
	office  string // the chamber of Congress it is part of, if any
	into    string // the key of the organization it was merged into
}

// personEntity is a person, or before the split step one name in one
// office (a facet).
type personEntity struct {
	key     string // the id without its prefix
	nameKey string // the key of the name alone
	office  string // a facet's office
	// absorbedBy is the entity a facet became part of, when its name was
	// not split.
	absorbedBy *personEntity
	forms      map[string]int
	name       string
	into       string          // the key of the person it was merged into
	aliases    map[string]bool // names merged into this one
	// places are where they acted ("org:…", "office:…"), with the years.
	places map[string]yearSpan
	// letters are the indexes of the letters naming them, ascending.
	letters []int32
	// terms are the Congresses in which they sat in each office.
	terms map[officeTerm]bool
	span  yearSpan
}

// facetKey is one name in one office ("" for none).
type facetKey struct{ name, office string }

type officeTerm struct {
	office string
	term   int
}

// yearSpan is the first and last year something was seen; zero for never
// (or only undated).
type yearSpan struct{ first, last int }

func (s yearSpan) add(year int) yearSpan {
	if year == 0 {
		return s
	}
	if s.first == 0 || year < s.first {
		s.first = year
	}
	if year > s.last {
		s.last = year
	}
	return s
}

func (s yearSpan) union(o yearSpan) yearSpan { return s.add(o.first).add(o.last) }

// gap is the number of years between two spans: 0 when they overlap, -1
// when either is undated.
func (s yearSpan) gap(o yearSpan) int {
	if s.first == 0 || o.first == 0 {
		return -1
	}
	return max(0, s.first-o.last, o.first-s.last)
}

// NewResolver returns a Resolver that also merges the variants an analyst
// listed in aliases (nil for none).
func NewResolver(aliases *Aliases) *Resolver { return &Resolver{aliases: aliases} }

// letterSource is the letters a Resolver reads, letter i as often as it
// asks: held whole (Resolve), or only their names (ResolveNames).
type letterSource interface {
	count() int
	letter(i int) *graph.Letter
	clues(i int) letterClues
}

// heldLetters is a letterSource of letters held whole.
type heldLetters []*graph.Letter

func (h heldLetters) count() int                 { return len(h) }
func (h heldLetters) letter(i int) *graph.Letter { return h[i] }
func (h heldLetters) clues(i int) letterClues    { return readLetterClues(h[i]) }

// Resolve gives each letter its identity (SHA256, ID) and resolves its
// signatories, recipients and cc to ids. Letters keep their order. The
// reports (Candidates, Merges, Splits, Organizations, People) describe the
// last call.
func (r *Resolver) Resolve(letters []*graph.Letter) []graph.LetterImport {
	for _, l := range letters {
		SetIdentity(l)
	}
	r.resolve(heldLetters(letters))
	out := make([]graph.LetterImport, len(letters))
	for i, l := range letters {
		out[i] = r.importLetter(i, l)
	}
	r.candidates = r.findCandidates(len(out), func(i int) graph.LetterImport { return out[i] })
	r.source, r.coSigned, r.idNumbers = nil, nil, nil
	return out
}

// ResolveNames resolves the letters of names as Resolve does, without
// holding the letters: Import then gives each letter, read again, its
// resolved names. Letters must have their identity (SetIdentity).
func (r *Resolver) ResolveNames(names *LetterNames) {
	r.resolve(names)
	r.candidates = r.findCandidates(names.count(), func(i int) graph.LetterImport { return r.importLetter(i, names.letter(i)) })
	r.source, r.coSigned, r.idNumbers = nil, nil, nil
}

// Import resolves letter i of the names last given to ResolveNames: l is
// that letter, read again. It gives what Resolve gives for the letter.
func (r *Resolver) Import(i int, l *graph.Letter) graph.LetterImport { return r.importLetter(i, l) }

// resolve decides every entity of the letters: organizations, each
// letter's context, people.
func (r *Resolver) resolve(src letterSource) {
	r.orgs, r.orgKeys, r.orgForms = map[string]*orgEntity{}, map[string]string{}, map[string]string{}
	r.acronyms, r.acronymOf, r.inLetter = map[string]map[string]bool{}, map[string]string{}, map[[2]string]int{}
	r.people, r.facets, r.personKeys = map[string]*personEntity{}, map[facetKey]*personEntity{}, map[string]string{}
	r.titleOffices, r.partyOffices = map[string]string{}, map[string]string{}
	r.merges, r.splits, r.candidates = nil, nil, nil
	r.source = src
	var inLetter []string
	for i := range src.count() {
		inLetter = r.collectOrganizations(i, src.letter(i), inLetter[:0])
	}
	r.noteBareAcronyms()
	r.mergeOrganizations()
	r.letters = make([]letterContext, src.count())
	for i := range src.count() {
		l := src.letter(i)
		r.letters[i] = r.letterContext(l, src.clues(i))
		r.collectPeople(i, l)
	}
	r.splitPeople()
	r.mergePeople()
	r.nameEntities()
}

// collectOrganizations notes every organization a letter prints, and the
// bare acronyms printed beside the name they abbreviate. keys is a buffer.
func (r *Resolver) collectOrganizations(i int, l *graph.Letter, keys []string) []string {
	for _, s := range l.Signatories {
		if s.Organization != "" {
			keys = append(keys, r.noteOrganization(s.Organization))
		}
		for _, a := range s.Affiliations {
			keys = append(keys, r.noteOrganization(a))
		}
	}
	for _, p := range slices.Concat(l.Recipients, l.CC) {
		if p.Name == "" && p.Title == "" && p.Organization != "" {
			keys = append(keys, r.noteOrganization(p.Organization))
		}
	}
	r.noteAcronymsInLetter(i, keys)
	return keys
}

func (r *Resolver) noteOrganization(printed string) string {
	if key, ok := r.orgKeys[printed]; ok {
		r.orgs[key].forms[r.orgForms[printed]]++
		return key
	}
	base, acronym := SplitAcronym(printed)
	form := strings.Join(strings.Fields(base), " ")
	r.orgForms[printed] = form
	own := organizationKey(base)
	key := r.aliases.organization(own)
	e := r.orgs[key]
	if e == nil {
		e = &orgEntity{key: key, forms: map[string]int{}, aliases: map[string]bool{}, office: organizationOffice(key)}
		r.orgs[key] = e
	}
	e.forms[form]++
	if acronym != "" {
		e.aliases[acronym] = true
		ak := organizationKey(acronym)
		if r.acronyms[ak] == nil {
			r.acronyms[ak] = map[string]bool{}
		}
		r.acronyms[ak][key] = true
	}
	if own != key {
		r.recordAliasMerge(graph.KindOrganization, own, form, key)
	}
	r.orgKeys[printed] = key
	return key
}

// finalOrganization follows merges from an organization's key to the key
// of the organization it is now part of.
func (r *Resolver) finalOrganization(key string) string {
	for {
		e := r.orgs[key]
		if e == nil || e.into == "" {
			return key
		}
		key = e.into
	}
}

// collectPeople notes every person a letter names, with the context the
// letter gives them.
func (r *Resolver) collectPeople(i int, l *graph.Letter) {
	lc := r.letters[i]
	for _, s := range l.Signatories {
		if s.Name == "" {
			continue
		}
		var orgKey string
		if s.Organization != "" {
			orgKey = r.finalOrganization(r.orgKeys[s.Organization])
		}
		office := r.signerOffice(s, orgKey, lc)
		p := r.facet(s.Name, office)
		p.saw(i, lc, office, place(orgKey, lc, office))
		for _, a := range s.Affiliations {
			p.saw(i, lc, office, orgPrefix+r.finalOrganization(r.orgKeys[a]))
		}
	}
	for _, party := range slices.Concat(l.Recipients, l.CC) {
		if party.Name == "" {
			continue
		}
		office := r.partyOffice(party)
		p := r.facet(party.Name, office)
		var at string
		if office != "" {
			at = officePrefix + office
		}
		p.saw(i, lc, office, at)
	}
}

// personNameKey is the key of a printed person's name, after the aliases
// file.
func (r *Resolver) personNameKey(printed string) string {
	key, ok := r.personKeys[printed]
	if !ok {
		own := personKey(printed)
		key = r.aliases.person(own)
		r.personKeys[printed] = key
		if own != key {
			r.recordAliasMerge(graph.KindPerson, own, strings.Join(strings.Fields(printed), " "), key)
		}
	}
	return key
}

// facet returns the entity of a printed name in an office, counting the
// form.
func (r *Resolver) facet(printed, office string) *personEntity {
	fk := facetKey{r.personNameKey(printed), office}
	p := r.facets[fk]
	if p == nil {
		p = &personEntity{key: fk.name, nameKey: fk.name, office: office, forms: map[string]int{}, places: map[string]yearSpan{}}
		r.facets[fk] = p
	}
	p.forms[strings.Join(strings.Fields(printed), " ")]++
	return p
}

// saw notes that a person appears in letter i, in an office and at a place
// (either may be "").
func (p *personEntity) saw(i int, lc letterContext, office, at string) {
	if n := len(p.letters); n == 0 || p.letters[n-1] != int32(i) {
		p.letters = append(p.letters, int32(i))
	}
	p.span = p.span.add(lc.year)
	if at != "" {
		p.places[at] = p.places[at].add(lc.year)
	}
	if office != "" && lc.term != 0 {
		if p.terms == nil {
			p.terms = map[officeTerm]bool{}
		}
		p.terms[officeTerm{office, lc.term}] = true
	}
}

// absorb adds another entity's context to p (both about one person).
func (p *personEntity) absorb(o *personEntity) {
	for f, n := range o.forms {
		p.forms[f] += n
	}
	for at, s := range o.places {
		p.places[at] = p.places[at].union(s)
	}
	p.letters = mergeSorted(p.letters, o.letters)
	for t := range o.terms {
		if p.terms == nil {
			p.terms = map[officeTerm]bool{}
		}
		p.terms[t] = true
	}
	p.span = p.span.union(o.span)
}

// mergeSorted merges two ascending lists without repeats.
func mergeSorted(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// noteBareAcronyms finds bare names ("NCLR") that are the acronym of exactly
// one organization in the load. They are reported, not merged: an acronym
// can name two bodies (the seed's NCLR is the National Center for Lesbian
// Rights, 007's is the National Council of La Raza), and only an analyst's
// aliases line, or the two printed in one letter, should make them one.
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

// nameEntities picks each organization's and person's canonical name and
// gathers an organization's aliases.
func (r *Resolver) nameEntities() {
	for key, e := range r.orgs {
		if name, ok := r.aliases.organizationName(key); ok {
			e.name = name
		} else {
			e.name = canonicalForm(e.forms)
		}
	}
	for key, e := range r.orgs {
		for form := range e.forms {
			if organizationKey(form) != key { // a variant merged by the aliases file
				e.aliases[form] = true
			}
		}
		for _, v := range r.aliases.organizationVariants(key) {
			e.aliases[v] = true
		}
		if e.into != "" { // its names and acronyms are the other's aliases
			into := r.orgs[r.finalOrganization(key)]
			into.aliases[e.name] = true
			for a := range e.aliases {
				into.aliases[a] = true
			}
		}
	}
	for _, e := range r.orgs {
		delete(e.aliases, e.name)
	}
	for _, p := range r.people {
		if name, ok := r.aliases.personName(p.nameKey); ok {
			p.name = name
		} else {
			p.name = canonicalForm(p.forms)
		}
	}
	for key, p := range r.people {
		if p.into == "" {
			continue
		}
		into := r.people[r.finalPerson(key)]
		if into.aliases == nil {
			into.aliases = map[string]bool{}
		}
		for form := range p.forms {
			into.aliases[form] = true
		}
	}
	for _, p := range r.people {
		delete(p.aliases, p.name)
	}
}

// organization returns the entity a printed organization name resolved to
// (collect has seen every name).
func (r *Resolver) organization(printed string) *orgEntity {
	return r.orgs[r.finalOrganization(r.orgKeys[printed])]
}

// person returns the entity a printed name in an office resolved to.
func (r *Resolver) person(printed, office string) *personEntity {
	p := r.facets[facetKey{r.personNameKey(printed), office}]
	for p.absorbedBy != nil {
		p = p.absorbedBy
	}
	return r.people[r.finalPerson(p.key)]
}

// finalPerson follows merges from a person's key to the key of the person
// they are now part of.
func (r *Resolver) finalPerson(key string) string {
	for {
		p := r.people[key]
		if p == nil || p.into == "" {
			return key
		}
		key = p.into
	}
}

func (e *orgEntity) ref() graph.OrganizationRef {
	return graph.OrganizationRef{ID: orgPrefix + e.key, Name: e.name, Aliases: sortedMapKeys(e.aliases)}
}

func (r *Resolver) importLetter(i int, l *graph.Letter) graph.LetterImport {
	li := graph.LetterImport{Letter: l}
	lc := r.letters[i]
	seen := map[[2]string]bool{}
	for j, s := range l.Signatories {
		sig, ok := r.signature(s, j+1, lc)
		if anonymous(s.Name) { // each is someone else: a person of this signature alone
			sig.PersonID, sig.PersonName, sig.PersonAliases = fmt.Sprintf("%sanonymous-%s-%d", personPrefix, l.ID, j+1), s.Name, nil
		}
		k := [2]string{sig.PersonID, sig.OrganizationID}
		if !ok || seen[k] { // a signer printed twice, or twice after normalization, signs once
			continue
		}
		seen[k] = true
		li.Signatures = append(li.Signatures, sig)
	}
	for j, p := range l.Recipients {
		if a, ok := r.addressee("to", j+1, p); ok {
			li.Addressees = append(li.Addressees, a)
		}
	}
	for j, p := range l.CC {
		if a, ok := r.addressee("cc", j+1, p); ok {
			li.Addressees = append(li.Addressees, a)
		}
	}
	return li
}

func (r *Resolver) signature(s graph.Signatory, position int, lc letterContext) (graph.Signature, bool) {
	sig := graph.Signature{Position: position, Line: s.Line, Honorific: s.Honorific, Title: s.Title}
	var orgKey string
	if s.Organization != "" {
		e := r.organization(s.Organization)
		orgKey = e.key
		ref := e.ref()
		sig.OrganizationID, sig.Organization, sig.Aliases = ref.ID, ref.Name, ref.Aliases
	}
	if s.Name != "" {
		p := r.person(s.Name, r.signerOffice(s, orgKey, lc))
		sig.PersonID, sig.PersonName = personPrefix+p.key, p.name
		if len(p.aliases) > 0 {
			sig.PersonAliases = sortedMapKeys(p.aliases)
		}
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
		pe := r.person(p.Name, r.partyOffice(p))
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
		if e := r.orgs[key]; e.into == "" {
			out = append(out, e.ref())
		}
	}
	return out
}

// People returns the people (signers and addressees) of the last Resolve,
// by id.
func (r *Resolver) People() []graph.Person {
	out := make([]graph.Person, 0, len(r.people))
	for _, key := range sortedMapKeys(r.people) {
		if p := r.people[key]; p.into == "" {
			out = append(out, graph.Person{ID: personPrefix + key, Name: p.name})
		}
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
