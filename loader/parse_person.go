package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// entry is one signature being read: its name line and the lines below.
type entry struct {
	name   logical
	roles  []logical
	run    bool // Congressional Record style: "Name," then "Title, Org."
	hasOrg bool // a role line that is an organization has been read
}

// addRole adds a line below the name, noting whether it names an
// organization (the signature is then complete).
func (e *entry) addRole(l logical) {
	e.roles = append(e.roles, l)
	t := l.text
	e.hasOrg = e.hasOrg || !isTitle(t) && !isDropped(t) && !isAddress(t, true)
}

// nameInfo tells whether a line starts with a person's name, and whether
// it surely starts a new signature (a number, an honorific, a trailing
// comma, or "Name, ..." on one line).
func (p *parser) nameInfo(text string) (isName, strong bool) {
	if r, ok := p.names[text]; ok {
		return r[0], r[1]
	}
	isName, strong = p.nameInfoUncached(text)
	if len(text) < 200 && p.columnNames == nil {
		p.names[text] = [2]bool{isName, strong}
	}
	return isName, strong
}

// nameInfoUncached is nameInfo without the cache.
func (p *parser) nameInfoUncached(text string) (isName, strong bool) {
	t, marked := stripMarker(text)
	if _, ok := surnameFirstTagged(t); ok {
		return true, true
	}
	t, contact := p.signerLine(t)
	if head, _ := cutParenTail(splitTopLevel(t, ',')[0]); isPlace(t) && !contact && !p.personNotCity(head) || isAddress(head, true) {
		return false, false
	}
	hon, rest := splitHonorific(t)
	rest = p.commaAfterName(rest, true)
	parts := splitTopLevel(strings.TrimRight(rest, ",;"), ',')
	np, tags := namePart(parts[0])
	np, _ = cutPostNominalWords(np)
	if taggedLegislator(np, tags) {
		return true, true
	}
	if isPlaceholder(np) && len(parts) > 1 && p.proxyName(parts[1]) != "" {
		return true, true
	}
	if contact && pseudonymName(np) {
		return true, true // a signer who prints an e-mail or a handle is a person
	}
	if anonymous(np) && (len(parts) == 1 || !isCorpSuffix(parts[1])) {
		return true, len(parts) > 1 // "Anonymous, Student"; not "Anonymous, Inc."
	}
	if !p.isPersonName(np) && !(hon != "" && honouredNameShape(np)) && !p.lowerCaseName(t) && !peerName(hon, np) {
		return false, false
	}
	strong = marked || hon != "" || strings.HasSuffix(t, ",") || len(parts) > 1
	return true, strong
}

// anonymous reports a signer who withheld their name; sign-up lists keep
// each such line as a signer of its own.
func anonymous(name string) bool {
	switch strings.ToLower(strings.Trim(name, " .*_")) {
	case "anonymous", "anonyme", "anónimo", "anónima", "anonimo", "anonima", "anonym", "anoniem":
		return true
	}
	return false
}

// personNotCity reports a "Name, Country" line that looks like "City,
// Country": the head is a person's name the lexicons know ("Valeria
// Navarro, Chile") and no city.
func (p *parser) personNotCity(head string) bool {
	f := strings.Fields(head)
	// "M.K.A. de Klerk, MA"; not "W. Hartford, Connecticut"
	return !isCity(head) && !isStateName(head) && (startsWithGivenName(f) || len(f) > 1 && isInitial(f[0]) && strings.Count(f[0], ".") >= 2) && p.isPersonName(head)
}

// dashAsComma reads "Jane Doe – Executive Director, ACLU" as "Jane Doe,
// Executive Director, ACLU": a dash or a bullet after a name separates it,
// and each one after it ("Jane Doe · Director · ACLU").
func (p *parser) dashAsComma(t string) string {
	for _, d := range []string{" – ", " — ", " - ", " · ", " • "} {
		if i := strings.Index(t, d); i > 0 && !strings.ContainsAny(t[:i], ",(") {
			_, name := splitHonorific(t[:i])
			if nm, post := cutPostNominalWords(name); parliamentary(post) && p.isPersonName(nm) {
				return t[:i] // "Hilary Benn MP – Leeds Central": the seat, like a legislator's state, is left out
			}
			if p.isPersonName(name) {
				if d == " · " || d == " • " {
					return strings.ReplaceAll(t, d, ", ")
				}
				return t[:i] + ", " + t[i+len(d):]
			}
		}
	}
	return t
}

// nameRunIntoTitle marks where a name ends when a title follows it with no
// comma, as text taken from a stacked signature block gives it ("Tim
// Phillips President Americans for Prosperity" reads "Tim Phillips,
// President Americans for Prosperity"): a given name, one to three more
// name words, then a word that opens a title.
func (p *parser) nameRunIntoTitle(t string) string {
	first := splitTopLevel(t, ',')[0]
	f := strings.Fields(first)
	if len(f) < 3 || strings.ContainsAny(first, "()@") || !isGivenName(f[0]) || p.isPersonName(first) {
		return t
	}
	j := p.titleAfterName(f, 0)
	if j < 0 {
		return t
	}
	return strings.Join(f[:j], " ") + ", " + strings.Join(f[j:], " ") + t[len(first):] // fields, not bytes: spaces may be doubled
}

// titleAfterName finds, in words f from i, a person's name that a title
// follows with no comma: a given name, one or two more name words, then a
// title's head or a modifier before one ("Tim Phillips President",
// "Andrew Roth Vice President"). It returns where the title starts, or -1.
// A chair named for someone ("Roy L. Furman Professor") and a body that
// opens with a given name ("Virginia Disability Campaign") are no such name.
func (p *parser) titleAfterName(f []string, i int) int {
	if i+2 >= len(f) || !isGivenName(f[i]) {
		return -1
	}
	for j := i + 2; j <= i+3 && j < len(f); j++ {
		w := bare(f[j])
		head := inSet(titleHeads, w) || titleModifiers[w] && j+1 < len(f) && inSet(titleHeads, bare(f[j+1]))
		if !head {
			if !startsUpper(f[j]) && !isInitial(f[j]) {
				return -1
			}
			continue
		}
		if namedPositionHeads[w] || orgWords[w] || !p.isPersonName(strings.TrimRight(strings.Join(f[i:j], " "), ",")) || namesAFaith(f[i:j]) {
			return -1
		}
		return j
	}
	return -1
}

// namesAFaith reports words that name a church, not a person, though a
// given name may open them: "Roman Catholic Archbishop of Armagh",
// "Greek Orthodox Metropolitan".
func namesAFaith(ws []string) bool {
	for _, w := range ws {
		if faithWords[bare(w)] {
			return true
		}
	}
	return false
}

// faithWords are the adjectives of denominations.
var faithWords = wordSet(`catholic orthodox anglican episcopal episcopalian methodist baptist
presbyterian lutheran evangelical pentecostal reformed coptic maronite`)

// namedPositionHeads are positions named for a person ("the Henry J.
// Casey Professor of Law", "Sir John Fellow"), whose name is not the
// holder's.
var namedPositionHeads = wordSet(`professor professorship chair fellow fellowship scholar
lecturer distinguished visiting endowed`)

// parliamentary reports post-nominal letters that mark a member of a
// parliament: "MP", "MSP", "MLA", "TD", "MEP".
func parliamentary(post string) bool {
	switch strings.ToUpper(strings.TrimSpace(post)) {
	case "MP", "MSP", "MLA", "MS", "TD", "MEP", "MHK", "MPP", "MNA":
		return true
	}
	return false
}

// proxyName reads "for Walter W. Norris (DC)": a signature made for someone.
func (p *parser) proxyName(part string) string {
	part = strings.TrimSpace(part)
	if !strings.HasPrefix(strings.ToLower(part), "for ") {
		return ""
	}
	if nm, _ := namePart(part[4:]); p.isPersonName(nm) {
		return nm
	}
	return ""
}

// readBlocks reads signatures written as blocks (name, title, organization
// lines) or one per line. A line starting with a name begins a new
// signature when the one being read is complete or the name is unmistakable.
func (p *parser) readBlocks(seg []line, mode sigMode) {
	p.columnNames = p.dashColumn(seg)
	defer func() { p.columnNames = nil }()
	nameList := p.bareNameList(seg)
	ls := p.mergeSigLines(seg)
	if nameList {
		ls = mergeStrong(seg) // no roles to wrap in a list of bare names
	}
	var cur *entry
	flush := func() {
		if cur != nil {
			p.addEntry(cur)
			cur = nil
		}
	}
	if start, ok := p.alternatingPairs(ls); ok && mode != modeOrg {
		for _, l := range ls[:start] {
			p.addOrgSigner(l.text, l.first, l.last) // the list was cut inside a pair
		}
		for k := start; k < len(ls); k += 2 {
			e := &entry{name: ls[k]}
			if k+1 < len(ls) {
				e.addRole(ls[k+1])
			}
			p.addEntry(e)
		}
		return
	}
	oneLine := p.oneEntryPerLine(ls) || p.columnNames != nil || nameList
	p.titleFirst = oneLine && p.titlesComeFirst(ls)
	defer func() { p.titleFirst = false }()
	for k, l := range ls {
		isName, strong := p.nameInfo(l.text)
		if isName && cur != nil && len(cur.roles) == 0 && p.bareName(cur.name.text) && (p.titleBeforeName(l.text) != l.text || p.nameByRoleOpener(l.text)) {
			isName = false // "Jane Doe" / "Managing Director Morgan Stanley", "Charles Schwab Director of Research": the role of the name above
		}
		_, marked := stripMarker(l.text)
		switch {
		case isName && (cur == nil || strong || p.entryDone(cur) || len(cur.roles) == 0 ||
			k+1 < len(ls) && isTitle(ls[k+1].text) && !isTitle(l.text)):
			flush()
			cur = &entry{name: l, run: strings.HasSuffix(l.text, ",")}
		case cur != nil && !marked && mode != modeOrg && !oneLine:
			cur.addRole(l)
		case nameList && isHandle(l.text) || cur == nil && len(ls) == 1 && handleLike(l.text):
			flush() // "meejah" among bare names: a signer known by a handle
			p.l.Signatories = append(p.l.Signatories, graph.Signatory{Name: l.text, Line: l.first, EndLine: l.last,
				Evidence: []string{"a handle in a list of names"}})
		default:
			flush()
			p.addOrgSigner(l.text, l.first, l.last)
		}
	}
	flush()
}

// alternatingPairs reports a group printed as name, body, name, body, …
// with no blank lines ("Corie Barry" / "Best Buy" / "Bob Biesterfeld" /
// "C.H. Robinson"): six lines at least from start, every other one a
// person's name with a known given name and no comma, and three in four
// of the lines between no name at all, so that a body named like a person
// is still read as the body of the name above it.
func (p *parser) alternatingPairs(ls []logical) (int, bool) {
	for start := 0; start <= 1 && start < len(ls); start++ {
		m := len(ls) - start
		if m < 6 {
			continue
		}
		if start == 1 {
			if isName, _ := p.nameInfo(ls[0].text); isName {
				continue // a signer above the pairs is read as printed
			}
		}
		ok, bodies := true, 0
		for k := start; k < len(ls) && ok; k += 2 {
			ok = p.pairName(ls[k].text)
			if k+1 == len(ls) {
				break // the last name of a list cut short
			}
			if other, _ := p.nameInfo(ls[k+1].text); !other {
				bodies++
			}
		}
		if ok && bodies*4 >= m/2*3 && bodies < m/2 {
			return start, true
		}
	}
	return 0, false
}

