package loader

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/coalition-graph/coalition/graph"
)

// Offices and bodies named inside a title. "President of FFII" and
// "Director at Mozilla" name the organization after "of" or "at";
// "Attorney General of Illinois" and "Massachusetts Attorney General" name
// a state's office, whose state is the organization. "Secretary of
// State" or "President of the Senate" name no other body and stay whole.

// stateOffices are executive offices of a state or a city: the state or
// city printed with them is their organization.
var stateOffices = wordSet(`attorney_general governor lieutenant_governor
lt._governor treasurer state_treasurer comptroller state_comptroller
controller state_controller auditor state_auditor auditor_general
secretary_of_state mayor deputy_mayor solicitor_general
insurance_commissioner commissioner_of_insurance superintendent_of_public_instruction
state_superintendent labor_commissioner commissioner_of_labor
agriculture_commissioner commissioner_of_agriculture public_advocate
district_attorney county_executive city_attorney city_manager
chief_financial_officer`)

// governingBodies are what follows "of" in a title that names a chamber
// or a government, not an organization the signer works for.
var governingBodies = wordSet(`senate house congress parliament assembly
chamber government administration state states nation republic kingdom
commonwealth federation cabinet council board court staff navy army
air force marine corps guard operations defense defence treasury`)

// officeOf reads a title that names a state's or a city's office, with
// the place before or after it: "Attorney General of Illinois",
// "Massachusetts Attorney General", "Vermont State Treasurer".
func officeOf(title string) (office, place string, ok bool) {
	t := strings.TrimSpace(title)
	if i := strings.Index(strings.ToLower(t), " of "); i > 0 && stateOffices[strings.ToLower(t[:i])] {
		rest := strings.TrimPrefix(t[i+4:], "the ")
		if isStateName(rest) || isCountry(rest) || isCity(rest) || cityLike(rest) && !containsOrgWord(rest) {
			return t[:i], rest, true
		}
	}
	f := strings.Fields(t)
	for k := 1; k < len(f) && k <= 3; k++ {
		place, off := strings.Join(f[:k], " "), strings.Join(f[k:], " ")
		if stateOffices[strings.ToLower(off)] && (isStateName(place) || place == "District of Columbia") {
			return off, place, true
		}
		if cityOffices[strings.ToLower(off)] && cityPlace(place) {
			return off, place, true // "Denver mayor", "Park Rapids Mayor"
		}
	}
	return "", "", false
}

// cityOffices are the offices of stateOffices that only a city has, so
// that any town's name before them is its place.
var cityOffices = wordSet(`mayor deputy_mayor city_attorney city_manager`)

// mayorModifiers make an office of their own before "Mayor": "Youth
// Mayor", "Honorary Mayor".
var mayorModifiers = wordSet(`youth teen teenage student junior honorary children's kids' acting interim
lord lady deputy vice former past`)

// cityPlace reports a town's name before its office: capitalized words
// that are no title, honorific or body ("Lord Mayor" is one title).
func cityPlace(s string) bool {
	if !cityLike(s) || hasHonorific(s+" X") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if isTitleWord(bare(w)) || mayorModifiers[bare(w)] {
			return false
		}
	}
	return true
}

