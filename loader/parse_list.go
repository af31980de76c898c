package loader

import (
	"sort"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// listText is a run-together list joined into one string, with the offset
// where each source line starts.
type listText struct {
	text   string
	starts []int // byte offset of each line in text
	lines  []int // its line number
}

// joinList joins a group's lines into one listText.
func joinList(seg []line) listText {
	var lt listText
	var j wrapJoiner
	for _, ln := range seg {
		j.add(ln.text)
		lt.starts = append(lt.starts, j.b.Len()-len(ln.text))
		lt.lines = append(lt.lines, ln.n)
	}
	lt.text = j.String()
	return lt
}

// lineOf maps a byte offset to its source line.
func (lt listText) lineOf(off int) int {
	i := sort.SearchInts(lt.starts, off+1) - 1
	return lt.lines[max(i, 0)]
}

// lineEnd reports whether offset i is the last character of a source line.
func (lt listText) lineEnd(i int) bool {
	if i >= len(lt.text)-1 {
		return true
	}
	j := sort.SearchInts(lt.starts, i+1)
	return j < len(lt.starts) && (lt.starts[j] == i+1 || lt.starts[j] == i+2)
}

// isList reports a run-together list: entries separated by semicolons, or
// by commas with more names or organizations than lines, so that entries
// run across line ends. Record-style blocks ("Name," on a line of its own)
// and numbered lists are not lists.
func (p *parser) isList(seg []line) bool {
	if len(seg) == 0 {
		return false
	}
	numbered := 0
	for _, ln := range seg {
		if _, m := stripMarker(ln.text); m {
			numbered++
		}
	}
	if numbered*2 >= len(seg) {
		return false
	}
	if isName, _ := p.nameInfo(seg[0].text); isName && len(splitTopLevel(strings.TrimRight(seg[0].text, ","), ',')) == 1 && strings.HasSuffix(seg[0].text, ",") {
		return false
	}
	lt := joinList(seg)
	pieces := splitTopLevel(lt.text, ';')
	semis := len(pieces) - 1
	if semis >= 1 && p.allStartWithNames(pieces) {
		return true
	}
	// semicolons inside entries that each open a line with a name, some
	// with none, part roles, not signers: "Name, Professor, X; Director, Y"
	if semis >= 2 && semis*2 >= len(seg) && !(p.eachLineStartsWithName(seg) && someLineWithout(seg, ";")) {
		return true
	}
	parts := splitTopLevel(lt.text, ',')
	if len(parts)-1 < 2 || (len(parts)-1)*2 < len(seg)*3 {
		return false
	}
	names, orgs := 0, 0
	afterOrg := false
	for _, pt := range parts {
		_, rest := splitHonorific(strings.TrimPrefix(pt, "and "))
		nm, tags := namePart(rest)
		switch {
		case taggedLegislator(nm, tags):
			names++
		case afterOrg && (isPlace(pt) || cityLike(pt)):
			// where the body above is: "University of North Carolina, Chapel Hill"
		case p.isPersonName(nm):
			names++
		case p.isOrgish(pt) && !isTitle(pt):
			orgs++
		}
		afterOrg = p.isOrgish(pt) && !isTitle(pt)
	}
	if names > len(seg) {
		return true
	}
	// one signer per line: "Name, Service, Title, Org.", allowing a few
	// lines whose name the lexicons miss
	other := 0
	for _, ln := range seg {
		if isName, _ := p.nameInfo(ln.text); !isName {
			other++
		}
	}
	if other == 0 || other*5 <= len(seg) && len(seg) >= 5 && !p.linesRunOn(seg) {
		return false
	}
	return orgs > len(seg)
}

// linesRunOn reports a list whose lines mostly end inside it, with the
// separator that joins them to the next: "River Network, Trout Unlimited,".
func (p *parser) linesRunOn(seg []line) bool {
	on := 0
	for _, ln := range seg[:len(seg)-1] {
		if strings.HasSuffix(ln.text, ",") || strings.HasSuffix(ln.text, ";") {
			on++
		}
	}
	return on*2 >= len(seg)-1
}

// eachLineStartsWithName reports lines that each open with a person's name.
func (p *parser) eachLineStartsWithName(seg []line) bool {
	for _, ln := range seg {
		if isName, _ := p.nameInfo(ln.text); !isName {
			return false
		}
	}
	return true
}

// someLineWithout reports a line that lacks sep.
func someLineWithout(seg []line, sep string) bool {
	for _, ln := range seg {
		if !strings.Contains(ln.text, sep) {
			return true
		}
	}
	return false
}

// allStartWithNames reports pieces that each begin with a person's name
// ("Admiral Ken Ito, USN (Ret.), ...; General Ola Brandt, ...").
func (p *parser) allStartWithNames(pieces []string) bool {
	for _, pc := range pieces {
		if isName, _ := p.nameInfo(strings.TrimPrefix(strings.TrimSpace(pc), "and ")); !isName {
			return false
		}
	}
	return true
}

// listEntry is one entry of a run-together list and its source lines.
type listEntry struct {
	text    string
	n, last int // first and last source line
}

// splitList cuts the joined text at the separator (outside parentheses)
// and at periods that end a paragraph of the list.
func splitList(lt listText, sep byte) []listEntry {
	var out []listEntry
	s := lt.text
	depth, start := 0, 0
	unclosed := unclosedBrackets(s) // a stray bracket never closed holds no entries
	cut := func(end int) {
		for start < end && (s[start] == ' ' || unclosed[start]) {
			start++ // "((Andre Desmarais": the stray mark is no part of the entry
		}
		part := s[start:end]
		if t := strings.TrimSpace(part); t != "" {
			lead := len(part) - len(strings.TrimLeft(part, " "))
			out = append(out, listEntry{text: t, n: lt.lineOf(start + lead), last: lt.lineOf(end - 1)})
		}
		start = end + 1
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case unclosed[i]:
		case c == '(' || c == '[':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth > 0:
		case c == sep:
			cut(i)
		case c == '.' && periodEnds(s, i, lt.lineEnd(i)):
			if i+1 < len(s) {
				cut(i + 1)
			}
		}
	}
	if start < len(s) {
		cut(len(s))
	}
	return out
}