// pairName reports a line that is a person's name with a known given
// name, and post-nominals at most after a comma ("Craig E. Samitt, MD").
func (p *parser) pairName(t string) bool {
	parts := splitTopLevel(t, ',')
	for _, pt := range parts[1:] {
		if !isPostNominal(pt) {
			return false
		}
	}
	isName, _ := p.nameInfo(parts[0])
	return isName && !strings.Contains(parts[0], ";") && startsWithGivenName(strings.Fields(parts[0]))
}

// bareNameList reports a group of names alone, one a line, as long lists
// of individual signers print them: five lines at least, three in four of
// them a name with no comma. A lower-case line there is no wrapped role
// but an entry of its own ("meejah", "praxis journal").
func (p *parser) bareNameList(seg []line) bool {
	n, named := 0, 0
	for _, ln := range seg {
		if ln.text == "" {
			continue
		}
		n++
		if isName, _ := p.nameInfo(ln.text); isName && !strings.ContainsAny(ln.text, ",;") && len(strings.Fields(ln.text)) <= 5 {
			named++
		}
	}
	return n >= 5 && named*4 >= n*3
}

// handleLike reports one token shaped as only an online handle is: a
// word in lower case with digits ("dexX7") or a capital inside
// ("imaginaryUser"), or a symbol for a letter ("฿tcDrak").
func handleLike(t string) bool {
	rs := []rune(t)
	if len(rs) < 4 || strings.ContainsAny(t, " ,;()/") || containsOrgWord(t) || reDomain.MatchString(t) {
		return false
	}
	letters, digits, innerCap := 0, 0, false
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r):
			letters++
			innerCap = innerCap || i > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[0])
		case unicode.IsDigit(r):
			digits++
		}
	}
	// "Code2040", "Kids4Peace", "eBay": bodies' names look like this too
	return letters >= 2 && (unicode.IsLower(rs[0]) && (digits > 0 || innerCap && !isBrand(t)) || unicode.IsSymbol(rs[0]))
}

// isHandle reports one lower-case token with no organization word, such
// as a signer known by a handle prints: "meejah", "justaguy".
func isHandle(t string) bool {
	return !strings.ContainsAny(t, " ,;()") && startsLower(t) && !containsOrgWord(t) && !reDomain.MatchString(t) && utf8.RuneCountInString(t) >= 2
}

// dashColumn reads a group printed "Name - description", one signer a
// line, as crowd-typed lists are: when four in five lines and at least four
// have a short head before a spaced dash, and two in three of the heads are
// names the lexicons know, every head is a name, single or unusual ones too
// ("Aileen - Reader", "andré carrington - Critic"). It returns the heads,
// or nil.
func (p *parser) dashColumn(ls []line) map[string]bool {
	if len(ls) < 4 {
		return nil
	}
	heads := make(map[string]bool)
	n, named := 0, 0
	for _, l := range ls {
		head, ok := dashHead(l.text)
		if !ok || containsOrgWord(head) || p.isKnownOrg(head) || isTitle(head) || isPlace(head) {
			continue
		}
		n++
		heads[head] = true
		if _, name := splitHonorific(head); p.isPersonName(name) {
			named++
		}
	}
	if n < 4 || n*5 < len(ls)*4 || named*3 < n*2 {
		return nil
	}
	clear(p.names) // the cache holds what these heads were without the column
	return heads
}

// dashHead is the text before the first spaced dash of a line, when it is
// one to four words of letters with no comma or parenthesis.
func dashHead(t string) (string, bool) {
	t, _ = stripMarker(t)
	i, _ := spacedDash(t)
	if i <= 0 {
		return "", false
	}
	head := strings.TrimSpace(t[:i])
	f := strings.Fields(head)
	if len(f) == 0 || len(f) > 4 || strings.ContainsAny(head, ",()0123456789@:;") {
		return "", false
	}
	return head, true
}

// spacedDash finds the leftmost dash with a space on each side (" - ",
// " – ", " — "): its index and width, or -1.
func spacedDash(t string) (i, width int) {
	i = -1
	for _, d := range []string{" - ", " – ", " — "} {
		if k := strings.Index(t, d); k >= 0 && (i < 0 || k < i) {
			i, width = k, len(d)
		}
	}
	return i, width
}

// oneEntryPerLine reports a group in which signers print their whole
// entry on one line ("Tim North, Digital Rights Watch", "Asha Wolf,
// journalist"): most lines start with a name and hold a comma. A line
// without a name there is an organization signing, not a role of the
// line above.
func (p *parser) oneEntryPerLine(ls []logical) bool {
	if len(ls) < 4 {
		return false
	}
	n := 0
	for _, l := range ls {
		if isName, _ := p.nameInfo(l.text); isName && strings.Contains(l.text, ",") && !strings.HasSuffix(l.text, ",") {
			n++
		}
	}
	return n*5 >= len(ls)*3
}

// titlesComeFirst reports a group of one-line entries that mostly print
// "Name, Title, Organization": the title the vocabulary knows is the first
// part after the name in three of five lines that have two parts or more.
// The order then tells an unknown first part ("PGR", "Prof. Hon.") for a title.
func (p *parser) titlesComeFirst(ls []logical) bool {
	first, n := 0, 0
	for _, l := range ls {
		nl, ok := p.readNameLine(l.text)
		if !ok || len(nl.rest) < 2 {
			continue
		}
		n++
		if t := strings.TrimSpace(nl.rest[0]); isTitle(t) || isForeignTitle(t) || isFormer(t) {
			first++
		}
	}
	return n >= 4 && first*5 >= n*3
}

// entryDone reports a signature that already has its organization, or a
// Record-style one closed by a period.
func (p *parser) entryDone(e *entry) bool {
	if len(e.roles) == 0 {
		return false
	}
	if e.run { // the comma chain "Name," / "Title," / "Org." has ended
		return !strings.HasSuffix(e.roles[len(e.roles)-1].text, ",")
	}
	return e.hasOrg
}

// mergeSigLines joins wrapped lines inside signature blocks: after a
// connector, before a lower-case or "(" line, a lone word that finishes an
// organization ("Metropolitan Community / Churches"), a title wrapped
// before its noun ("Senior Legal & International / Policy Analyst"), and
// in Record-style groups any line not ended by punctuation.
func (p *parser) mergeSigLines(seg []line) []logical {
	punct := 0
	for _, ln := range seg {
		if strings.HasSuffix(ln.text, ",") || strings.HasSuffix(ln.text, ".") {
			punct++
		}
	}
	run := punct*2 >= len(seg) && len(seg) > 1
	return mergeLines(seg, func(prev string, single bool, cur string, idx int) bool {
		return p.wraps(prev, single, cur, idx > 0, run)
	})
}

// wraps decides whether cur continues the logical line ending in prev.
// notFirst is false when prev is the group's first line, which is a name.
func (p *parser) wraps(prev string, single bool, cur string, notFirst, run bool) bool {
	if _, marked := stripMarker(cur); marked {
		return false
	}
	if endsWithConnector(prev) || strings.HasPrefix(cur, "(") {
		return true
	}
	if startsLower(cur) {
		if isName, _ := p.nameInfo(cur); isName || p.lowerCaseName(cur) || isWebName(cur) {
			return false // "amandla.mobi": a body known by its web address
		}
		// a title in lower case under a whole name or role is a line of
		// its own: "Jeff Rosen" / "past Chair", "Ana Ruiz" / "executive director"
		if isTitle(cur) || isFormer(cur) {
			prevName, _ := p.nameInfo(prev)
			return !prevName && !endsWithTitleHead(prev) && !endsWithOrgHead(prev)
		}
		return true
	}
	prevName := false
	if single {
		prevName, _ = p.nameInfo(prev)
	}
	if run {
		return !prevName && !strings.HasSuffix(prev, ",") && !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ";")
	}
	if lw, ok := loneWord(cur); ok && notFirst && !inSet(titleHeads, lw) {
		if orgWords[lw] || (!prevName && !endsWithTitleHead(prev) && !endsWithOrgHead(prev)) {
			return true
		}
	}
	return notFirst && single && !prevName && isTitleish(prev) && !endsWithTitleHead(prev) &&
		!containsOrgWord(prev) && endsWithTitleHead(cur) && !containsOrgWord(cur)
}

// lowerCaseName reports a line that starts with a person's name typed in
// lower case, as online sign-up forms keep it: "david sorkin, Yale University".
func (p *parser) lowerCaseName(t string) bool {
	head := splitTopLevel(t, ',')[0]
	f := strings.Fields(head)
	if len(f) < 2 || len(f) > 3 || !strings.Contains(t, ",") {
		return false
	}
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return startsWithGivenName(f) && p.isPersonName(strings.Join(f, " "))
}

// loneWord reports a line that is one ordinary capitalized word, perhaps
// with an acronym ("Churches", "Equity (CHANGE)"), and returns it bare.
func loneWord(s string) (string, bool) {
	s, tags := cutParenTail(s)
	if len(tags) > 1 || strings.Contains(s, " ") {
		return "", false
	}
	rs := []rune(s)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) {
		return "", false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return "", false
		}
	}
	return strings.ToLower(s), true
}

// addEntry turns a read entry into a signatory.
func (p *parser) addEntry(e *entry) {
	s, ok := p.person(e)
	if ok {
		p.l.Signatories = append(p.l.Signatories, s)
	}
}

// roleItem is a candidate title, organization or address with its line.
type roleItem struct {
	text  string
	n     int
	title bool // a title already decided (a unit kept whole)
}