// localOffice reads an office of a county, a city, a town or a school
// district printed after its place, as lists of local officials print
// them: "Dakota County Commissioner" is the Commissioner of Dakota County
// (a county is named with its word), "St. Louis Park City Councilmember"
// a City Councilmember of St. Louis Park, "Troy BOE Member" a BOE Member
// of Troy (convention 20, as "Vermont State Treasurer").
func localOffice(title string) (office, place string, ok bool) {
	if !strings.Contains(title, "County") && !strings.Contains(title, "City") && !strings.Contains(title, "Town") &&
		!strings.Contains(title, "Board") && !strings.Contains(title, "BOE") && !strings.Contains(title, "Village") &&
		!strings.Contains(title, "Parish") && !strings.Contains(title, "Borough") && !strings.Contains(title, "Committee") {
		return "", "", false // most titles: no regular expression needed
	}
	m := reLocalOffice.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil || !localOffices[strings.ToLower(m[3])] && !servicesOffice(m[3]) {
		return "", "", false
	}
	place, level := m[1], m[2]
	if isCity(place + " " + level) { // "Kansas City Council Member", "Cape Town Councillor": the level word is the city's
		if off := strings.TrimSpace(strings.TrimPrefix(title, place+" "+level)); off != "" {
			return off, place + " " + level, true
		}
		return "", "", false
	}
	if (level == "City" || level == "Town") && (isStateName(place) || !strings.Contains(place, " ") && isGivenName(place)) {
		return "", "", false // "Iowa City", "Charles Town": the level word may be the town's own
	}
	board := strings.Contains(level, "Board") || strings.Contains(level, "Committee") || level == "BOE"
	for _, w := range strings.Fields(place) {
		if b := bare(w); board && orgWords[b] || isTitleWord(b) && b != "st" {
			return "", "", false // "Harbor Academy School Board Member": a school's board, not a place's
		}
	}
	if strings.EqualFold(level, "county") || strings.EqualFold(level, "parish") || strings.EqualFold(level, "borough") {
		return m[3], place + " " + level, true
	}
	return level + " " + m[3], place, true
}

var reLocalOffice = regexp.MustCompile(`^((?:St\. |Saint |Fort |Ft\. |Mount |Mt\. )?\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}) (County|Parish|Borough|City|Town|Township|Village|School Board|Board of Education|BOE|Library Board|Park Board|School Committee|Select Board) ((?:Vice |Deputy |Assistant )?\p{L}+(?: (?:Member|Chair|President|Officer|Director|Marshal))?)$`)

// servicesOffice reports an office a county or city gives a service's
// name: "Health Officer", "Fire Marshal", "Health Director".
func servicesOffice(s string) bool {
	service, office, ok := strings.Cut(s, " ")
	return ok && localServices[strings.ToLower(service)] && (localOffices[strings.ToLower(office)] || office == "Officer" || office == "Marshal")
}

// localServices are what a county's or city's departments serve.
var localServices = wordSet(`health fire police planning parks water
transportation housing emergency elections finance budget`)

// localOffices are the offices reLocalOffice reads after a local body.
var localOffices = wordSet(`commissioner legislator treasurer clerk executive
supervisor sheriff assessor auditor coroner recorder administrator manager
attorney judge mayor councilmember councilman councilwoman councillor
councilor alderman alderwoman alderperson member trustee president chair
chairman chairwoman chairperson director board_member council_member
vice_chair vice_president deputy_mayor selectman selectwoman`)

// titleOfOrg splits "President of FFII", "Chairman of PCG UK" or
// "Engineer at Mozilla" at the first " of " or " at " when what follows
// is an organization: an acronym, a web domain, an organization word or a
// known name, and not a chamber, a government or a unit of one.
func (p *parser) titleOfOrg(title string) (t, org string, ok bool) {
	if first := cutSecondRole(title); first != title {
		if t, org, ok = p.firstTitleOfOrg(first); ok {
			return t, org, ok
		}
	}
	return p.firstTitleOfOrg(title)
}

// cutSecondRole ends a role where a second role of the same signer starts:
// "presidenta da CUT Minas e coordenadora do Sind-UTE MG" is "presidenta
// da CUT Minas", as "President of Acme and Chair of Beta" is "President of
// Acme" (the first role listed is the signer's). The
// role must be a title followed by its own "of", so "Parents and Teachers
// Association" stays whole.
func cutSecondRole(org string) string {
	ofs := reOfAny.FindAllStringIndex(org, -1) // found once: a long role has many "and"s
	k := 0
	for _, loc := range reRoleAnd.FindAllStringIndex(org, -1) {
		for k < len(ofs) && ofs[k][0] < loc[1] {
			k++
		}
		if k == len(ofs) || ofs[k][0] == loc[1] {
			continue
		}
		rest := org[loc[1]:]
		head := rest[:ofs[k][0]-loc[1]]
		f := strings.Fields(head)
		if len(f) > 4 || !isJobHead(bare(f[0])) && !workHeads[bare(f[0])] && !isTitle(head) {
			continue
		}
		return strings.TrimSpace(org[:loc[0]])
	}
	return org
}