// readList reads a run-together list of people or organizations.
func (p *parser) readList(seg []line, mode sigMode) {
	lt := joinList(seg)
	if hon, rest, ok := cutPluralHonorific(lt.text); ok {
		// "Reps. Mike Ross (Ark.), Jim Matheson (Utah), ...": each is a Rep.
		before := len(p.l.Signatories)
		cut := len(lt.text) - len(rest)
		lt.text = rest
		for i := range lt.starts { // each line's offset moves with the text
			lt.starts[i] = max(0, lt.starts[i]-cut)
		}
		defer p.giveHonorific(before, hon)
	}
	sep := byte(',')
	if pieces := splitTopLevel(lt.text, ';'); len(pieces) >= 3 || len(pieces) == 2 && p.allStartWithNames(pieces) {
		sep = ';'
	}
	var lead []listEntry
	if sep == ';' {
		if lead, seg = p.entryLinesBeforeRun(seg); lead != nil {
			lt = joinList(seg)
		}
	}
	entries := append(lead, splitList(lt, sep)...)
	if mode == modeAuto {
		mode = p.listMode(entries)
	}
	switch {
	case sep == ';':
		pairs := namePairs(entries)
		for _, e := range entries {
			for _, sub := range p.peopleInEntry(e, pairs) {
				p.listEntry(sub, mode)
			}
		}
	case mode == modePerson:
		p.commaPeople(entries)
	default:
		p.commaOrgs(entries)
	}
}

// entryLinesBeforeRun takes off the lines above a run of signers joined
// by semicolons that hold no semicolon and open with a name: each is an
// entry of its own, as a letter prints its first signer, with a longer
// role, on a line above the rest ("Kent Rogers, MD, County Health
// Officer" / "C. David Cambell, MD; Alex Douglass, MD; …").
func (p *parser) entryLinesBeforeRun(seg []line) (lead []listEntry, rest []line) {
	k := 0
	for k+1 < len(seg) && !strings.Contains(seg[k].text, ";") && !strings.HasSuffix(seg[k].text, ",") &&
		p.startsWithName(seg[k].text) && !endsWithConnector(seg[k].text) {
		k++
	}
	if k == 0 || strings.Count(seg[k].text, ";") < 2 || !p.startsWithName(seg[k].text) {
		return nil, seg
	}
	for _, ln := range seg[:k] {
		lead = append(lead, listEntry{text: ln.text, n: ln.n, last: ln.n})
	}
	return lead, seg[k:]
}

