package loader

import (
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