// person reads a signature entry: the name line (honorific, name, suffix,
// degrees, tags, proxy, inline roles) and the role lines below it.
func (p *parser) person(e *entry) (graph.Signatory, bool) {
	nl, ok := p.readNameLine(e.name.text)
	if !ok {
		return graph.Signatory{}, false
	}
	s := graph.Signatory{Name: nl.name, Honorific: nl.honorific, Line: e.name.first, EndLine: e.name.last, NameLine: e.name.first}
	inline := make([]roleItem, 0, len(nl.rest))
	for _, pk := range nl.rest {
		inline = append(inline, roleItem{text: pk, n: e.name.first})
	}
	inline, later := p.laterRoles(inline)
	var block []roleItem
	if e.run && len(e.roles) > 0 { // "Name," then "Title, Organization." over one or more lines
		roles := e.roles
		if k := firstRoleEnd(roles); k > 0 && later == nil {
			// "Former Vice Chancellor," / "X University, Delhi." / "Former
			// Professor, …": a line's full stop ends the first role
			later = []roleItem{{text: joinRoleLines(roles[k:]), n: roles[k].first}}
			roles = roles[:k]
		}
		for _, pk := range splitTopLevel(strings.TrimRight(joinRoleLines(roles), ",;"), ',') {
			inline = append(inline, roleItem{text: pk, n: roles[0].first})
		}
	} else {
		orgSeen := false
		for _, r := range e.roles {
			t := strings.TrimRight(r.text, ",;")
			if first := splitTopLevel(t, ',')[0]; orgSeen && first != t && isTitle(first) {
				// the body had its own line: "Hamilton Public Library" /
				// "Manager, Collections & Extension Services" is one title
				block = append(block, roleItem{text: t, n: r.first, title: true})
				continue
			}
			block = append(block, p.expandBlockLine(r)...)
			orgSeen = orgSeen || p.isOrgish(t) && !isTitle(t)
		}
	}
	if len(e.roles) > 0 {
		s.EndLine = e.roles[len(e.roles)-1].last
	}
	tagT, tagO := p.tagRole(nl.tags, nl.contact, e.name.first)
	inline = takePostNominals(&s, inline)
	inline, s.Period = roleParts(inline)
	inline = splitParenRoles(inline)
	p.assignRoles(&s, inline, block)
	if s.Title == "" && tagT != nil {
		p.setTitle(&s, *tagT)
		s.Evidence = append(s.Evidence, "role read from parentheses")
	}
	if s.Organization == "" && tagO != nil {
		p.setOrg(&s, *tagO)
		s.Evidence = append(s.Evidence, "role read from parentheses")
	}
	if nl.contact {
		s.Evidence = append(s.Evidence, "handle or e-mail printed")
		if !p.isPersonName(s.Name) {
			s.Evidence = append(s.Evidence, "name taken for its handle or e-mail")
		}
	}
	if nl.specialty != "" && s.Title == "" {
		s.Title = nl.specialty // a self-description, as convention 22 has it
	}
	officeAsTitle(&s)
	p.splitOfficeTitle(&s)
	p.addLaterBodies(&s, later)
	return s, true
}

// laterRoles cuts the roles of one line at a semicolon that parts a
// first role from a second one opening with its title: "Governor X, Maryland; Chair, National
// Governors Association" keeps "Maryland" and gives the rest apart
// (convention 14: the first role gives title and organization).
func (p *parser) laterRoles(parts []roleItem) (first, later []roleItem) {
	for i, it := range parts {
		head, tail, ok := strings.Cut(it.text, "; ")
		if !ok { // "Twitter. CEO, Square": a full stop ends the first role
			// the head must name a body, not an abbreviated title: "Exec. Director"
			if h, t, dot := strings.Cut(it.text, ". "); dot && len(lastWord(h)) > 3 && !isInitial(lastWord(h)+".") &&
				!roleAbbreviations[strings.ToLower(lastWord(h))] && !isTitle(h) {
				head, tail, ok = h, t, true
			}
		}
		head, tail = strings.TrimSpace(head), strings.TrimSpace(tail)
		if !ok || head == "" || tail == "" || strings.Count(head, "(") != strings.Count(head, ")") || !opensRole(splitTopLevel(tail, ',')[0]) {
			continue // "Ontocord.ai; LAION.ai" is one part: no second role follows
		}
		first = append(slices.Clone(parts[:i]), roleItem{text: head, n: it.n})
		later = append([]roleItem{{text: tail, n: it.n}}, parts[i+1:]...)
		return first, later
	}
	return parts, nil
}

// joinRoleLines joins role lines wrapped over several lines.
func joinRoleLines(roles []logical) string {
	var joined wrapJoiner
	for _, r := range roles {
		joined.add(r.text)
	}
	return joined.String()
}

// firstRoleEnd gives the index of the role line after the one whose full
// stop ends the first of several roles stacked under a name, or 0: the
// line must end a word of four letters or more that is no abbreviation
// ("Ph.D.", "Dept.", "Inc."), and the next must open a role.
func firstRoleEnd(roles []logical) int {
	for k := 0; k+1 < len(roles); k++ {
		t := strings.TrimSpace(roles[k].text)
		last := strings.TrimSuffix(lastWord(t), ".")
		if !strings.HasSuffix(t, ".") || len(last) <= 3 || strings.Contains(last, ".") || roleAbbreviations[strings.ToLower(last)] ||
			isCorpSuffix(last+".") || postNominals[strings.ToLower(last)+"."] {
			continue
		}
		if opensRole(splitTopLevel(strings.TrimSpace(roles[k+1].text), ',')[0]) {
			return k + 1
		}
	}
	return 0
}

// opensRole reports the part after a semicolon opens a role of its own: a
// title, or a role no longer held ("former IAB"), however it goes on.
func opensRole(s string) bool {
	return isTitle(s) || isFormer(s)
}

// nextTitle gives the index of the first part from i that is a title, or
// len(parts).
func nextTitle(parts []roleItem, i int) int {
	for ; i < len(parts); i++ {
		if parts[i].title || isTitle(parts[i].text) {
			return i
		}
	}
	return len(parts)
}

// roleAbbreviations end with a point inside a title or a body's name
// ("Exec. Director", "Assoc. Professor", "Dept. of Labor"): no role ends there.
var roleAbbreviations = wordSet(`exec assoc asst dept univ admin mgmt inst intl natl govt dist
coord prof prin supt comm corp`)

// addLaterBodies keeps the bodies of roles after the first as
// affiliations: the last part of each that names a body.
func (p *parser) addLaterBodies(s *graph.Signatory, later []roleItem) {
	for i := len(later) - 1; i >= 0; i-- {
		t := cleanRole(later[i].text)
		if p.isOrgish(t) && !isTitle(t) && t != s.Organization {
			s.Affiliations = append(s.Affiliations, t)
			return
		}
	}
}

// officeAsTitle makes a state's or a city's office printed before the
// name ("Mayor Eric Adams" / "City of X, ST") the signer's title, as
// convention 20 has it printed after ("Mayor, City of Gary"); a courtesy
// or a rank stays an honorific.
func officeAsTitle(s *graph.Signatory) {
	if s.Title == "" && stateOffices[strings.ToLower(strings.TrimSpace(s.Honorific))] {
		s.Title, s.Honorific = s.Honorific, ""
		s.Evidence = append(s.Evidence, "a state's or city's office before the name is the title")
	}
	if stateOffices[strings.ToLower(s.Title)] && s.Organization == "" && s.Address != "" && isPlace(s.Address) {
		// the city or state the office belongs to: "Mayor X" / "New York City, NY"
		s.Organization, s.OrganizationLine, s.Address = s.Address, s.TitleLine, ""
	}
}

// takePostNominals moves degrees, a rank and its service printed after a
// Record-style "Name," line ("CMSgt, USAFR (RET), Executive Director.")
// to the honorific, unless a prefix already gave one.
func takePostNominals(s *graph.Signatory, parts []roleItem) []roleItem {
	var post []string
	k := 0
	for ; k < len(parts); k++ {
		t := strings.TrimSpace(parts[k].text)
		switch {
		case isPostNominal(t) || isRank(t):
			post = append(post, t)
		case isServiceBranch(t) && len(post) > 0 && isRank(post[len(post)-1]):
			post = append(post, t)
		default:
			goto done
		}
	}
done:
	if len(post) == 0 || k == len(parts) {
		return parts
	}
	if s.Honorific == "" {
		s.Honorific = strings.Join(post, ", ")
	}
	return parts[k:]
}

// reNameFootnote is a footnote mark after a name ("Chris Mihm*, National
// Academy"), which a note elsewhere explains: no part of the name.
var reNameFootnote = regexp.MustCompile(`^([\p{L}.'’ -]*\p{L}\.?)[*†‡]+(,|\s*$)`)

// cutEpiscopalSignature drops a bishop's signature printed before the typed
// name: a cross, the Christian name and the see in capitals ("+ TONY
// WAKEFIELD The Rt Revd Tony Robinson, Bishop of Wakefield").
func cutEpiscopalSignature(t string) string {
	rest, ok := strings.CutPrefix(t, "+")
	if !ok {
		rest, ok = strings.CutPrefix(t, "✠")
	}
	if !ok {
		return t
	}
	f := strings.Fields(rest)
	for i := 1; i <= 3 && i < len(f); i++ {
		if !isAllCaps(f[i-1]) {
			break
		}
		if typed := strings.Join(f[i:], " "); startsWithHonorific(typed) {
			return typed // the capitals are the signature, the typed name follows
		}
	}
	return strings.TrimSpace(rest) // "+ NAACP Legal Defense Fund": a bullet, or a cross alone
}

// startsWithHonorific reports a name that opens with an honorific: "The Rt
// Revd Tony Robinson".
func startsWithHonorific(s string) bool {
	hon, _ := splitHonorific(s)
	return hon != ""
}