var (
	reRoleAnd = regexp.MustCompile(`\s(?:and|&|e|y|et|und|i)\s`)
	reOfAny   = regexp.MustCompile(`\s(?:of|at)\s|` + reRomanceOf.String())
)

func (p *parser) firstTitleOfOrg(title string) (t, org string, ok bool) {
	if prizeOpeners[strings.ToLower(firstWord(title))] {
		return "", "", false // "Premio Nacional de Literatura": a prize is named whole
	}
	if m := reGermanOf.FindStringSubmatch(title); m != nil && (isJobHead(bare(m[1])) || inSet(titleHeads, bare(m[1]))) {
		return m[1], m[2], true
	}
	of := strings.Index(title, " of ")
	if loc := reRomanceOf.FindStringIndex(title); loc != nil && (of < 0 || loc[0] < of) {
		if t, org, ok := romanceTitleOf(title); ok {
			return t, org, true // "Director de Fundipau", not "rector of Universitat de Girona"
		}
	}
	for _, sep := range []string{" at ", " of "} {
		i := strings.Index(title, sep)
		if i <= 0 {
			continue
		}
		head, rest := title[:i], strings.TrimSpace(title[i+len(sep):])
		if h, ok := cutArticle(head); ok && workHeads[bare(lastWord(h))] {
			head = h // "a maintainer of Ember.js": one of its maintainers
		}
		worksOn := sep == " at " || workHeads[bare(lastWord(head))]
		project := sep == " of " && worksOn && projectName(rest) && !strings.Contains(head, ",") &&
			(projectHeads[bare(lastWord(head))] || !reLowerWord.MatchString(rest)) // "author of textbooks" names no project // "maintainer of jQuery", "maintainer of npm"; not "Editor at large"
		titled := isTitle(head) || worksOn && workHeads[bare(lastWord(head))]        // "operator of jabber.org"
		lowerBody := hasCorpSuffix(lastWord(rest)) && len(strings.Fields(rest)) <= 3 // "founder and CEO of buddycloud Ltd."
		if !titled || rest == "" || !project && !lowerBody && !startsUpper(strings.TrimPrefix(rest, "the ")) && !strings.HasPrefix(rest, "the ") {
			continue
		}
		if project && !startsUpper(rest) {
			return head, rest, true
		}
		if sep == " of " && (isUnitPhrase(rest) || namesGoverningBody(rest)) {
			continue
		}
		if (p.isOrgish(rest) || namedWithArticle(rest)) && !isTitle(rest) {
			return head, rest, true
		}
		// people work at organizations, and maintain or found projects:
		// "Engineer at Mozilla", "maintainer of Flask"
		if worksOn && startsUpper(strings.TrimPrefix(rest, "the ")) && !isTitle(rest) && !isPlace(rest) && !isCountry(rest) && !isRegion(rest) {
			return head, rest, true
		}
	}
	return "", "", false
}

// projectHeads are the work heads whose "of" names software: a word in
// lower case after them is a project ("maintainer of npm").
var projectHeads = wordSet(`maintainer co-maintainer contributor creator co-creator developer committer hacker programmer`)

// reLowerWord is a word in lower case letters alone.
var reLowerWord = regexp.MustCompile(`^\p{Ll}+$`)

// hasCorpSuffix reports a legal form among the words: "buddycloud Ltd.".
func hasCorpSuffix(s string) bool {
	for _, w := range strings.Fields(s) {
		if isCorpSuffix(w) {
			return true
		}
	}
	return false
}