// pluralHonorifics head a list of people who all bear the one honorific.
var pluralHonorifics = map[string]string{"reps.": "Rep.", "sens.": "Sen.", "drs.": "Dr.", "revs.": "Rev.",
	"profs.": "Prof.", "messrs.": "Mr.", "representatives": "Rep.", "senators": "Senator"}

// cutPluralHonorific takes a plural honorific off the head of a list
// ("Reps. Mike Ross, ..."), returning it in the singular.
func cutPluralHonorific(t string) (hon, rest string, ok bool) {
	first, after, found := strings.Cut(t, " ")
	if h, known := pluralHonorifics[strings.ToLower(first)]; known && found && startsUpper(after) {
		return h, after, true
	}
	return "", t, false
}

// giveHonorific gives the signers read since index from, who have none,
// the honorific a plural at the list's head gave them all.
func (p *parser) giveHonorific(from int, hon string) {
	for i := from; i < len(p.l.Signatories); i++ {
		if s := &p.l.Signatories[i]; s.Name != "" && s.Honorific == "" {
			s.Honorific = hon
		}
	}
}

// peopleInEntry splits one semicolon-separated entry that names several
// people with commas between them ("the Rev. Ben Bortin, the Rev. George
// McClain, Rabbi Judah Newberger"): a comma part that opens with an
// honorific and a name, or a name after a name alone, starts a new entry;
// roles stay with the name before ("Rafael Garcia, pastor, Christ United
// Methodist Church"; "Director, Naval Nuclear Propulsion").
func (p *parser) peopleInEntry(e listEntry, pairs bool) []listEntry {
	t := strings.TrimPrefix(trimEntryPeriod(e.text), "and ")
	parts := splitTopLevel(t, ',')
	if len(parts) < 2 {
		return []listEntry{e}
	}
	var groups [][]string
	for i, part := range parts {
		part = strings.TrimSpace(part)
		if bare := strings.TrimPrefix(part, "and "); i > 0 && !isSuffixPart(bare) {
			isName, _ := p.nameInfo(bare)
			cur := groups[len(groups)-1]
			if isName && (hasHonorific(bare) || !(pairs && len(parts) == 2 && !givenNameFirst(bare)) && len(cur) == 1 && p.startsWithName(cur[0])) {
				groups = append(groups, []string{bare})
				continue
			}
		}
		if len(groups) == 0 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], part)
	}
	out := make([]listEntry, len(groups))
	for i, g := range groups {
		out[i] = listEntry{text: strings.Join(g, ", "), n: e.n, last: e.last}
	}
	return out
}

// givenNameFirst reports a part that opens with a given name and names no
// body: "Jane Smith" in "John Smith, Jane Smith; ..." is a second person.
func givenNameFirst(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && lexicon().given[strings.ToLower(f[0])] && !containsOrgWord(s)
}

// namePairs reports a semicolon list whose entries are mostly two parts,
// "Name, Company; Name, Company": the second part of an entry of two is
// then where the first works, even where it reads as a name ("Catalyst
// Paper").
func namePairs(entries []listEntry) bool {
	if len(entries) < 4 {
		return false
	}
	two := 0
	for _, e := range entries {
		if len(splitTopLevel(e.text, ',')) == 2 {
			two++
		}
	}
	return two*4 >= len(entries)*3
}

// listMode decides whether a list names people or organizations by which
// kind its entries' first parts are.
func (p *parser) listMode(entries []listEntry) sigMode {
	names, orgs := 0, 0
	for _, e := range entries {
		first := splitTopLevel(e.text, ',')[0]
		_, rest := splitHonorific(strings.TrimPrefix(first, "and "))
		nm, tags := namePart(rest)
		switch {
		case p.isPersonName(nm) || isPlaceholder(nm) || taggedLegislator(nm, tags):
			names++
		case p.isOrgish(first):
			orgs++
		}
	}
	if names > orgs {
		return modePerson
	}
	return modeOrg
}