// courtesyTags are courtesy titles printed in parentheses after a name,
// in the place a position would take ("Hamish Clarke (Dr)"): honorifics.
var courtesyTags = map[string]bool{"Dr": true, "Dr.": true, "Drs.": true, "Rev.": true, "Hon.": true, "Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true}

// nameLine is a signature's first line taken apart.
type nameLine struct {
	honorific, name string
	tags            []string // parentheticals after the name: "(IL)", "(past Chair, ...)"
	rest            []string // comma parts after the name: roles
	contact         bool     // an e-mail address or handle was printed with it
	specialty       string   // what a post-nominal's parentheses name: "M.D. (Family Medicine)"
}

// isSpecialty reports a doctor's field in parentheses after "M.D.":
// capitalized words, not a place, a pronoun or a status ("(she/her)",
// "(Boston)", "(Ret.)").
func isSpecialty(tag string) bool {
	first := bare(firstWord(tag))
	return startsUpper(tag) && !strings.Contains(tag, "/") && !isPlace(tag) && !isStateName(tag) && !isPlace(strings.Trim(firstWord(tag), ",")) &&
		first != "ret" && first != "retired" && first != "candidate" && first != "emeritus"
}

// readNameLine reads "Hon. Name, Jr., Ph.D. (IL), Title, Organization"
// and a proxy signature "Paul H. ___, for Walter W. Norris (DC)", which
// is recorded as the office-holder's.
func (p *parser) readNameLine(text string) (nameLine, bool) {
	t, _ := stripMarker(text)
	if nm, ok := surnameFirstTagged(t); ok {
		return nameLine{name: nm}, true // the legislator's tag is dropped, as a state is
	}
	t, contact := p.signerLine(t)
	hon, rest := splitHonorific(t)
	rest = p.commaAfterName(rest, true)
	parts := splitTopLevel(strings.TrimRight(rest, ",;"), ',')
	nl := nameLine{honorific: hon, contact: contact}
	nl.name, nl.tags = namePart(parts[0])
	if len(nl.tags) > 0 && nl.honorific == "" {
		first, rest, _ := strings.Cut(nl.tags[0], ",")
		if first = strings.TrimSpace(first); courtesyTags[first] { // "Hamish Clarke (Dr, University of X)"
			nl.honorific = first
			if rest = strings.TrimSpace(rest); rest != "" {
				nl.tags = append([]string{rest}, nl.tags[1:]...)
			} else {
				nl.tags = nl.tags[1:]
			}
		}
	}
	var honours string
	nl.name, honours = cutPostNominalWords(nl.name)
	var post []string
	k := 1
	for ; k < len(parts); k++ {
		pk := strings.TrimSpace(parts[k])
		if sfx, tg := cutParenTail(pk); isSuffixPart(sfx) && len(post) == 0 && !strings.Contains(nl.name, ", ") {
			nl.name += ", " + sfx // "John Conyers, Jr."
			nl.tags = append(nl.tags, tg...)
		} else if sfx, tg := cutParenTail(pk); len(tg) > 0 && isPostNominal(sfx) && len(post) == 0 && isSpecialty(tg[0]) {
			post = append(post, sfx) // "M.D. (Internal Medicine)": the specialty in parentheses is the title
			nl.specialty = strings.Join(tg, ", ")
		} else if isPostNominal(pk) || isRank(pk) {
			if b := strings.TrimSuffix(pk, "."); b != pk && !postNominals[strings.ToLower(pk)] && (postNominals[strings.ToLower(b)] || b == "DO") {
				pk = b // "MD." at the end of a list: the full stop is the list's
			}
			post = append(post, pk)
		} else if isServiceBranch(pk) && k < len(parts)-1 {
			if len(post) > 0 && isRank(post[len(post)-1]) {
				post = append(post, pk) // "CMSgt, USAFR (RET)": rank and service
			} // a service alone is not kept
		} else if pn := p.proxyName(pk); pn != "" {
			nl.name = pn
			_, nl.tags = namePart(pk[4:])
		} else {
			break
		}
	}
	if honours != "" {
		post = append([]string{honours}, post...)
	}
	if nl.honorific == "" {
		nl.honorific = strings.Join(post, ", ")
	}
	nl.rest = parts[k:]
	return nl, !isPlaceholder(nl.name) && (p.isPersonName(nl.name) || nl.honorific != "" && honouredNameShape(nl.name) || taggedLegislator(nl.name, nl.tags) ||
		peerName(hon, nl.name) ||
		contact && pseudonymName(nl.name) || p.lowerCaseName(t) || anonymous(nl.name) && (len(nl.rest) == 0 || !isCorpSuffix(nl.rest[0])))
}

// signerLine puts a signer's line in the "Name, role, ..." shape both
// the name test and the name reader work on: contacts taken off, a dash
// or a run-in title made a comma, a title printed before the name moved
// after it. It reports whether a handle or an e-mail was printed.
func (p *parser) signerLine(t string) (string, bool) {
	if loc := reQuotedComment.FindStringIndex(t); loc != nil && loc[0] > 0 {
		t = t[:loc[0]] // "Jessica Purdy – Trinity College Dublin: ‘As a student, I …’": the signer's comment
	}
	t, contact := stripContacts(t)
	t = p.dashAsComma(t)
	t = p.nameRunIntoTitle(t)
	return p.titleBeforeName(t), contact
}

// reQuotedComment is a comment a signer of an online list added after a
// colon, in quotation marks.
var reQuotedComment = regexp.MustCompile(`:\s*[‘“"'](?:[^‘’“”"'\s]+\s+){3,}.*$`) // four words at least: not "Host: “Harbor Hour”"

// formerOfficeThenName reads a past office printed before the name, as
// lists of former office-holders print them: "Former Prime Minister
// (Norway) Thorvald Stoltenberg", "Former Foreign Minister Hans van den
// Broek (co-chair)" give "Name, Former ...". The name is the words from
// the first given name on, two to five of them; a tag after it stays
// after it.
func (p *parser) formerOfficeThenName(t string) (string, bool) {
	if !isPastRole(t) {
		return "", false
	}
	if i := strings.LastIndex(t, ") "); i > 0 && strings.Contains(t[:i], "(") {
		// "Former Prime Minister (Norway) Thorvald Stoltenberg": the office's
		// place in parentheses ends it, whatever the given name
		if name := strings.TrimRight(t[i+2:], ",."); p.nameAfterOffice(name) {
			return name + ", " + firstPastRole(t[:i+1]), true
		}
	}
	head, tags := cutParenTail(t)
	f := strings.Fields(head)
	for k := max(2, len(f)-5); k <= len(f)-2; k++ {
		if !isGivenName(f[k]) || isTitleWord(bare(f[k])) || afterPreposition(f[k-1]) {
			continue // "Former Governor of Virginia Terry McAuliffe": a place follows "of"
		}
		name := strings.Join(f[k:], " ")
		if !p.isPersonName(name) {
			return "", false
		}
		out := name + ", " + firstPastRole(strings.Join(f[:k], " "))
		for _, tg := range tags {
			out = name + " (" + tg + ")" + out[len(name):]
		}
		return out, true
	}
	return "", false
}

// nameByRoleOpener reports a line read as a name only because a role's
// opener follows its first words ("Charles Schwab Director of Research"):
// under a name with no role yet, such a line is that signer's role, a
// company named like a person.
func (p *parser) nameByRoleOpener(t string) bool {
	_, rest := splitHonorific(t)
	_, with := p.nameThenFormer(rest, true)
	_, without := p.nameThenFormer(rest, false)
	return with && !without
}

// bareName reports a name line that prints no role.
func (p *parser) bareName(t string) bool {
	_, rest := splitHonorific(strings.TrimRight(t, ", "))
	_, split := p.nameThenFormer(rest, true)
	return !strings.ContainsAny(rest, ",;(") && !split
}

// commaAfterName puts back the comma a list left out after a name, before
// a role: capsSurnameComma's surname in capitals, or a past office; with
// roles, also before a role's opener ("President").
func (p *parser) commaAfterName(t string, roles bool) string {
	if r, ok := p.nameThenFormer(t, roles); ok {
		return r
	}
	return capsSurnameComma(t)
}

// nameThenFormer puts the comma a list left out between a name and the
// past office or the role after it: "Dante Caputo Former Foreign Minister
// of Argentina". "Former" opens no name, so the name ends before it.
func (p *parser) nameThenFormer(t string, roles bool) (string, bool) {
	f := strings.Fields(t)
	for k := 2; k <= 4 && k < len(f); k++ {
		if strings.ContainsAny(f[k-1], ",;(") {
			return "", false // the name has ended already
		}
		if _, _, local := localOffice(strings.Join(f[k:], " ")); !local && f[k] != "Former" && f[k] != "FORMER" && !(roles && roleOpeners[strings.TrimRight(f[k], ",")] && k+1 < len(f)) {
			continue // "Alison Doe Albany County Legislator": a county's office
		}
		if name := strings.Join(f[:k], " "); p.isPersonName(name) || p.nameAfterOffice(name) && isGivenName(f[0]) {
			return name + ", " + strings.Join(f[k:], " "), true
		}
		return "", false
	}
	return "", false
}

// roleOpeners open a role, capitalized, and never a name's word: after a
// name with no comma ("Janai Nelson President and Director-Counsel …")
// the name ends before them. Not "Professor" or "Chair": a chair named
// for a person ("Mark Claster Mamolen Professor of Law") has a name
// before its title.
var roleOpeners = wordSet(`Chairman Chairwoman Chairperson Founder Co-Founder Co-founder
President Vice-President Director Executive CEO Secretary Minister`)

// placeOfficeThenName turns a city's office printed with its town before
// the name ("Park Rapids Mayor Nancy Carroll (President of …)") into
// "Nancy Carroll, Park Rapids Mayor; President of …".
func (p *parser) placeOfficeThenName(t string) (string, bool) {
	head, tags := cutParenTail(t)
	f := strings.Fields(head)
	for j := 1; j < len(f)-1 && j <= 4; j++ {
		if !cityOffices[strings.ToLower(f[j])] || !cityPlace(strings.Join(f[:j], " ")) {
			continue
		}
		name := strings.Join(f[j+1:], " ")
		if !p.isPersonName(name) && !p.nameAfterOffice(name) {
			return "", false
		}
		out := name + ", " + strings.Join(f[:j+1], " ")
		for _, tg := range tags {
			if opensRole(tg) {
				out += "; " + tg // the office first: a role in parentheses comes after it
			}
		}
		return out, true
	}
	return "", false
}

// nameAfterOffice reports two to four capitalized words, none of them a
// title's, as a name printed after an office.
func (p *parser) nameAfterOffice(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || containsOrgWord(s) {
		return false
	}
	for _, w := range f {
		if isTitleWord(bare(w)) || strings.ContainsAny(w, "()") || !startsUpper(w) && !particles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// afterPreposition reports a word after which a place or a body comes,
// not a name: "of", "to", "for", "in".
func afterPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "of", "to", "for", "in", "at", "on", "the":
		return true
	}
	return false
}

// titleBeforeName turns a title printed before a name on the name's line
// ("Executive Director Chuck Wexler", its body on the line below) into
// "Chuck Wexler, Executive Director". The words before the name must all
// be title words and the name two words or more that are no title.
// Honorifics ("Chief", "Mayor") are left to splitHonorific.
func (p *parser) titleBeforeName(t string) string {
	first, rest, _ := strings.Cut(t, ",")
	f := strings.Fields(first)
	if r, ok := p.formerOfficeThenName(first); ok {
		if rest != "" {
			return r + "," + rest
		}
		return r
	}
	if r, ok := p.placeOfficeThenName(first); ok {
		if rest != "" {
			return r + "," + rest
		}
		return r
	}
	if len(f) < 4 || len(f) > 8 || hasHonorific(first) {
		return t
	}
	if !isTitleWord(bare(f[0])) {
		return t
	}
	for k := 2; k <= len(f)-2; k++ {
		if !isTitleWord(bare(f[k-1])) {
			return t // the title ended before a name began
		}
		title, name := strings.Join(f[:k], " "), strings.Join(f[k:], " ")
		if allTitleWords(f[:k]) && isTitle(title) && !isTitleWord(bare(f[k])) && p.isPersonName(name) {
			if rest != "" {
				return name + ", " + title + "," + rest
			}
			return name + ", " + title
		}
	}
	return t
}

// capsSurnameComma marks where a name printed with its surname in
// capitals ends, when a role follows without a comma ("Manon AUBRY The
// Left group in the European Parliament" gives "Manon AUBRY, The Left
// ..."): given names, then surnames in capitals, then the rest.
func capsSurnameComma(s string) string {
	f := strings.Fields(s)
	if len(f) < 3 || strings.Contains(f[0], ",") || !isNameWord(f[0], false) {
		return s
	}
	i := 1
	for i < len(f) && isNameWord(f[i], false) && !isAllCaps(f[i]) && i < 3 { // more given names
		i++
	}
	for _, w := range f[:i] {
		if strings.HasSuffix(w, ",") {
			return s // the name already ends at a comma
		}
	}
	j := i
	for j < len(f) && isAllCaps(strings.TrimSuffix(f[j], ",")) && len([]rune(strings.Trim(f[j], ",."))) >= 2 && !strings.ContainsAny(f[j], "()") &&
		!isInitial(strings.TrimSuffix(f[j], ",")) { // "Ben J.P. Janssen": initials, the surname still to come
		j++
	}
	if j == i || j == len(f) || strings.HasSuffix(f[j-1], ",") || !startsUpper(f[j]) && !startsLower(f[j]) {
		return s
	}
	return strings.Join(f[:j], " ") + ", " + strings.Join(f[j:], " ")
}

// honouredNameShape reports a name that an honorific or office before it
// vouches for though the name alone is unsure: a surname in capitals
// ("MEP Piernicola PEDICINI"), or initials printed without points
// ("Governor JB Pritzker", "Rep. TJ Cox").
func honouredNameShape(s string) bool {
	return capsNameShape(s) || undottedInitialsName(s)
}

// undottedInitialsName reports two or three capitals, then one or two
// name words not in capitals: "JB Pritzker", "AJ Van Dyke".
func undottedInitialsName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	if n := len(f[0]); n < 2 || n > 3 || strings.Trim(f[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	for _, w := range f[1:] {
		if isAllCaps(w) || !isNameWord(w, false) {
			return false
		}
	}
	return true
}

// capsNameShape reports a name with its surname in capitals: one or two
// given names, then one or two words in capitals ("Piernicola PEDICINI").
// A rank before it ("MEP", "Dr.") vouches that it is a name.
func capsNameShape(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || !isNameWord(f[0], false) || isAllCaps(f[0]) {
		return false
	}
	caps := 0
	for _, w := range f[1:] {
		switch {
		case isAllCaps(w) && len([]rune(w)) >= 2:
			caps++
		case caps == 0 && isNameWord(w, false):
		default:
			return false
		}
	}
	return caps > 0
}

// isAllCaps reports a word in capitals: "AUBRY", "VON".
func isAllCaps(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isTeamRole reports a place in a project's team: "Core team", "Mod
// team", "Library team lead", "Devtools co-lead".
func isTeamRole(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	switch f[len(f)-1] {
	case "lead", "co-lead", "colead":
		return !startsUpper(strings.Fields(s)[len(f)-1]) // "Team Lead" may name a company
	case "team":
		return len(f) == 2 // "Core team"; "Google security team" names a body's team
	}
	return false
}

// reDisclaimer opens a note on the capacity a signer signs in, not a
// role: "not signing on behalf of ...", "in a personal capacity".
var reDisclaimer = regexp.MustCompile(`^(?:not (?:signing|speaking|representing)|in (?:a |my |their |his |her )?(?:personal|individual) capacity|speaking (?:only )?for|for identification)`)

// tagRole takes a role from a parenthetical after the name: a title
// ("(past Chair, President Barack Obama)"), an organization ("(Friends of
// the Earth)"), or a list of affiliations of which the first is read
// ("(Debian Project, GNOME Foundation)", "(Co-Chair, W3C Technical
// Architecture Group)"). State codes, party tags, places, handles and
// nicknames give nothing.
func (p *parser) tagRole(tags []string, contact bool, n int) (title, org *roleItem) {
	for _, tg := range tags {
		if d, w := spacedDash(tg); d > 0 && reDisclaimer.MatchString(strings.TrimSpace(tg[d+w:])) {
			tg = strings.TrimSpace(tg[:d]) // "(GCC, Binutils — not signing on behalf of the Steering Committee)": the aside is a note
		}
		items := p.joinUnits(affiliationItems(tg))
		// one word in parentheses is a nickname, unless a handle was
		// printed too ("Alan Diggs (Schykle)"; "Matt Cowley, @MattIPv4 (cdnjs)")
		nickname := len(items) == 1 && !contact && (isNickname(items[0]) || isOneWordAlias(items[0])) && !p.recurringTag(items[0]) &&
			!isTitle(items[0]) && !isForeignTitle(items[0]) && !callingWord(items[0]) // "(socióloga)" is what she does
		if len(items) == 0 || isPlace(tg) || isStateName(tg) || isCountry(tg) || isRegion(tg) || isPartyTag(tg) || nickname {
			continue
		}
		first := items[0]
		if isSelfDescription(first) {
			return &roleItem{text: first, n: n}, nil // "Vim plugins", "immersive web tools"
		}
		if t, o, ok := p.splitRole(first); ok && !isFormer(first) {
			return &roleItem{text: t, n: n}, &roleItem{text: o, n: n}
		}
		switch {
		case isHonour(tg):
			return &roleItem{text: strings.TrimSpace(tg), n: n}, nil // "(Nobel Physics 2001)", "(Chemistry 1981)"
		case isFormer(first) || isTitle(first) || isForeignTitle(first) || callingWord(first):
			title = &roleItem{text: first, n: n}
			if !isFormer(first) && len(items) > 1 && !isTitle(items[1]) && !isPlace(items[1]) {
				org = &roleItem{text: items[1], n: n} // "Co-Chair, W3C Technical Architecture Group"
			}
		case len(items) == 1 && isTeamRole(first):
			return &roleItem{text: first, n: n}, nil // "(Core team)", "(Compiler team co-lead)": a place in a project, no body
		default:
			org = &roleItem{text: first, n: n}
			if len(items) > 1 && isTitle(items[1]) && isUnitRole(items[1]) {
				title = &roleItem{text: items[1], n: n} // "Conservancy, Evaluation Committee Chair"
			}
		}
		return title, org
	}
	return nil, nil
}

// reParty is a party and state tag: "D-CA", "R–TX", "I-VT", "D-NY-14",
// "D-GA, 4th",
// or a state and district with no party: "WA-07", "NY-AL".
var reParty = regexp.MustCompile(`^[DRILG]\s*[-–—]\s*[A-Z]{2}(?:\s*[-–—,]\s*(?:\d{1,2}(?:st|nd|rd|th)?|AL))?$|^[A-Z]{2}\s*[-–—]\s*(?:\d{1,2}|AL)$|^(?:Dem|Rep|Ind|Lab|Con|LD|SNP|Grn)\.?[,\s–-]`)

// isPartyTag reports a legislator's party and state: "D-IL", "R–TX–7",
// "Dem., Ill." and with the state as newspapers abbreviate it, "D-Mont.",
// "R-Maine", "I-Minn.".
func isPartyTag(s string) bool {
	if reParty.MatchString(s) {
		return true
	}
	m := rePartyState.FindStringSubmatch(strings.TrimSpace(s))
	return m != nil && isStateName(m[1])
}

// rePartyState is a party letter and a state as newspapers abbreviate it.
var rePartyState = regexp.MustCompile(`^[DRIL]\s*[-–—]\s*([A-Z][A-Za-z. ]{1,20}?\.?)$`)

// affiliationItems splits a parenthetical into its affiliations, at
// semicolons, then commas; handles and aliases are left out.
func affiliationItems(tag string) []string {
	var out []string
	for _, semi := range splitTopLevel(tag, ';') {
		for _, it := range reAffiliationSep.Split(semi, -1) {
			it = strings.TrimSpace(strings.Trim(it, "`*"))
			low := strings.ToLower(it)
			if it == "" || strings.HasPrefix(it, "@") || strings.HasPrefix(low, "aka ") || strings.HasPrefix(low, "previously ") || strings.Contains(it, "@") && !strings.Contains(it, " ") {
				continue
			}
			out = append(out, it)
		}
	}
	return out
}

// reAffiliationSep separates affiliations: commas, and slashes with a
// space beside them ("DigitalOcean/ Kubernetes contributor").
var reAffiliationSep = regexp.MustCompile(`\s*,\s*|\s*/\s+|\s+/\s*`)

// recurringTag reports a parenthetical printed after two signers or more:
// a word several people share is where they work ("(Linaro)"), not an
// alias. In a letter whose signers mostly share such words (a third of
// them printed more than once), each printing where they work, a word
// printed once is an employer too ("(Oracle)").
func (p *parser) recurringTag(w string) bool {
	if p.tagCounts == nil {
		p.tagCounts = make(map[string]int)
		for _, ln := range p.lines {
			for _, m := range reOneWordTag.FindAllStringSubmatch(ln.text, -1) {
				p.tagCounts[m[1]]++
			}
		}
		shared, most, printed, inShared := 0, 0, 0, 0
		for _, c := range p.tagCounts {
			if c >= 2 {
				shared++
				inShared += c
			}
			most = max(most, c)
			printed += c
		}
		// a third of what is printed in parentheses is shared: where people work
		p.employerTags = (shared >= 2 || most >= 3) && inShared*3 >= printed
	}
	return p.tagCounts[w] >= 2 || p.employerTags && p.tagCounts[w] == 1
}

var reOneWordTag = regexp.MustCompile(`\(([^()\s]+)\)`)

// isOneWordAlias reports a capitalized word in parentheses with no
// evidence of a body: a nickname when no handle is printed.
func isOneWordAlias(s string) bool {
	return !strings.Contains(s, " ") && !isAcronym(s) && !reDomain.MatchString(s) && !orgWords[bare(s)]
}

// descriptionNouns describe what a signer works on rather than where:
// "(Vim plugins)", "(small but mighty Ruby OSS projects)".
var descriptionNouns = wordSet(`projects project plugins plugin tools tool
contributions packages libraries apps things stuff gems modules scripts
bots websites webpages sites themes extensions`)

// isSelfDescription reports an affiliation that describes the signer's
// work instead of naming a body: it starts in lower case with several
// words, or names its work with a common plural.
func isSelfDescription(s string) bool {
	ws := wordsOf(s)
	if len(ws) == 0 {
		return false
	}
	if startsLower(s) && len(ws) >= 2 && !reDomain.MatchString(s) {
		return true
	}
	return descriptionNouns[ws[len(ws)-1]] && !containsOrgWord(s)
}

// isNickname reports a parenthetical that is a nickname: one word in lower
// case or in code quotes ("(vidak)", "(`xistence`)").
func isNickname(s string) bool {
	return !strings.Contains(s, " ") && startsLower(s) && !reDomain.MatchString(s) && !isBrand(s)
}

// isOccupation reports a few words that say what the signer does and
// name no body: the last is a job's head noun ("Chartered Accountant",
// "Software Professional") or a practitioner's ("Astrophysicist",
// "Independent Feminist", "Film Maker").
func (p *parser) isOccupation(s string) bool {
	ws := wordsOf(s)
	if len(ws) == 0 || len(ws) > 4 || ws[0] == "the" || containsOrgWord(s) || p.isKnownOrg(s) || isPlace(s) || isCountry(s) || slices.ContainsFunc(strings.Fields(s), isAcronym) {
		return false
	}
	last := ws[len(ws)-1]
	return isJobHead(last) || inSet(titleHeads, last) ||
		len(last) > 5 && strings.HasSuffix(last, "ist") || strings.HasSuffix(last, "maker")
}

// isHonour reports a distinction printed after a name: an award named
// ("Nobel Physics 2001", "Fields Medalist", "Abel Prize 2017"), or a
// field and the year it was won in, as a list of laureates prints it
// ("Chemistry 1981", "Physiology/Medicine 1987").
func isHonour(s string) bool {
	if reHonour.MatchString(s) && !containsOrgWord(s) {
		return true
	}
	m := reFieldYear.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(m[1]), func(r rune) bool { return r == '/' || r == ' ' || r == '&' }) {
		if !prizeFields[w] && !connectors[w] {
			return false
		}
	}
	return true
}

// prizeFields are the fields prizes are given in.
var prizeFields = wordSet(`physics chemistry medicine physiology economics economic sciences literature peace
biology mathematics`)

var (
	reHonour    = regexp.MustCompile(`^(?:Nobel|Pulitzer|Fields|Abel|Turing|Wolf|Kyoto)\b.{0,30}(?:\b(?:Prize|Laureate|Medal(?:ist)?)|\d{4})$|^[^,]{0,40}\b(?:Laureate|Prize(?: winner)?|Medal(?:ist)?)(?: \d{4})?$`)
	reFieldYear = regexp.MustCompile(`^(\p{Lu}[\p{L}/& ]{2,40}?) (?:19|20)\d\d$`)
)

// isPastRole reports a role printed as no longer held: "Former Secretary",
// "ex-GitHub employee". An emeritus or a retired teacher still names a
// current body.
func isPastRole(s string) bool {
	first := firstWord(strings.TrimSpace(s))
	w := strings.ToLower(first)
	return w == "former" || strings.HasPrefix(w, "ex-") || reGluedEx.MatchString(first) && isTitleWord(strings.ToLower(strings.Split(first[2:], "-")[0]))
}

// reGluedEx is "ex" glued to the office it was: "ExPrime", "ExVice-President".
var reGluedEx = regexp.MustCompile(`^[Ee]x\p{Lu}\p{Ll}`)

// reAndPastRole joins a second, past role to the first: "Former Minister
// and Former Vice-Prime Minister", "… and ExPrime Minister (Italy)".
var reAndPastRole = regexp.MustCompile(`\s+and\s+((?i:former\s|ex-)|[Ee]x\p{Lu}\p{Ll})`)

// firstPastRole cuts an office at a second past role joined by "and",
// giving the first and the rest after a semicolon, as convention 14 reads
// several roles: the first gives the title.
func firstPastRole(office string) string {
	if loc := reAndPastRole.FindStringIndex(office); loc != nil {
		return office[:loc[0]] + "; " + strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(office[loc[0]:]), "and"))
	}
	return office
}