// cutArticle takes the indefinite article off a role: "a maintainer".
func cutArticle(s string) (string, bool) {
	for _, a := range []string{"a ", "an ", "A ", "An "} {
		if rest, ok := strings.CutPrefix(s, a); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// projectName reports a project's name as software names them, in lower
// case or with capitals inside: "jQuery", "npm", "ember.js". One word, so
// that "maintainer of several projects" names none.
func projectName(s string) bool {
	if s == "" || strings.ContainsAny(s, " ,;") {
		return false
	}
	return strings.IndexFunc(s, unicode.IsUpper) > 0 || strings.ContainsAny(s, ".-_") || isAcronym(s) || len(s) <= 12 && startsLower(s) && strings.IndexFunc(s, unicode.IsDigit) > 0 ||
		len(s) <= 8 && startsLower(s) && !isTitleWord(bare(s))
}

// roleAtBody splits a person's description "X at Y" that was read as an
// organization because X is no title the vocabulary knows ("CS Freshman
// at VIT Chennai", "Owner/Lead Dev at Trinity Computers"): a person is at
// a body in some role. X must be short and name no body itself; Y must be
// capitalized and no place.
func roleAtBody(s string) (title, org string, ok bool) {
	head, rest, found := strings.Cut(s, " at ")
	head, rest = strings.TrimSpace(head), strings.TrimSpace(rest)
	if !found || head == "" || rest == "" || strings.Contains(rest, " at ") {
		return "", "", false
	}
	if n := len(strings.Fields(head)); n > 4 || containsOrgWord(head) || strings.ContainsAny(head, "0123456789,") || !holdsRoleWord(head) {
		return "", "", false // "Scholars at Risk", "Women at Work": a body's name
	}
	if !startsUpper(rest) || isPlace(rest) || isCountry(rest) || isRegion(rest) || isTitle(rest) {
		return "", "", false
	}
	return head, rest, true
}

// holdsRoleWord reports a word of s, split at spaces and slashes, that
// names a role: a title word, a job or a stage of study ("Owner/Lead
// Dev", "CS Freshman", "Undergrad").
func holdsRoleWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' }) {
		if b := bare(w); isTitleWord(b) || isJobHead(b) || studyStages[b] {
			return true
		}
	}
	return false
}

var studyStages = wordSet(`freshman sophomore undergrad undergraduate postgrad postgraduate
student phd postdoc intern apprentice trainee dev`)

// namesGoverningBody reports a chamber, a government or one of its
// services ("the Senate", "the United States", "Naval Operations").
func namesGoverningBody(s string) bool {
	if isCountry(s) || isStateName(s) {
		return true
	}
	governing := false
	for _, w := range wordsOf(s) {
		if governingBodies[w] {
			governing = true
		} else if orgWords[w] && w != "national" {
			return false // "Haringey Trades Union Council" is a body of its own
		}
	}
	return governing
}

// splitOfficeTitle gives a signer whose title names its body ("President
// of FFII", "Illinois Attorney General") that body as organization.
func (p *parser) splitOfficeTitle(s *graph.Signatory) {
	if s.Title == "" && s.Organization != "" && s.Name != "" {
		if off, place, ok := localOffice(s.Organization); ok { // "Dutchess County Legislator"
			s.Title, s.Organization, s.TitleLine = off, place, s.OrganizationLine
			s.Evidence = append(s.Evidence, "a county's or city's office")
		} else if t, org, ok := p.titleOfOrg(s.Organization); ok && startsLower(s.Organization) {
			// "rector of Universitat de Girona": a title in lower case read as the body
			s.Title, s.Organization, s.TitleLine = t, org, s.OrganizationLine
			s.Evidence = append(s.Evidence, "title split at of or at")
		} else if t, org, ok := roleAtBody(s.Organization); ok { // "CS Freshman at VIT Chennai"
			s.Title, s.Organization, s.TitleLine = t, org, s.OrganizationLine
			s.Evidence = append(s.Evidence, "description split at 'at'")
		}
		return
	}
	if s.Title == "" || s.Organization != "" || isFormer(s.Title) {
		return
	}
	set := func(t, org, how string) {
		s.Title, s.Organization, s.OrganizationLine = t, org, s.TitleLine
		s.Evidence = append(s.Evidence, how)
	}
	if off, place, ok := officeOf(s.Title); ok {
		set(off, place, "a state's or city's office")
	} else if off, place, ok := localOffice(s.Title); ok {
		set(off, place, "a county's or city's office")
	} else if t, org, ok := p.titleOfOrg(s.Title); ok {
		set(t, org, "title split at of or at")
	} else if org, t, ok := p.orgThenTitle(s.Title); ok {
		set(t, org, "title split from the body before it")
	} else if t, org, ok := p.titleThenOrg(s.Title); ok {
		set(t, org, "title split from the body after it")
	}
}