// listEntry reads one semicolon-separated entry: a person with inline
// roles, or an organization kept whole with its place ("ABC Business
// Services, Illinois").
func (p *parser) listEntry(e listEntry, mode sigMode) {
	t := strings.TrimPrefix(trimEntryPeriod(e.text), "and ")
	parts := splitTopLevel(t, ',')
	person := mode == modePerson
	if !person && len(parts) > 1 {
		_, rest := splitHonorific(parts[0])
		person = p.isPersonName(rest) && isTitle(parts[1])
	}
	if person {
		if s, ok := p.person(&entry{name: logical{text: t, first: e.n, last: e.last}}); ok {
			p.l.Signatories = append(p.l.Signatories, s)
			return
		}
		if n := len(p.l.Signatories); n > 0 && p.l.Signatories[n-1].Name != "" {
			if r, ok := p.otherRole(t); ok { // one more role of the signer before
				prev := &p.l.Signatories[n-1]
				prev.OtherRoles = append(prev.OtherRoles, r)
				prev.EndLine = e.last
				return
			}
		}
		if isName, _ := p.nameInfo(t); isName || isPlaceholder(parts[0]) {
			return // an illegible signature
		}
	}
	p.addOrgSigner(t, e.n, e.last)
}

// commaPeople reads "James P. McGovern, Walter Jones, John Conyers, Jr.,
// ...": each name starts a signer; suffixes, titles and organizations
// attach to the one before.
func (p *parser) commaPeople(entries []listEntry) {
	alone := p.namesAlone(entries)
	var cur *graph.Signatory
	var org []string
	flush := func() {
		if cur != nil {
			if len(org) > 0 {
				cur.Organization = joinParts(org)
			}
			p.l.Signatories = append(p.l.Signatories, *cur)
			cur, org = nil, nil
		}
	}
	for _, e := range entries {
		t := strings.TrimPrefix(trimEntryPeriod(e.text), "and ")
		if a, b, ok := p.twoNamesJoined(t); ok { // "Gabrielle Giffords (Ariz.) and Lincoln Davis (Tenn.)"
			for _, nm := range []string{a, b} {
				flush()
				if s, ok := p.person(&entry{name: logical{text: nm, first: e.n, last: e.last}}); ok {
					cur = &s
				}
			}
			continue
		}
		if isName, _ := p.nameInfo(t); isName {
			for _, nm := range splitRunTogether(t) {
				flush()
				if s, ok := p.person(&entry{name: logical{text: nm, first: e.n, last: e.last}}); ok {
					cur = &s
				}
			}
			continue
		}
		if alone && isMononym(t) && isGivenName(t) { // "…, Mithilesh Chaturvedi, Anamika, Kaushal Tiwari, …"; not "…, Google, …"
			flush()
			cur = &graph.Signatory{Name: t, Line: e.n, EndLine: e.last, NameLine: e.n}
			continue
		}
		if cur == nil {
			if p.isOrgish(t) {
				p.addOrgSigner(t, e.n, e.last)
			}
			continue
		}
		cur.EndLine = e.last
		sfx, _ := cutParenTail(t)
		switch {
		case isSuffixPart(sfx) && cur.Title == "" && len(org) == 0 && !strings.Contains(cur.Name, ", "):
			cur.Name += ", " + sfx
		case isPostNominal(t):
			if cur.Honorific == "" {
				cur.Honorific = t
			}
		case isDropped(t):
		case isTitle(t) && cur.Title == "":
			cur.Title, cur.TitleLine = cleanTitle(t), e.n
		default:
			if cur.Organization == "" && len(org) == 0 {
				cur.OrganizationLine = e.n
			}
			org = append(org, cleanRole(t))
		}
	}
	flush()
}