// isFormer reports a past role, kept whole as a title: "Former member of
// the FSF board", "ex-GitHub employee", "past Chair".
func isFormer(s string) bool {
	w := strings.ToLower(firstWord(strings.TrimSpace(s)))
	return isPastRole(s) || w == "past" || w == "retired" || w == "emeritus"
}

// isUnitRole reports a role in a unit of a body: "Evaluation Committee
// Chair", "Board Member".
func isUnitRole(s string) bool {
	for _, w := range wordsOf(s) {
		if unitWords[w] || w == "board" || w == "council" {
			return true
		}
	}
	return false
}

// expandBlockLine splits a block line "Title, Organization"; a title that
// names a unit of the letter's own organization stays whole.
func (p *parser) expandBlockLine(l logical) []roleItem {
	t := strings.TrimRight(l.text, ",;")
	parts := splitTopLevel(t, ',')
	if n := len(parts); n >= 2 && !isTitle(parts[0]) && isTitle(parts[n-1]) && !isPlace(t) { // "ACLU of Texas, Executive Director"
		return []roleItem{{text: parts[n-1], n: l.first}, {text: strings.Join(parts[:n-1], ", "), n: l.first}}
	}
	if len(parts) < 2 || !isTitle(parts[0]) || isPlace(t) {
		return []roleItem{{text: t, n: l.first}}
	}
	rest := strings.Join(parts[1:], ", ")
	if isDropped(rest) && !bodyInCountry(rest) {
		return []roleItem{{text: parts[0], n: l.first}}
	}
	if p.isUnitOfOwn(rest) {
		return []roleItem{{text: t, n: l.first, title: true}}
	}
	return []roleItem{{text: parts[0], n: l.first}, {text: rest, n: l.first}}
}