// orgThenTitle splits a title printed after its body: "OSI General
// Manager", "W3C Web Applications WG Chair", "Terraform contributor". The
// words before the title must name a body (an organization word, an
// acronym, a brand or web domain, a known name), or be a proper name
// before a title in lower case. "Former ..." roles stay whole, and a
// state before an office is handled as the state's office.
func (p *parser) orgThenTitle(s string) (org, title string, ok bool) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return "", "", false
	}
	if first := bare(f[0]); first == "former" || first == "past" || strings.HasPrefix(first, "ex-") {
		return "", "", false
	}
	last := bare(f[len(f)-1])
	if !inSet(titleHeads, last) && !isJobHead(last) {
		return "", "", false
	}
	k := len(f) - 1
	if allTitleWords(f[:k]) {
		return "", "", false // a title from end to end, whatever its capitals: "Full Stack developer"
	}
	lowerHead := startsLower(f[k])
	for k > 0 {
		w := bare(f[k-1])
		if !isTitleWord(w) || orgWords[w] || lowerHead && !startsLower(f[k-1]) {
			break // a title in lower case ends where the capitals of its body do: "Atom Editor contributor"
		}
		k--
	}
	if k == 0 {
		return "", "", false
	}
	org, title = strings.Join(f[:k], " "), strings.Join(f[k:], " ")
	if isPlace(org) || isCountry(org) || isRegion(org) || connectors[strings.ToLower(f[k-1])] || namesGoverningBody(org) {
		return "", "", false // "Senate Democratic Leader": a chamber's office, one title
	}
	body := p.isOrgish(org) || namedWithArticle(org)
	// a project's name before a role in lower case: "Terraform contributor",
	// "jpylyzer maintainer"
	proper := startsLower(title) && !isGivenName(f[0]) && (startsUpper(org) || len(f[:k]) == 1 && !isTitleWord(bare(org)) && !adjectiveLike(org))
	// one proper name before one title word: "Debian Developer"
	proper = proper || k == 1 && len(f) == 2 && startsUpper(org) && !isTitleWord(bare(org)) && !isGivenName(org) && workHeads[bare(title)]
	if !body && !proper {
		return "", "", false
	}
	return org, title, true
}

// adjectiveLike reports a lower-case adjective that describes a title
// rather than naming a body before it ("lay minister", "literary agent").
func adjectiveLike(w string) bool {
	return titleAdjectives[strings.ToLower(bare(w))]
}

// titleAdjectives describe a calling: "lay minister", "clinical nurse".
var titleAdjectives = wordSet(`lay literary clinical medical legal local regional political
social cultural digital creative technical artistic musical academic independent freelance
professional amateur occasional former retired`)

// allTitleWords reports words that each can be part of a title.
func allTitleWords(ws []string) bool {
	for _, w := range ws {
		if !isTitleWord(bare(w)) {
			return false
		}
	}
	return true
}