// namesAlone reports a list of six entries or more that are names and
// nothing else, all but one (or one in ten): a word standing alone among them is a
// signer known by one name, not the organization of the name before.
func (p *parser) namesAlone(entries []listEntry) bool {
	if len(entries) < 6 {
		return false
	}
	names := 0
	for _, e := range entries {
		t := strings.TrimPrefix(trimEntryPeriod(e.text), "and ")
		if isName, _ := p.nameInfo(t); isName && !hasHonorific(t) {
			names++
		} else if _, _, ok := p.twoNamesJoined(t); ok {
			names++
		}
	}
	return len(entries)-names <= max(1, len(entries)/10)
}

// signerStates describe a signer without being a name: "Emerita",
// "Retired" after a name.
var signerStates = wordSet(`emerita emeritus retired retiree alumna alumnus student parent`)

// isMononym reports one capitalized word that is no title, suffix,
// post-nominal or organization word: "Anamika", "Madonna".
func isMononym(t string) bool {
	if strings.ContainsAny(t, " .()&/0123456789") || !startsUpper(t) || len([]rune(t)) < 3 || allCapitalized(t) && strings.ToUpper(t) == t {
		return false
	}
	return !isTitle(t) && !isTitleWord(bare(t)) && !signerStates[bare(t)] && !isSuffixPart(t) && !isPostNominal(t) && !containsOrgWord(t) && !isDropped(t)
}

// twoNamesJoined splits an entry of a list of names that joins two names
// by "and" or "&" ("... and Lincoln Davis"), when each half is a name.
func (p *parser) twoNamesJoined(t string) (string, string, bool) {
	for _, and := range []string{" and ", " & ", " e ", " y ", " et ", " und ", " en ", " och ", " og ", " i "} { // the "and" of the letter's language
		a, b, ok := strings.Cut(t, and)
		if !ok || strings.Contains(b, and) {
			continue
		}
		b = strings.TrimSuffix(b, ".") // "Lincoln Davis (Tenn.)."
		if and != " and " && and != " & " && !isGivenName(firstWord(b)) {
			continue // "Marta Soler i Puig", "José Ortega y Gasset": a double surname
		}
		if an, _ := p.nameInfo(a); an {
			if bn, _ := p.nameInfo(b); bn {
				return a, b, true
			}
		}
	}
	return "", "", false
}

// commaOrgs reads a comma-separated list of organizations. A place or a
// company suffix after a comma stays with the name before it
// ("Freedom of Information, Oklahoma", "Wal-Mart Stores, Inc.").
func (p *parser) commaOrgs(entries []listEntry) {
	type org struct {
		parts   []string
		n, last int
	}
	var orgs []org
	for _, e := range entries {
		t := strings.TrimPrefix(trimEntryPeriod(e.text), "and ")
		if t == "" {
			continue
		}
		if n := len(orgs); n > 0 && (isCorpSuffix(t) || isPlace(t) || isCountry(t)) {
			orgs[n-1].parts = append(orgs[n-1].parts, t)
			orgs[n-1].last = e.last
			continue
		}
		orgs = append(orgs, org{[]string{t}, e.n, e.last})
	}
	for _, o := range orgs {
		p.addOrgSigner(joinParts(o.parts), o.n, o.last)
	}
}

// splitRunTogether splits two names printed without the comma between
// them ("Ben Ray Lujan Alan Grayson") where a list of names expects one:
// at a given name that starts a second name of two or three words, after
// a first of two or three, and when both halves end in a known surname
// and the second starts with a given name. A
// name of one person ("Juan Carlos Rodríguez Pérez") has no such point.
func splitRunTogether(t string) []string {
	f := strings.Fields(t)
	if len(f) < 4 || len(f) > 6 || strings.ContainsAny(t, ",()") {
		return []string{t}
	}
	for k := 2; k <= len(f)-2; k++ {
		left, right := f[:k], f[k:]
		if len(left) > 3 || len(right) > 3 || !isGivenName(right[0]) || isInitial(right[0]) {
			continue
		}
		if !isGivenName(left[0]) || isGivenName(left[k-1]) && !isSurname(left[k-1]) {
			continue
		}
		if isSurname(left[k-1]) && isSurname(right[len(right)-1]) {
			return []string{strings.Join(left, " "), strings.Join(right, " ")}
		}
	}
	return []string{t}
}