// contextOrg is the organization the letter itself speaks for.
func (p *parser) contextOrg() string {
	for _, o := range []string{p.onBehalf, p.letterheadOrg(), p.fromOrg, p.bodyOrg} {
		if o != "" {
			return o
		}
	}
	return ""
}

// letterheadOrg is the letterhead, for letters (an open statement's header
// names its publisher, not the signers' organization).
func (p *parser) letterheadOrg() string {
	if p.l.Salutation == "" && len(p.l.Recipients) == 0 {
		return ""
	}
	return p.letterhead
}

// isUnitOfOwn reports a part that names a unit of the letter's own
// organization ("National Economic Commission" under The American Legion).
func (p *parser) isUnitOfOwn(s string) bool {
	ctx := p.contextOrg()
	return ctx != "" && isUnitPhrase(s) && normOrg(s) != normOrg(ctx) && !p.isKnownOrg(s)
}

// assignRoles decides title, organization, affiliations and address. Parts
// from one comma-separated line split at the first comma ("Title, Org"),
// or read "Org, Title" when only the last part is a title; block lines
// give the first title and then organizations, extra ones as affiliations.
func (p *parser) assignRoles(s *graph.Signatory, inline, block []roleItem) {
	inline = p.keepRoles(s, inline)
	block = p.keepRoles(s, block)
	p.assignInline(s, inline)
	for i, it := range block {
		// a role in another language, or words about the signer, on the
		// line under the name: "Chercheur en informatique", "Restauradora"
		described := i == 0 && s.Title == "" && (isForeignTitle(it.text) || p.describesPerson(it.text))
		isT := it.title || isTitle(it.text) || described
		switch {
		case isT && s.Title == "" && (s.Organization == "" || !p.isOrgish(it.text) || it.title || endsWithTitleHead(it.text)):
			p.setTitle(s, it)
		case isT && s.Organization == "" && !it.title && p.isOrgish(it.text) && !endsWithTitleHead(it.text):
			p.setOrg(s, it)
		case isT:
			// a second role: the first is kept
		case s.Organization == "":
			p.setOrg(s, it)
		default:
			s.Affiliations = append(s.Affiliations, cleanRole(it.text))
		}
	}
}

// assignInline reads the comma parts of one line. The first title part is
// the title and the parts after it, up to a second role (not kept), are
// its organization ("President, American Maritime Officers"); with none
// after it, the parts before it are ("Rappler, Nobel Peace Prize
// Laureate", "USA (Ret.), Former Commanding General").
func (p *parser) assignInline(s *graph.Signatory, parts []roleItem) {
	parts = p.splitDashedRoles(parts)
	if t, ok := selfDescriptions(parts); ok {
		p.setTitle(s, t) // "writer, graphic designer, activist" gives "writer"
		s.Evidence = append(s.Evidence, "title is a self-description")
		return
	}
	k := -1
	for i, it := range parts {
		if it.title || isTitle(it.text) || isFormer(it.text) || isForeignTitle(it.text) {
			k = i
			break
		}
	}
	switch {
	case len(parts) == 0:
	case k >= 0 && parts[k].title && k+1 < len(parts) && !parts[k+1].title:
		p.setTitle(s, parts[k]) // "Platform lead (Harbor Transit Authority)", split before
		p.setOrg(s, parts[k+1])
	case k < 0 && p.titleFirst && len(parts) >= 2 && p.titleByOrder(parts[0].text):
		p.setTitle(s, parts[0])
		p.setOrg(s, joinItems(parts[1:]))
		s.Evidence = append(s.Evidence, "title by the order of the group's lines")
	case k < 0 && len(parts) >= 2 && p.roleBeforeBody(parts):
		p.setTitle(s, parts[0]) // "développeur/webmestre, Direction des systèmes d'information, Université de Lille"
		p.setOrg(s, joinItems(parts[1:]))
		s.Evidence = append(s.Evidence, "a description of the signer before a body")
	case k < 0 && len(parts) == 1 && p.describesPerson(parts[0].text):
		p.setTitle(s, parts[0]) // "Comunicadora feminista", "Ecopacifista"
		s.Evidence = append(s.Evidence, "a description of the signer, no body named")
	case k < 0 && len(parts) == 1 && p.titleRunIntoBody(parts[0]):
		t, o, _ := p.titleThenOrg(parts[0].text) // "Secretary Edinburgh Stop the War Coalition"
		p.setTitle(s, roleItem{text: t, n: parts[0].n})
		p.setOrg(s, roleItem{text: o, n: parts[0].n})
		s.Evidence = append(s.Evidence, "a title run into its body")
	case k < 0 && len(parts) >= 2 && inSet(titleHeads, bare(strings.Fields(parts[0].text)[0])) && strings.Contains(parts[0].text, " of ") &&
		p.isOrgish(parts[len(parts)-1].text):
		// "Professor Emeritus and Co-Director of the Volatility Institute,
		// New York University": a title naming a unit, then the body
		p.setTitle(s, parts[0])
		p.setOrg(s, joinItems(parts[1:]))
		s.Evidence = append(s.Evidence, "a title naming a unit, then its body")
	case k < 0 && len(parts) == 1 && p.isOccupation(parts[0].text):
		p.setTitle(s, parts[0]) // "Film Maker", "Chartered Accountant", "Astrophysicist"
		s.Evidence = append(s.Evidence, "an occupation, no body named")
	case k < 0:
		p.setOrg(s, joinItems(parts))
	case k == 0 && isPastRole(parts[0].text) && nextTitle(parts, 1) >= len(parts)-1:
		// convention 22: a past role stays whole, its body in it
		// ("Former Secretary, Ministry of Electronics"): no current body
		p.setTitle(s, joinItems(parts))
		s.Evidence = append(s.Evidence, "a former role kept whole")
	case k == 0 && isPastRole(parts[0].text):
		// "Former Ambassador to Chile, Senior Fellow, Brookings": the current
		// role after the former one, with its body, gives title and body
		j := nextTitle(parts, 1)
		p.setTitle(s, parts[j])
		p.setOrg(s, joinItems(parts[j+1:]))
	default:
		p.setTitle(s, parts[k])
		j := k + 1
		for j < len(parts) && !isTitle(parts[j].text) && !isFormer(parts[j].text) {
			j++
		}
		if j == k+1 && j+1 < len(parts) && isUnitPhrase(joinItems(parts[j+1:]).text) {
			// "Governor, Chair, Education ... Committee": an office and a
			// committee role held with it make one title
			p.setTitle(s, joinItems(parts[k:]))
			return
		}
		if j == k+1 {
			if k > 0 {
				p.setOrg(s, joinItems(parts[:k]))
			} else if body, ok := p.bodyAfterRoles(parts[j:]); ok {
				// "Co-founder, CEO, EdSurge": the body both roles are held at
				p.setOrg(s, body)
			}
			return
		}
		if allLowerDescriptions(parts[k+1 : j]) {
			return // "Author, reviewer, reader": further roles, no body
		}
		rest := joinItems(parts[k+1 : j])
		if p.isUnitOfOwn(rest.text) || isRegion(rest.text) { // "Chair, Employment Committee"; "Commander, Atlantic"
			s.Title = cleanRole(s.Title + ", " + rest.text)
			return
		}
		p.setOrg(s, rest)
	}
}

// titleRunIntoBody reports a role printed as a title and its body with no
// comma between, where the body names itself as one: "Chair Tower Hamlets
// Solidarity campaign".
func (p *parser) titleRunIntoBody(it roleItem) bool {
	_, o, ok := p.titleThenOrg(it.text)
	return ok && (containsOrgWord(o) || p.isOrgish(o) || isAcronym(o))
}