// namedWithArticle reports "the" before two or more capitalized words:
// "the Slovene Software Developers Association" names a body.
func namedWithArticle(s string) bool {
	rest, ok := strings.CutPrefix(s, "the ")
	if !ok {
		return false
	}
	caps := 0
	for _, w := range strings.Fields(rest) {
		if startsUpper(w) {
			caps++
		} else if !connectors[strings.ToLower(w)] {
			return false
		}
	}
	return caps >= 2
}

// splitRole reads one role phrase that names both a title and a body:
// "Liaison: Bocoup", "Chair of W3C Immersive Web CG", "Product Engineer @
// Glitch", "OSI General Manager", "CEO Neighbourhoodie Software".
func (p *parser) splitRole(s string) (title, org string, ok bool) {
	s = strings.ReplaceAll(s, " @ ", " at ")
	if i := strings.Index(s, ": "); i > 0 && isTitle(s[:i]) {
		return s[:i], strings.TrimSpace(s[i+2:]), true
	}
	if t, o, ok := p.titleOfOrg(s); ok {
		return t, o, true
	}
	if o, t, ok := p.orgThenTitle(s); ok {
		return t, o, true
	}
	return p.titleThenOrg(s)
}

// titleThenOrg splits a title run straight into its body: "CEO
// Neighbourhoodie Software", "Executive Director Amnesty International".
// The body must read as one, and not be a name or a place.
func (p *parser) titleThenOrg(s string) (title, org string, ok bool) {
	if strings.ContainsAny(s, ",;") {
		return "", "", false // parts are split at their commas, not here
	}
	f := strings.Fields(s)
	k := 0
	for k < len(f) && (isTitleWord(bare(f[k])) || k > 0 && k+1 < len(f) && (f[k] == "and" || f[k] == "&") && isTitleWord(bare(f[k+1]))) {
		k++ // "President and CEO", "Founder and Executive Director"
	}
	for k > 1 && !inSet(titleHeads, bare(f[k-1])) && !isJobHead(bare(f[k-1])) {
		k-- // "President American Family ...": the title ends at its head, not at "American"
	}
	head := k
	for k > 0 && k < len(f)-1 && postTitleModifiers[f[k]] {
		k++ // "Segretario generale CGIL", "secrétaire général FSU"
	}
	if k == 0 || k == len(f) || !inSet(titleHeads, bare(f[head-1])) && !isJobHead(bare(f[head-1])) {
		return "", "", false
	}
	title, org = strings.Join(f[:k], " "), strings.Join(f[k:], " ")
	last := bare(f[len(f)-1])
	if !startsUpper(org) && !startsWithDigit(org) || connectors[strings.ToLower(f[k])] || inSet(titleHeads, last) || isJobHead(last) ||
		isGivenName(f[k]) || isPlace(org) || isCountry(org) || isRegion(org) {
		return "", "", false
	}
	if !p.isOrgish(org) && !isAcronym(org) && len(f)-k < 2 {
		return "", "", false
	}
	return title, org, true
}

// postTitleModifiers follow a title's head in Romance languages, in lower
// case: "Segretario generale", "directeur général", "director ejecutivo".
var postTitleModifiers = wordSet(`generale général générale general nazionale national nationale nacional
esecutivo esecutiva exécutif exécutive ejecutivo ejecutiva executivo executiva adjunto adjunta adjoint adjointe
aggiunto aggiunta delegato delegata délégué déléguée regionale régional régionale regional`)

// isTitleWord reports a word of a job title: a head ("Director"), a
// modifier ("Senior"), or a field a title names ("Software", "UX").
func isTitleWord(w string) bool {
	if titleModifiers[w] || inSet(titleHeads, w) || isJobHead(w) || fieldWords[w] || demonyms[w] {
		return true
	}
	parts := strings.Split(w, "-") // "Co-Vice", "Vice-Chair"
	for _, p := range parts {
		if !titleModifiers[p] && !titleHeads[p] && !fieldWords[p] {
			return false
		}
	}
	return len(parts) > 1
}

// workHeads are titles whose "of" names a project or body the signer made
// or keeps: "maintainer of Flask", "founder of Fivnex".
var workHeads = wordSet(`maintainer co-maintainer contributor creator
co-creator author co-author founder co-founder cofounder organizer
organiser developer lead editor engineer committer hacker programmer
designer columnist correspondent reporter operator admin administrator host`)

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// reRomanceOf is "of" or "at" with an article, in Spanish, Catalan,
// French, Italian, Portuguese, German and Dutch: "Presidenta de la FAVB",
// "Coordinador d'Entrepobles", "Directrice du CNRS", "Leiter der Stiftung".
var reRomanceOf = regexp.MustCompile(`\s(?:(?:de|da|di|do)\s+(?:la|las|los|les|l['’]|el|lo|gli|le|os|as)\s*|de\s+|del\s+|della\s+|dello\s+|dei\s+|du\s+|des\s+|dos\s+|das\s+|do\s+|da\s+|na\s+|no\s+|d['’]|al\s+|a\s+la\s+|en\s+(?:la|el|l['’])\s*|en\s+|à\s+(?:la\s+|l['’])?|au\s+|aux\s+|der\s+|beim\s+|bei\s+(?:der|dem)?\s*|van\s+(?:de|het)\s+|bij\s+)`)

// reGermanOf is German "of" or "at" between a one-word title and its
// body: "Präsidentin von Brot für die Welt", "Richterin am
// Verfassungsgericht". Bodies' own names hold these words too ("Haus am
// Dom", "Bündnis von Initiativen"), so the title must be one job word.
var reGermanOf = regexp.MustCompile(`^(\p{L}+)\s(?:von|vom|am)\s+(?:der\s+|dem\s+|den\s+)?(\p{Lu}.*)$`)

// romanceBodyNouns open a body's name in lower case after a preposition:
// "de la revista Opcions", "del ayuntamiento de Sant Cugat".
var romanceBodyNouns = wordSet(`revista entidad entitat departamento departament ayuntamiento ajuntament
agrupación agrupació asociación associació fundación fundació colegio col·legi universidad universitat
université université association fondation revue journal mairie ville comune associazione fondazione
rivista università câmara associação fundação universidade prefeitura`)

// romanceTitleOf splits a title and its body joined by a preposition of
// another language: the head must be a job title in the lexicon
// ("Investigadora doctoral del CREAF"), the body must name something (a
// capital or an acronym), and the article after the preposition is left
// out as English "the" is.
func romanceTitleOf(title string) (t, org string, ok bool) {
	all := reRomanceOf.FindAllStringIndex(title, 3)
	var loc []int
	for _, l := range all {
		// a preposition before a field in lower case is the title's own
		// when a body follows further on: "Directeur de recherche à
		// l'INRAE", "Profesor de periodismo en la UAB"; a body may open in
		// lower case too: "Directora de la revista Opcions"
		if rest := strings.TrimSpace(title[l[1]:]); rest != "" && (!startsLower(rest) || romanceBodyNouns[strings.ToLower(firstWord(rest))]) {
			loc = l
			break
		}
	}
	if loc == nil && len(all) > 0 {
		loc = all[0]
	}
	if loc == nil || loc[0] == 0 {
		return "", "", false
	}
	head, rest := title[:loc[0]], strings.TrimSpace(title[loc[1]:])
	f := strings.Fields(head)
	if len(f) == 0 || len(f) > 5 || rest == "" || !isJobHead(bare(f[0])) && !isTitle(head) {
		return "", "", false
	}
	named := false
	for _, w := range strings.Fields(rest) {
		named = named || startsUpper(w) || isAcronym(w)
	}
	if !named || isPlace(rest) || isCountry(rest) || isRegion(rest) {
		return "", "", false
	}
	return head, rest, true
}

// startsWithDigit reports a name that opens with a number: "60 Plus
// Association".
func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}