// splitDashedRoles parts "Director – Riverside Institute" at its dash
// into a title and a body, as a comma would, when the left side is a title.
func (p *parser) splitDashedRoles(parts []roleItem) []roleItem {
	var out []roleItem
	for _, it := range parts {
		i, w := spacedDash(it.text)
		if i > 0 {
			l, r := it.text[:i], strings.TrimSpace(it.text[i+w:])
			if isTitle(l) && !p.isOrgish(l) && r != "" {
				if j, _ := spacedDash(r); j < 0 { // one dash: "Director – Riverside Institute"
					out = append(out, roleItem{text: l, n: it.n}, roleItem{text: r, n: it.n})
					continue
				}
			}
		}
		out = append(out, it)
	}
	return out
}

// roleBeforeBody reports a first part that the vocabulary does not know
// as a title but that describes the signer in running words
// ("développeur/webmestre", "ATER en sociologie"), followed by parts of
// which one names a body: the first is the title.
func (p *parser) roleBeforeBody(parts []roleItem) bool {
	first := parts[0].text
	f := strings.Fields(first)
	if len(f) == 0 || len(f) > 6 || containsOrgWord(first) || p.isKnownOrg(first) || reDomain.MatchString(first) ||
		isPlace(first) || isCountry(first) {
		return false
	}
	body := false
	for _, it := range parts[1:] {
		body = body || containsOrgWord(it.text) || p.isKnownOrg(it.text)
	}
	if !body {
		return false
	}
	if particles[strings.ToLower(f[0])] {
		return false // "van Oppen": the rest of a name
	}
	if startsLower(first) {
		return true
	}
	lower, upper := 0, 0
	for _, w := range f[1:] {
		switch {
		case connectors[strings.ToLower(w)]:
		case startsLower(w):
			lower++
		default:
			upper++
		}
	}
	return lower > 0 && lower >= upper
}

// describesPerson reports words about the signer that name no body: no
// organization word, known name, acronym, web address or place, and either
// running words in lower case ("Comunicadora feminista", "independent
// researcher") or a first word made like a calling ("Ecopacifista",
// "Ambientóloga").
func (p *parser) describesPerson(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 12 || p.isOrgish(t) || isPlace(t) || isCountry(t) || reDomain.MatchString(t) {
		return false
	}
	lower := 0
	for i, w := range f {
		if isAcronym(strings.Trim(w, "(),.")) {
			return false
		}
		if i > 0 && startsLower(w) && !connectors[strings.ToLower(w)] {
			lower++
		}
	}
	return lower > 0 || callingWord(f[0])
}

// callingWord reports a word whose ending makes it a calling in Romance
// languages: "-ista" (activista, feminista), "-ólogo/-óloga" (ambientóloga).
func callingWord(w string) bool {
	w = strings.ToLower(bare(w))
	for _, sfx := range []string{"ista", "istas", "ólogo", "óloga", "òleg", "òloga", "ologo", "ologa", "ologue", "ologe", "ologin"} {
		if strings.HasSuffix(w, sfx) && len(w) > len(sfx)+2 {
			return true
		}
	}
	return false
}

// titleByOrder reports a first part that may be a title where the group's
// order puts one: no organization, place or country.
func (p *parser) titleByOrder(t string) bool {
	if p.isOrgish(t) || isPlace(t) || isCountry(t) || isRegion(t) || len(strings.Fields(t)) > 8 {
		return false
	}
	for _, w := range strings.Fields(t) { // some word of a title: "Prof. Hon.", "A/Prof", "Max Planck Director"
		b := bare(w)
		if inSet(titleHeads, b) || titleModifiers[b] || isJobHead(b) || strings.Contains(b, "prof") {
			return true
		}
	}
	return false
}

// bodyAfterRoles finds the body named after a run of roles: the first
// part that is no title, when it names an organization.
func (p *parser) bodyAfterRoles(parts []roleItem) (roleItem, bool) {
	m := 0
	for m < len(parts) && (isTitle(parts[m].text) || isForeignTitle(parts[m].text)) {
		m++
	}
	if m == len(parts) || isFormer(parts[m].text) || !p.isOrgish(parts[m].text) && !isAcronym(strings.Fields(parts[m].text)[0]) && !reDomain.MatchString(parts[m].text) {
		return roleItem{}, false
	}
	return parts[m], true
}

// isForeignTitle reports a title in a language whose job titles put the
// head noun first, found in the job lexicon: "Periodista", "Investigador
// del Instituto ...", "Profesora de filosofía".
func isForeignTitle(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || containsOrgWord(f[0]) {
		return false
	}
	if len(f) <= 4 && strings.IndexFunc(s, isCyrillic) >= 0 {
		// "Системный администратор", "Главный ИТ-инженер": a Slavic
		// title's head is its first word that is no adjective
		h := bare(slavicHead(f))
		if i := strings.LastIndexByte(h, '-'); i >= 0 {
			h = h[i+1:]
		}
		return isJobHead(h)
	}
	w := bare(f[0])
	return len(w) >= 5 && isJobHead(w) && !titleHeads[w] && (len(f) == 1 || startsLower(f[1]) || reRomanceOf.MatchString(" "+strings.Join(f[1:], " ")) ||
		len(f) == 2 && reRomanceAdjective.MatchString(f[1]))
}

// reRomanceAdjective is an adjective after a Romance title's head, which
// signature blocks capitalize: "Vicerrector Académico", "Director
// Ejecutivo", "Secretaria Técnica".
var reRomanceAdjective = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:ico|ica|ivo|iva|ario|aria|ero|era|ista|ale|al|ial|ente)$`)

// isCyrillic reports a letter of the Cyrillic script.
func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// selfDescriptions reads role parts that all describe the signer in lower
// case ("writer, graphic designer, activist", "documentary filmmaker"):
// the first is the title, as the first of several roles is (convention
// 14). A body is named in capitals.
func selfDescriptions(parts []roleItem) (roleItem, bool) {
	if len(parts) == 0 {
		return roleItem{}, false
	}
	for _, it := range parts {
		if !lowerDescription(it.text) {
			return roleItem{}, false
		}
	}
	return parts[0], true
}

// lowerDescription reports words about the signer in lower case
// ("reviewer", "slush reader"): no brand, web address or organization
// word, which a body in lower case ("praxis journal") has.
func lowerDescription(t string) bool {
	t = strings.TrimPrefix(strings.TrimSpace(t), "and ")
	f := strings.Fields(t)
	return len(f) > 0 && startsLower(t) && !isBrand(f[0]) && !reDomain.MatchString(t) && !connectors[strings.ToLower(f[0])] &&
		!containsOrgWord(t)
}

// allLowerDescriptions reports parts that all describe the signer in
// lower case.
func allLowerDescriptions(parts []roleItem) bool {
	for _, it := range parts {
		if !lowerDescription(it.text) {
			return false
		}
	}
	return len(parts) > 0
}

// keepRoles drops parts stored nowhere and moves addresses aside.
func (p *parser) keepRoles(s *graph.Signatory, items []roleItem) []roleItem {
	var out []roleItem
	addr := []string{s.Address}
	office := stateOffices[strings.ToLower(strings.TrimSpace(s.Honorific))] // a place is then the office's city or state
	for _, it := range items {
		office = office || stateOffices[strings.ToLower(strings.TrimSpace(it.text))]
	}
	for _, it := range items {
		it.text = stripStatus(strings.TrimSpace(it.text))
		if m := reForBody.FindStringSubmatch(it.text); m != nil && !isTitle(m[1]) {
			it.text = m[1] // "on behalf of the Third World Network (TWN)"
		}
		if head, org, ok := p.titleWithBody(it.text); ok { // "Software Engineer (CompliMind)"
			out = append(out, roleItem{text: head, n: it.n, title: true})
			if org != "" {
				out = append(out, roleItem{text: org, n: it.n})
			}
			continue
		}
		switch {
		case len(addr) > 1 && isPlace(it.text): // the city line of a street address
			addr = append(addr, strings.TrimRight(it.text, ". "))
		case len(out) > 0 && (out[len(out)-1].title || isTitle(out[len(out)-1].text)) && bodyInCountry(it.text):
			out = append(out, it) // after a title, "Inria, France" is the body and its country
		case isPlace(it.text) && len(out) > 0 && !isTitle(out[len(out)-1].text) && p.isOrgish(out[len(out)-1].text):
			out = append(out, it) // where the body is: "University of California, Berkeley"
		case office && isPlace(it.text) && (!isCountry(it.text) || isStateName(it.text)): // a territory too: "Guam"
			out = append(out, it) // "Mayor X" / "New York City, NY" (convention 20)
		case it.text == "" || isDropped(it.text) || isPlaceholder(it.text):
		case isRankHonorific(s.Honorific) && isRetired(it.text): // "Chief Jane Doe, Retired": the rank's status, as "(Ret.)" is
		case len(out) == 0 && isCountry(it.text) && !isServiceBranch(it.text): // "Valeria Navarro, Chile": where, not who
		case len(out) == 0 && !office && isPlace(it.text) && strings.Contains(it.text, ","): // "Chief Ramon Batista" / "Mesa, Ariz." (convention 26)
		case isAddress(it.text, true):
			addr = append(addr, strings.TrimRight(it.text, ". "))
		default:
			out = append(out, it)
		}
	}
	s.Address = joinParts(addr)
	return out
}

// isRankHonorific reports a military or police rank before a name, whose
// holders retire from it: "General", "Lt. Col.", "Chief", "Sheriff".
func isRankHonorific(h string) bool {
	for _, w := range wordsOf(h) {
		if rankWords[strings.TrimSuffix(w, ".")] {
			return true
		}
	}
	return false
}

var rankWords = wordSet(`general gen admiral adm colonel col major maj captain capt
lieutenant lt commander cmdr cdr sergeant sgt corporal cpl private ensign brigadier brig
marshal chief sheriff undersheriff constable inspector superintendent commissioner`)

// isRetired reports a role part that only says the signer has retired.
// Alone after a plain name it describes the signer ("Alon Marcus,
// Retired") and is kept as the title; after a rank it is the rank's.
func isRetired(s string) bool {
	low := strings.ToLower(strings.Trim(s, " .,;()"))
	return low == "retired" || low == "ret"
}

// bodyInCountry reports "X, Country" where X is no city the lexicon
// knows: "Inria, France", "Politecnico di Torino, Italy" (not "Lausanne,
// Switzerland").
func bodyInCountry(s string) bool {
	parts := splitTopLevel(s, ',')
	if len(parts) != 2 {
		return false
	}
	body, country := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	return isCountry(country) && !isStateName(country) && startsUpper(body) && !isCity(body) && !isCountry(body) && !isRegion(body)
}

// titleWithBody splits a title with its body in parentheses, as sign-up
// lists print it: "Software Engineer (CompliMind)". A place, a party or a
// status such as "(Self)" or "(Higher Education)" names no body.
func (p *parser) titleWithBody(t string) (title, org string, ok bool) {
	head, tags := cutParenTail(t)
	if len(tags) != 1 || head == "" || !(isTitle(head) || isForeignTitle(head)) || isFormer(head) {
		return "", "", false
	}
	if _, _, of := p.titleOfOrg(head); of {
		return "", "", false // "Investigador del Instituto de Ciencias del Mar (CSIC)": the body is named before
	}
	tag := strings.TrimSpace(tags[0])
	if disciplines[strings.ToLower(tag)] {
		return "", "", false // "Nobel Laureate (Physics)": a field, no body
	}
	if noBody[strings.ToLower(tag)] {
		return head, "", true // "Developer (Self)"
	}
	if tag == "" || startsLower(tag) || isPlace(tag) || isStateName(tag) || isCountry(tag) || isRegion(tag) || isPartyTag(tag) || isDropped(tag) {
		return "", "", false
	}
	return head, tag, true
}

// disciplines are fields a title may name in parentheses.
var disciplines = wordSet(`physics chemistry medicine physiology economics
literature peace mathematics biology history law philosophy sociology
psychology engineering computer_science`)

// noBody are what sign-up forms put where a body would go.
var noBody = map[string]bool{"self": true, "self-employed": true, "freelance": true, "freelancer": true, "independent": true,
	"retired": true, "student": true, "unemployed": true, "personal capacity": true, "in a personal capacity": true,
	"higher education": true, "private sector": true, "public sector": true, "none": true, "n/a": true}

// reForBody is a role that says whom the signer signs for: "on behalf of
// the Third World Network", "representing Oxfam".
var reForBody = regexp.MustCompile(`(?i)^(?:on behalf of|representing|for|speaking for|signing for)\s+(?:the\s+)?(\S.*)$`)

// joinItems joins comma parts back into one role, at the first one's line.
func joinItems(items []roleItem) roleItem {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = it.text
	}
	return roleItem{text: strings.Join(parts, ", "), n: items[0].n}
}

// setTitle and setOrg record a role with its source line.
func (p *parser) setTitle(s *graph.Signatory, it roleItem) {
	s.Title, s.TitleLine = cutPartyTag(strings.TrimRight(cleanRole(it.text), "! ")), it.n // "reader and fan!"
}

// reTrailingParty is a party and state printed after an office:
// "deputado federal PT-SP", "deputada estadual PT/SE".
var reTrailingParty = regexp.MustCompile(`\s+[A-Z]{2,6}\s?[-/–]\s?[A-Z]{2}$`)

// cutPartyTag removes a trailing party–state tag from a title, as the
// parenthesized "(R-TX)" is removed, when what is left is still a title.
func cutPartyTag(t string) string {
	loc := reTrailingParty.FindStringIndex(t)
	if loc == nil {
		return t
	}
	if head := t[:loc[0]]; (isTitle(head) || isForeignTitle(head)) && !endsWithConnector(head) {
		return head
	}
	return t
}

func (p *parser) setOrg(s *graph.Signatory, it roleItem) {
	if o := p.firstOfJoinedBodies(cleanRole(it.text)); o != "" {
		s.Organization, s.OrganizationLine = o, it.n
	}
}

// firstOfJoinedBodies keeps the first of two bodies joined by "and", as
// the first of several roles is kept: "University of California, Berkeley
// and University of Southern California". Both halves must name a body,
// so "Law and Economics Center" stays whole.
func (p *parser) firstOfJoinedBodies(o string) string {
	a, b, ok := strings.Cut(o, " and ")
	if !ok || strings.Contains(b, " and ") || strings.Contains(b, ",") {
		return o // "School of A and School of B, University of C": units of one body
	}
	head := splitTopLevel(a, ',')[0]
	// one word alone names no body: "Center for Internet and Society"
	if containsOrgWord(head) && containsOrgWord(b) && startsUpper(b) && len(strings.Fields(b)) >= 2 && orgWords[strings.ToLower(bare(strings.Fields(b)[0]))] {
		return strings.TrimSpace(a)
	}
	return o
}

// splitKnownOrgTitles reads "Mozilla Fellow" as title Fellow at Mozilla
// when the letter (or the caller) knows Mozilla as an organization.
func (p *parser) splitKnownOrgTitles() {
	letterOrgs := make(map[string]bool)
	for _, s := range p.l.Signatories {
		if s.Organization != "" {
			letterOrgs[normOrg(s.Organization)] = true
		}
	}
	for i := range p.l.Signatories {
		s := &p.l.Signatories[i]
		if s.Organization != "" || s.Title == "" {
			continue
		}
		f := strings.Fields(s.Title)
		for k := 1; k < len(f) && k <= 6; k++ {
			pre, rest := strings.Join(f[:k], " "), strings.Join(f[k:], " ")
			if (letterOrgs[normOrg(pre)] || p.isKnownOrg(pre)) && isTitle(rest) && !isTitleWord(bare(f[k-1])) {
				s.Organization, s.Title, s.OrganizationLine = pre, rest, s.TitleLine
				break
			}
		}
	}
}

// assignContextOrgs gives the letter's own organization to the signers
// who lack one: everyone under an "On behalf of X" line; otherwise only
// bare titles that make sense only inside it (not "U.S. Senator").
func (p *parser) assignContextOrgs() {
	ctx := ""
	for _, o := range []string{p.letterheadOrg(), p.fromOrg, p.bodyOrg} {
		if o != "" {
			ctx = o
			break
		}
	}
	for i := range p.l.Signatories {
		s := &p.l.Signatories[i]
		if s.Name == "" || s.Organization != "" {
			continue
		}
		switch {
		case p.onBehalf != "":
			s.Organization = p.onBehalf
			s.Evidence = append(s.Evidence, "organization from an on-behalf-of line")
		case p.membersOf != "":
			s.Organization = p.membersOf
			s.Evidence = append(s.Evidence, "organization from a lead-in naming the body its members sign for")
		case ctx != "" && s.Title != "" && !selfContained(s.Title) && !namesOtherBody(s.Title):
			s.Organization = ctx
			s.Evidence = append(s.Evidence, "organization from the letter's own body")
		}
	}
}

// namesOtherBody reports a title tied to a government or a past post
// ("Former Deputy U.S. Chief Technology Officer"), not to the letterhead.
func namesOtherBody(title string) bool {
	low := " " + strings.ToLower(title) + " "
	for _, w := range []string{" u.s. ", " u.s ", " united states ", " former ", " federal "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// assignContactOrg gives the one organization named in a contact block to
// the person signers who have none ("Erik Josefsson / Brussels
// representative" above "Contact information: ... FFII e.V. ...").
func (p *parser) assignContactOrg() {
	org, n := "", 0
	for _, ln := range p.contact {
		t := strings.TrimSpace(ln.text)
		if t == "" || strings.HasSuffix(t, ":") || isAddress(t, true) || isPlace(t) || isTitle(t) {
			continue
		}
		if isName, _ := p.nameInfo(t); isName || !p.isOrgish(t) {
			continue
		}
		if normOrg(t) != normOrg(org) {
			org, n = cleanRole(t), n+1
		}
	}
	if n != 1 {
		return
	}
	for i := range p.l.Signatories {
		if s := &p.l.Signatories[i]; s.Name != "" && s.Organization == "" {
			s.Organization = org
		}
	}
}

// splitParenRoles reads a role printed with its body in parentheses,
// "Tech lead (NHS England)", "CTO (AIP, Paloma)" (the first body is kept,
// as the first role is), and a body alone in parentheses, "(Boring
// Magic)". A place, a party, a status or a period in parentheses is none.
func splitParenRoles(items []roleItem) []roleItem {
	var out []roleItem
	for _, it := range items {
		m := reParenBody.FindStringSubmatch(strings.TrimSpace(it.text))
		if m == nil || isFormer(it.text) && placeInParens(m[2]) {
			out = append(out, it) // a past role stays whole, its place too: "Former President (Irland)"
			continue
		}
		if m == nil {
			out = append(out, it)
			continue
		}
		head, inner := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
		body := strings.TrimSpace(splitTopLevel(inner, ',')[0])
		// "Director de Fundipau (Fundació per la Pau)", "Investigador del
		// Instituto ... (IEM)": the parentheses name the body named before them
		namesBody := containsOrgWord(head) || reOfAny.MatchString(head)
		titled := isTitle(head) || isForeignTitle(head) || len(strings.Fields(head)) <= 5 && allTitleWords(strings.Fields(head)) // "Platform lead"
		if !isParenBody(body, inner) || head != "" && (!titled || namesBody) {
			out = append(out, it)
			continue
		}
		if head != "" {
			out = append(out, roleItem{text: head, n: it.n, title: true})
		}
		out = append(out, roleItem{text: body, n: it.n})
	}
	return out
}

// placeInParens reports what parentheses after a role hold when it is the
// role's country or place: a known one, or one capitalized word that is no
// acronym and names no body ("Irland" as a German page spells it).
func placeInParens(inner string) bool {
	inner = strings.TrimSpace(inner)
	if isCountry(inner) || isPlace(inner) || isStateName(inner) {
		return true
	}
	return !strings.ContainsAny(inner, " ,") && startsUpper(inner) && !isAcronym(inner) && !containsOrgWord(inner)
}

var reParenBody = regexp.MustCompile(`^(.*?)\s*\(([^()]+)\)$`)

// isParenBody reports what a role's parentheses hold when it is the body
// the role is held at.
func isParenBody(body, inner string) bool {
	return body != "" && startsUpper(body) && !isPlace(body) && !isCountry(body) && !isStateName(body) && !isRegion(body) &&
		!disciplines[strings.ToLower(body)] &&
		!isTitle(body) && !isFormer(body) && !isPartyTag(inner) && !isDescription(inner) &&
		!strings.ContainsAny(inner, "0123456789") && !isNoneCell(body) && !selfEmployed[strings.ToLower(body)]
}

// selfEmployed are what a role's parentheses say when there is no body.
var selfEmployed = wordSet(`self self-employed freelance freelancer independent retired personal private volunteer`)

// joinUnits keeps a unit with the body it belongs to, which a comma
// separates from it in parentheses: "(School of Mathematics and
// Statistics, UNSW Sydney)" is one affiliation, "(Mozilla, Rust)" two.
func (p *parser) joinUnits(items []string) []string {
	var out []string
	for i := 0; i < len(items); i++ {
		it := items[i]
		if i+1 < len(items) && isAcademicUnit(it) && p.isOrgish(items[i+1]) && !isAcademicUnit(items[i+1]) {
			it += ", " + items[i+1]
			i++
		}
		out = append(out, it)
	}
	return out
}

// isAcademicUnit reports a part of a larger body: "School of ...",
// "Dept of ...", "Climate Change Research Centre" (an institute or a
// group may stand alone, and is not taken for one).
func isAcademicUnit(s string) bool {
	ws := wordsOf(s)
	if len(ws) < 2 {
		return false
	}
	return unitHeads[ws[0]] && len(ws) > 2 && ws[1] == "of" || unitTails[ws[len(ws)-1]]
}

var (
	unitHeads = wordSet(`school department dept faculty college division`) // "School of ..."
	unitTails = wordSet(`centre center department laboratory lab`)         // "... Research Centre"
)
