package loader

import (
	"html"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/coalition-graph/coalition/graph"
)

// Options carries evidence from outside the letter.
type Options struct {
	// KnownOrganizations are names already in the graph or in an analysts'
	// aliases file. A known name is read as an organization, never as a
	// person or a title. For many letters, build Organizations once instead.
	KnownOrganizations []string
	// Organizations is an index of known organization names, shared by the
	// parses of a load (NewOrganizationIndex).
	Organizations OrganizationIndex
	// Confidence rates the signatories; nil uses the model fitted to the
	// answer files (confidence_model.json).
	Confidence *ConfidenceModel
}

// Parse reads a plain-text sign-on letter. name is used in errors and as
// the letter's Source.
func Parse(name string, r io.Reader) (*graph.Letter, error) {
	b, err := readLimited(name, r)
	if err != nil {
		return nil, err
	}
	if err := checkText(name, b); err != nil {
		return nil, err
	}
	return ParseWith(name, string(b), Options{})
}

// InternalError opens the error of a letter the parser failed on through
// a fault of its own, which is a bug to report with the letter.
const InternalError = "internal error in the parser (please report it with this letter)"

// ParseText is Parse for a letter already in memory.
func ParseText(name, text string) (*graph.Letter, error) {
	return ParseWith(name, text, Options{})
}

// ParseWith parses text using opt as extra evidence.
func ParseWith(name, text string, opt Options) (l *graph.Letter, err error) {
	if err := checkText(name, []byte(text)); err != nil {
		return nil, err
	}
	defer func() {
		// a bug met on one letter is that letter's error, not the end of a
		// load of thousands; FuzzParse fails on it all the same
		if r := recover(); r != nil {
			l, err = nil, errorf(name, 0, "%s: %v", InternalError, r)
		}
	}()
	p := newParser(name, text, opt)
	p.parse()
	if len(p.l.Signatories) == 0 {
		return nil, errorf(name, p.l.Lines["closing"], "no signatures found")
	}
	p.rateSignatories(opt.Confidence)
	return p.l, nil
}

// line is one source line, numbered from 1. text is trimmed and has its
// non-breaking spaces made plain; raw keeps the layout for column detection.
type line struct {
	n    int
	text string
	raw  string
	to   toMark // in a memo header: part of a "To:" field
	// cells are a table row's cells, when the line is one (a Markdown
	// table, or a table copied with tabs between its cells).
	cells []string
	// heading is a Markdown heading ("## Read the Letter"): a part's
	// name, never an addressee.
	heading bool
}

// toMark tells the address reader that a header line came from a memo's
// "To:" field: its first line opens a recipient, the others continue it.
type toMark int8

const (
	toNone toMark = iota
	toFirst
	toMore
)

// parser holds one letter's lines, what is known about organizations, and
// the organizations the letter speaks for, while it fills the Letter.
type parser struct {
	file  string
	known map[string]bool   // organizations this letter names
	index OrganizationIndex // organizations known before it
	lines []line
	l     *graph.Letter

	letterhead string // organization printed above the date
	fromOrg    string // a memo's From: organization
	bodyOrg    string // organization the body speaks for
	onBehalf   string // "On behalf of X," above or below the closing
	membersOf  string // the body a "Signed by the following members of X:" lead-in names
	contact    []line // a contact block below the signatures

	regionBy    string         // what opened the signatures: "closing", "heading", ...
	skipped     map[int]string // lines read as no signer, and why (for --explain)
	lay         layout         // where the parts lie, as found
	titleLine   int            // a title line above a letter with no salutation
	salutations []string       // salutations stacked above the last one
	headerCC    []line         // a memo's "Cc:" field above the salutation

	titleFirst   bool           // the group being read prints "Name, Title, Organization"
	tagCounts    map[string]int // one-word parentheticals and how often each is printed
	employerTags bool           // signers share one-word parentheticals: they name employers

	names       map[string][2]bool // nameInfo of lines already seen
	columnNames map[string]bool    // heads of a "Name - description" group being read: all names
	personNames map[string]bool    // isPersonName of strings already judged
}

func newParser(name, text string, opt Options) *parser {
	p := &parser{file: name, known: make(map[string]bool), index: opt.Organizations, names: make(map[string][2]bool), skipped: make(map[int]string),
		personNames: make(map[string]bool)}
	for _, k := range opt.KnownOrganizations {
		p.addKnown(k)
	}
	p.lines = numberedWithoutStop(splitRunOnOpenings(splitCountryRuns(splitRosterRuns(splitBulletRuns(trailingBarsCut(splitHTMLBreaks(splitLines(text), text)))))))
	p.cutOtherPosts()
	p.cutFrontMatter(text)
	p.l = &graph.Letter{
		Source:      name,
		Text:        text,
		Lines:       make(map[string]int),
		Recipients:  []graph.Party{},
		CC:          []graph.Party{},
		Signatories: []graph.Signatory{},
	}
	return p
}

// reBareNumber is a list number printed with no stop after it: "1 Bass,
// Karen (D-CA, 33rd)".
var reBareNumber = regexp.MustCompile(`^(\d{1,4}) +\p{Lu}`)

// numberedWithoutStop gives a stop to the numbers of a list numbered
// without one ("1 Bass, Karen" / "2 Becerra, Xavier"), so that they read
// as list numbers, not as part of each entry. Five lines or more numbered
// from 1 make such a list; "3 Rivers Coalition" / "4 Freedoms Fund" and a
// few numbered footnotes stay as they are.
func numberedWithoutStop(ls []line) []line {
	num := func(i int) int {
		if t := ls[i].text; t == "" || t[0] < '0' || t[0] > '9' {
			return -1
		}
		m := reBareNumber.FindStringSubmatch(ls[i].text)
		if m == nil {
			return -1
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	out := ls
	for i := 0; i < len(ls); {
		n := num(i)
		j, prev := i+1, n
		for n >= 0 && j < len(ls) {
			if ls[j].text == "" {
				j++
				continue
			}
			if num(j) != prev+1 {
				break
			}
			prev++
			j++
		}
		if n != 1 || prev < 5 {
			// "3 Rivers Coalition" / "4 Freedoms Fund": names; "1 See EPA …" /
			// "2 Id.": footnotes. No line inside the run opens another, so the
			// next look starts past it (a long run is read once, not per line).
			i = max(j, i+1)
			continue
		}
		if &out[0] == &ls[0] {
			out = slices.Clone(ls)
		}
		for k := i; k < j; k++ {
			if m := reBareNumber.FindStringSubmatch(out[k].text); m != nil {
				out[k].text = m[1] + "." + out[k].text[len(m[1]):]
			}
		}
		i = j
	}
	return out
}

// splitHTMLBreaks cuts a line of HTML at its line breaks ("<p>Amara<br/>
// Amicus<br/>Automattic Inc.</p>"), as a page's source prints a list in
// one paragraph: two breaks at least, each part read as a line of its own
// with the source line's number.
func splitHTMLBreaks(ls []line, text string) []line {
	if !strings.Contains(text, "<br") && !strings.Contains(text, "<BR") {
		return ls
	}
	raw := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
	var out []line
	for _, ln := range ls {
		if ln.text == "" || ln.n < 1 || ln.n > len(raw) || len(reHTMLBreak.FindAllStringIndex(raw[ln.n-1], 3)) < 2 || ln.cells != nil {
			out = append(out, ln)
			continue
		}
		for _, part := range reHTMLBreak.Split(raw[ln.n-1], -1) {
			t, _ := plainLine(html.UnescapeString(part))
			if t = collapse(strings.Map(plainSpace, t)); t != "" {
				out = append(out, line{n: ln.n, text: t, raw: t})
			}
		}
	}
	return out
}

// reOtherPosts heads what a blog or news page prints after a post: links
// to its other posts, which are no part of the letter.
var reOtherPosts = regexp.MustCompile(`(?i)^\W*(?:related (?:posts|articles|stories|news|content)|you may also like|you might also like|more (?:stories|news|posts|articles) from\b.{0,40}|recommended (?:for you|posts|articles)|most (?:read|popular)(?: stories| articles)?|popular posts|recent posts|latest (?:news|posts|articles))\W*$`)

// cutOtherPosts blanks, from a line below the letter's first prose that
// heads a page's other posts on, what the page prints after the letter ("Related Posts" / another
// post's title and summary): none of it is body, signer or date.
func (p *parser) cutOtherPosts() {
	prose := false
	for i := 0; i < len(p.lines); i++ {
		if !prose || !reOtherPosts.MatchString(p.lines[i].text) || p.letterGoesOn(i+1) {
			prose = prose || isProse(p.lines[i].text) // a sidebar above the letter cuts nothing
			continue
		}
		for j := i; j < len(p.lines); j++ {
			if p.lines[j].text != "" {
				p.skip(p.lines[j].n, "the page's other posts, after the letter")
			}
			p.lines[j] = line{n: p.lines[j].n}
		}
		return
	}
}

// reFrontMatterKey is a line of a static site's front matter: "layout:
// post", "title = 'We want to move Ruby forward'", "  - Abdullah Farooq".
var reFrontMatterKey = regexp.MustCompile(`^(?:[A-Za-z_][\w-]*\s*[:=]|\s*-\s|\s*$)`)

// cutFrontMatter blanks the front matter a Markdown file of a static site
// opens with, between "---" (YAML) or "+++" (TOML) lines: the page's
// settings, no addressee or signer. A "date" in it stays, as a date line.
func (p *parser) cutFrontMatter(text string) {
	raw := strings.Split(strings.ReplaceAll(strings.TrimPrefix(text, "\ufeff"), "\r\n", "\n"), "\n")
	start := 0
	for start < len(raw) && strings.TrimSpace(raw[start]) == "" {
		start++
	}
	if start >= len(raw) || (strings.TrimSpace(raw[start]) != "---" && strings.TrimSpace(raw[start]) != "+++") {
		return
	}
	mark := strings.TrimSpace(raw[start])
	end := -1
	for i := start + 1; i < len(raw) && i <= start+60; i++ {
		if strings.TrimSpace(raw[i]) == mark {
			end = i
			break
		}
		if !reFrontMatterKey.MatchString(raw[i]) {
			return // prose between two rules: no front matter
		}
	}
	if end < 0 {
		return
	}
	for i := range p.lines {
		n := p.lines[i].n
		if n <= start || n > end+1 || p.lines[i].text == "" {
			continue
		}
		if key, val, ok := cutFrontMatterKey(raw[n-1]); ok && key == "date" {
			p.lines[i].text = "Date: " + val
			continue
		}
		p.skip(n, "the page's front matter, not the letter")
		p.lines[i] = line{n: n}
	}
}

// cutFrontMatterKey splits "date: 2021-11-25" or "date = 2025-10-26T12:21".
func cutFrontMatterKey(s string) (key, val string, ok bool) {
	i := strings.IndexAny(s, ":=")
	if i <= 0 {
		return "", "", false
	}
	val = strings.Trim(strings.TrimSpace(s[i+1:]), `"'`)
	if t := strings.IndexByte(val, 'T'); t == 10 {
		val = val[:10] // "2025-10-26T12:21:18+09:00"
	}
	return strings.ToLower(strings.TrimSpace(s[:i])), val, true
}

// letterGoesOn reports a salutation or a closing from line i on: the
// letter is still to come, and a heading above it is the page's sidebar or
// the body's own words ("Latest News" / "Most Read" / "Please restore
// them.").
func (p *parser) letterGoesOn(i int) bool {
	for ; i < len(p.lines); i++ {
		t := p.lines[i].text
		if reSalutation.MatchString(t) {
			return true
		}
		if _, ok := closingAt(t); ok {
			return true
		}
	}
	return false
}

// trailingBarsCut takes off the bar that ends each entry of a list a page
// flattened ("Dante Caputo Former Foreign Minister of Argentina |"): three
// lines at least end in one, and no line has a bar inside, as the rows of
// a table without outer bars would ("Helen Ashdown | Harbor Union").
func trailingBarsCut(ls []line) []line {
	ending := 0
	for _, ln := range ls {
		if i := strings.IndexByte(ln.text, '|'); i >= 0 {
			if !strings.HasSuffix(ln.text, " |") || i != len(ln.text)-1 {
				return ls
			}
			ending++
		}
	}
	if ending < 3 {
		return ls
	}
	for i, ln := range ls {
		if strings.HasSuffix(ln.text, " |") {
			ls[i].text = strings.TrimSuffix(ln.text, " |")
			ls[i].raw = strings.TrimSuffix(strings.TrimRight(ln.raw, " "), " |")
		}
	}
	return ls
}

// splitLines normalizes line ends, a byte-order mark and odd spaces.
func splitLines(text string) []line {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	out := make([]line, len(raw))
	comment := false // inside an HTML comment over several lines
	for i, r := range raw {
		if comment || strings.Contains(r, "<!--") && !strings.Contains(r, "-->") {
			comment = !strings.Contains(r, "-->")
			out[i] = line{n: i + 1}
			continue
		}
		if strings.Contains(r, "&") && strings.Contains(r, ";") {
			r = html.UnescapeString(r) // "&nbsp;", "&amp;", "&#8212;" as web pages print them
		}
		t, cells := plainLine(strings.Map(plainSpaceKeepTab, r))
		t = strings.Map(plainSpace, t)
		if cells != nil && len(cells) == 0 {
			cells = []string{} // keeps a table's rule apart from a blank line
		}
		for k, c := range cells {
			cells[k] = collapse(strings.Map(plainSpace, c))
		}
		r = strings.Map(plainSpace, strings.ReplaceAll(r, "\t", "    ")) // a tab keeps columns apart
		if t != strings.TrimSpace(r) && cells == nil {
			r = t // Markdown read as text: its columns are the text's
		}
		r = reMarkerGap.ReplaceAllString(r, "$1 ") // "-   Name": no column after a bullet
		out[i] = line{n: i + 1, text: collapse(t), raw: strings.TrimRight(r, " "), cells: cells, heading: reMDHeading.MatchString(strings.TrimSpace(raw[i]))}
	}
	return out
}

// splitBulletRuns cuts a line of entries run together with bullets
// ("Dave Farley  •  Bryan Finster  •  Ferrix Hovi  •  …"), as web pages
// print a list inline, into one line per entry, each keeping the line's
// number. Five entries at least: one signer's "Name · Title · Body" has
// fewer.
func splitBulletRuns(ls []line) []line {
	var out []line
	for _, ln := range ls {
		parts := bulletParts(ln.text)
		if ln.cells != nil || len(parts) < 5 {
			out = append(out, ln)
			continue
		}
		for _, part := range parts {
			out = append(out, line{n: ln.n, text: part, raw: part})
		}
	}
	return out
}

// reGluedAfterParen is a closing parenthesis with the next entry glued to
// it, as lists copied from web pages lose their line breaks.
var reGluedAfterParen = regexp.MustCompile(`\)\p{Lu}`)

// splitCountryRuns cuts a line where an entry ending in its country runs
// into the next with no space ("Olvid (France)OpenCloud (Germany)").
func splitCountryRuns(ls []line) []line {
	var out []line
	for _, ln := range ls {
		if ln.cells != nil || !strings.Contains(ln.text, ")") {
			out = append(out, ln)
			continue
		}
		rest := ln.text
		for {
			loc := reGluedAfterParen.FindStringIndex(rest)
			if loc == nil {
				break
			}
			head := rest[:loc[0]+1]
			open := matchingOpen(head)
			if open < 0 || !isCountry(head[open+1:len(head)-1]) {
				break
			}
			out = append(out, line{n: ln.n, text: head, raw: head})
			rest = rest[loc[0]+1:]
		}
		if rest == ln.text {
			out = append(out, ln)
		} else {
			out = append(out, line{n: ln.n, text: rest, raw: rest})
		}
	}
	return out
}

// splitRosterRuns cuts a roster of retired officers run together on one
// line, as text taken from a PDF gives it ("GENERAL JOHN DOE, USA (RET.)
// ADMIRAL JANE ROE, USN (RET.) ..."), after each "(Ret.)": three at least.
// A closing before the first ("Sincerely, GENERAL ...") and a page number
// ("1 GENERAL ...") go on lines of their own.
func splitRosterRuns(ls []line) []line {
	var out []line
	for _, ln := range ls {
		if ln.cells != nil || strings.Count(ln.text, "(") < 3 {
			out = append(out, ln)
			continue
		}
		marks := reRetired.FindAllStringIndex(ln.text, -1)
		if len(marks) < 3 {
			out = append(out, ln)
			continue
		}
		t, start := ln.text, 0
		if m := reLeadClosing.FindStringSubmatchIndex(t); m != nil {
			out = append(out, line{n: ln.n, text: t[m[2]:m[3]], raw: t[m[2]:m[3]]})
			start = m[1]
		} else if m := rePageNumber.FindStringIndex(t); m != nil {
			start = m[1]
		}
		for _, mk := range marks {
			if part := strings.TrimSpace(t[start:mk[1]]); part != "" {
				out = append(out, line{n: ln.n, text: part, raw: part})
			}
			start = mk[1]
		}
		if rest := strings.TrimSpace(t[start:]); rest != "" {
			out = append(out, line{n: ln.n, text: rest, raw: rest})
		}
	}
	return out
}

// splitRunOnOpenings puts on lines of their own what text taken from a
// PDF runs together: a date and the salutation ("July 22, 2009 Dear
// Senator,"), and a closing and the first signer ("Sincerely, Tim Phillips
// President ...").
func splitRunOnOpenings(ls []line) []line {
	var out []line
	for _, ln := range ls {
		t := ln.text
		var cut int
		// the cheap tests first: most lines hold no "Dear" and open with no
		// closing's word
		if strings.Contains(t, "Dear ") {
			if m := reDatedSalutation.FindStringSubmatchIndex(t); m != nil && ln.cells == nil {
				cut = m[3]
			}
		}
		if cut == 0 && closingFirstWords[strings.ToLower(strings.Trim(firstWord(t), ",.:;!"))] {
			if m := reClosingRunOn.FindStringSubmatchIndex(t); m != nil && ln.cells == nil && !reRetired.MatchString(t) {
				cut = m[3]
			}
		}
		if cut == 0 {
			out = append(out, ln)
			continue
		}
		head, rest := strings.TrimSpace(t[:cut]), strings.TrimSpace(t[cut:])
		if _, ok := shortDateLine(head); ok || !reYear.MatchString(head) && strings.HasPrefix(rest, "Dear") {
			if !ok {
				head = "" // "September 12,": a date with no year says nothing the letter can use
			}
		}
		if head != "" {
			out = append(out, line{n: ln.n, text: head, raw: head})
		}
		out = append(out, line{n: ln.n, text: rest, raw: rest})
	}
	return out
}

var (
	reYear            = regexp.MustCompile(`\b(?:1[89]|20)\d\d\b`)
	reDatedSalutation = regexp.MustCompile(`^((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?,?(?: \d{4})?,?)\s+Dear\s+\S.{0,200}[:,]$`)
	reClosingRunOn    = regexp.MustCompile(`^((?i:` + closingAlternation() + `),)\s+[A-Z]\S*\s+[A-Z]`)
)

var (
	reRetired     = regexp.MustCompile(`\((?i:ret(?:\.|ired)?)\)`)
	reLeadClosing = regexp.MustCompile(`^((?i:` + closingAlternation() + `)[,:])\s+`)
	rePageNumber  = regexp.MustCompile(`^\d{1,3}\s+`)
)

// bulletParts splits a line at spaced bullets (•, ·, ∙, ▪, ◦); parts left
// empty are dropped.
func bulletParts(t string) []string {
	if !strings.ContainsAny(t, "•·∙▪◦") {
		return nil
	}
	masked, parens := maskParens(t) // "Jane Doe (G5 Biology · International student)": one entry
	var parts []string
	for _, part := range reSpacedBullet.Split(masked, -1) {
		if part = strings.TrimSpace(unmaskParens(part, parens)); part != "" {
			parts = append(parts, part)
		}
	}
	return parts
}

var reSpacedBullet = regexp.MustCompile(`\s+[•·∙▪◦]\s+|^[•·∙▪◦]\s+|\s+[•·∙▪◦]$`)

// reMarkerGap is the space after a list marker, which is no gap between
// columns.
var reMarkerGap = regexp.MustCompile(`^(\s*(?:[-*+•▪●◦‣–—¶►▸➢➤■□○◆♦✓✔⁃›]|\(?\d{1,4}[.)]))\s+`)

// plainSpaceKeepTab is plainSpace for reading Markdown and table rows:
// a tab still separates cells.
func plainSpaceKeepTab(r rune) rune {
	if r == '\t' {
		return r
	}
	return plainSpace(r)
}

// plainSpace maps non-breaking and other odd spaces to a space and drops
// zero-width characters.
func plainSpace(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2002', '\u2003', '\u2009', '\t':
		return ' '
	case '\u200b', '\u200c', '\u200d', '\ufeff':
		return -1
	}
	if unicode.IsControl(r) {
		return ' '
	}
	return r
}

// addKnown records an organization name as evidence for the rest of the
// letter.
func (p *parser) addKnown(name string) {
	if k := normOrg(name); k != "" && !p.known[k] {
		p.known[k] = true
		clear(p.personNames) // a known body is no person's name: judge again
		clear(p.names)
	}
}

func (p *parser) isKnownOrg(s string) bool {
	if len(p.known) == 0 && len(p.index) == 0 {
		return false
	}
	k := normOrg(s)
	return p.known[k] || p.index[k]
}

// OrganizationIndex holds organization names by their comparison key.
type OrganizationIndex map[string]bool

// NewOrganizationIndex indexes names; read-only after, so parses share it.
func NewOrganizationIndex(names []string) OrganizationIndex {
	idx := make(OrganizationIndex, len(names))
	for _, n := range names {
		if k := normOrg(n); k != "" {
			idx[k] = true
		}
	}
	return idx
}

// normOrg is the comparison key of an organization name.
func normOrg(s string) string {
	s = strings.ToLower(collapse(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.Trim(s, " .,;:")
}

// parse reads the letter's parts in order: header, salutation, body,
// closing, signatures and cc.
func (p *parser) parse() {
	lay := p.findLayout()
	p.lay = lay
	p.readHeader(p.slice(0, min(lay.headerEnd, maxHeaderLines, p.signersHeadingAt())))
	if lay.sal >= 0 {
		p.l.Salutation = p.lines[lay.sal].text
		p.l.Lines["salutation"] = p.lines[lay.sal].n
	}
	if lay.closing >= 0 {
		p.l.Closing = p.lines[lay.closing].text
		if lay.inline != "" {
			p.l.Closing = lay.inline
		}
		p.l.Lines["closing"] = p.lines[lay.closing].n
	}
	p.readBody(p.slice(lay.bodyStart, lay.bodyEnd), lay.inline)
	p.readOnBehalf(lay.closing, lay.sigStart)
	sig, cc := p.splitCC(p.slice(lay.sigStart, lay.sigEnd))
	p.skipFrom(p.slice(lay.sigEnd, len(p.lines)), "after the tables of signers")
	p.readSignatures(sig)
	if len(p.l.Signatories) == 0 {
		p.signersBeforeLetter(lay.bodyStart)
	}
	if len(p.l.Signatories) == 0 {
		p.namedRunSigners()
	}
	if len(p.l.Signatories) == 0 {
		lines := splitLines(p.l.Text) // as printed: a letterhead's bullets not yet cut into lines
		p.letterheadSigners(lines[:min(len(lines), 40)])
	}
	p.readCC(cc)
	p.assignContactOrg()
	p.assignContextOrgs()
	p.dropHeadlineRecipients()
	if len(p.l.Recipients) == 0 && p.l.Salutation != "" {
		for _, sal := range append(p.salutations, p.l.Salutation) {
			p.recipientFromSalutation(sal)
		}
	} else if len(p.l.Recipients) == 1 && len(p.salutations) == 0 {
		p.nameFromSalutation(&p.l.Recipients[0])
	}
	p.titleFromPluralGreeting()
	if p.l.Date == "" {
		p.dateAnywhere()
	}
	for _, parties := range [][]graph.Party{p.l.Recipients, p.l.CC} {
		for i := range parties {
			officeAsPartyTitle(&parties[i])
		}
	}
}

// dropHeadlineRecipients drops what the header gave as addressees when
// the salutation greets a newspaper's editor ("To the editor:") and the header gave
// only bodies' names that no organization's word or known body vouches
// for: a headline above a letter to a newspaper ("A plea for masks").
func (p *parser) dropHeadlineRecipients() {
	if !reEditorSalutation.MatchString(p.l.Salutation) || len(p.l.Recipients) == 0 {
		return
	}
	for _, r := range p.l.Recipients {
		if r.Name != "" || r.Title != "" || r.Address != "" || p.isOrgish(r.Organization) || p.isKnownOrg(r.Organization) {
			return
		}
	}
	p.l.Recipients = nil
}

// titleFromPluralGreeting gives the office a salutation greets in the
// plural ("Dear Senators:") to each named addressee printed without a
// title ("The Honorable Harry Reid" / "The Honorable Mitch McConnell").
func (p *parser) titleFromPluralGreeting() {
	g := greeted(p.l.Salutation)
	if len(p.l.Recipients) < 2 || !rePluralOffice.MatchString(g) {
		return
	}
	title := singularTitle(g)
	for i := range p.l.Recipients {
		if r := &p.l.Recipients[i]; r.Name != "" && r.Title == "" && r.Organization == "" {
			r.Title = title
		}
	}
}

// rePluralOffice is an office greeted in the plural.
var rePluralOffice = regexp.MustCompile(`^(?:Senators|Representatives|Commissioners|Governors|Mayors|Councilmembers|Ministers|Ambassadors|Congressmen|Congresswomen)$`)

// officeAsPartyTitle makes a state's or a city's office before an
// addressee's name ("Governor Scott Walker") the title, as for signers.
func officeAsPartyTitle(r *graph.Party) {
	if r.Title == "" && stateOffices[strings.ToLower(strings.TrimSpace(r.Honorific))] {
		r.Title, r.Honorific = r.Honorific, ""
	}
}

// dateAnywhere takes, for a letter whose header and signatures name no
// date, the first line that is only a date (after a place or a label)
// wherever it stands: "Published" / "1 May 2026", or "Brasil, 1 de julho
// de 2015" closing the body. A date inside a sentence is no letter's date.
func (p *parser) dateAnywhere() {
	for _, ln := range p.lines {
		if len(ln.text) > 60 {
			continue
		}
		if iso, _, ok := isDateLine(ln.text); ok {
			p.setDate(iso, ln.n)
			return
		}
	}
	for _, ln := range p.lines { // a press release's dateline: "Paris, December 10th 2009 - A coalition ..."
		if m := reDateline.FindStringSubmatch(ln.text); m != nil {
			if iso, _, ok := isDateLine(m[1]); ok {
				p.setDate(iso, ln.n)
				return
			}
		}
	}
}

// reDateline is the place and date opening a press release's first
// paragraph, before a dash.
var reDateline = regexp.MustCompile(`^\p{Lu}[\p{L} .'-]{1,30}, ([^-–—]{6,32}?)\s+[-–—]+\s`)

// layout gives, as line indexes, where the parts of a letter lie.
type layout struct {
	sal, closing       int    // -1 when absent
	inline             string // a close that ends a body line
	headerEnd          int
	bodyStart, bodyEnd int
	sigStart           int
	sigEnd             int // past the last signer; the letter's end unless a table of signers ends them
}

// findLayout locates the salutation and the closing, and from them the
// header, body and signatures. Without a closing the signatures start
// after the last line of prose; without a salutation the body starts at
// the first.
func (p *parser) findLayout() layout {
	lay := layout{sigEnd: len(p.lines)}
	lay.sal = p.joinWrappedSalutation()
	if lay.sal < 0 {
		lay.sal = p.findSalutation()
	}
	if lay.sal >= 0 {
		p.splitInlineSalutation(lay.sal)
		for lay.sal+1 < len(p.lines) && isStackedSalutation(p.lines[lay.sal+1].text) {
			p.salutations = append(p.salutations, p.lines[lay.sal].text) // "Dear A," / "Dear B,"
			lay.sal++
		}
	}
	lay.bodyStart, lay.headerEnd = lay.sal+1, lay.sal-len(p.salutations) // stacked salutations are no header
	if lay.sal < 0 {
		start := p.afterTitle()
		if start > 0 {
			p.titleLine = p.lines[start-1].n
		}
		lay.bodyStart = p.firstProse(start)
		if lay.bodyStart == len(p.lines) { // no prose: a closing may still open the signatures
			lay.bodyStart = 0
			if start > 0 && p.lines[start-1].heading {
				lay.bodyStart = start // a Markdown heading over the list is its title, no signer
			}
		}
		lay.headerEnd = lay.bodyStart
	}
	lay.closing, lay.inline = p.findClosing(lay.bodyStart)
	lay.sigStart, lay.bodyEnd = lay.closing+1, lay.closing
	p.regionBy = "closing"
	if lay.closing < 0 {
		p.regionBy = "last paragraph"
		last := p.lastProse(lay.bodyStart)
		if l, end := p.signerLeadAt(lay.bodyStart); l >= 0 {
			last, p.regionBy, lay.sigEnd = l-1, "signers' lead-in", end // what follows the list is no signer
		} else if h := p.signerHeading(lay.bodyStart, last); h >= 0 {
			last, p.regionBy = h-1, "heading" // prose below the list is a contact note, not body
			if a := p.signersAbove(lay.bodyStart, h); a >= 0 {
				last = a - 1 // "Cette lettre est également signée par :" heads a second group
			}
		} else if b := p.bylineAt(lay.bodyStart, last); b >= 0 {
			last, p.regionBy = b-1, "byline" // notes below a byline are no body
		} else if h := p.signerHeading(last+1, len(p.lines)); h > last+1 && p.noSignersBetween(last+1, h) {
			last, p.regionBy = h-1, "heading" // footnotes to the body lie between it and the signers
		} else if t, end := p.signerTable(lay.bodyStart); t >= 0 {
			// organizations one per line over a table of individuals
			t = p.listAbove(lay.bodyStart, t)
			last, p.regionBy, lay.sigEnd = t-1, "table of signers", end // notes below the tables are no body
		} else if start := p.listBlock(lay.bodyStart, last); start >= 0 {
			last, p.regionBy = start-1, "list" // a note below the list of signers is no body
		}
		lay.sigStart, lay.bodyEnd = last+1, last+1
	}
	if lay.inline != "" {
		lay.bodyEnd = lay.closing + 1
	}
	return lay
}

// signerHeading finds, in a letter without a closing, a heading that opens
// the list of signers ("Signatories", "ORGANIZATIONS SUPPORTING THIS
// STATEMENT INCLUDE:") above the last line of prose, or -1.
func (p *parser) signerHeading(from, lastProse int) int {
	for i := max(from, 0); i < lastProse && i < len(p.lines); i++ {
		t := p.lines[i].text
		if isProse(t) || !isSignerHeading(t) {
			continue
		}
		if p.listFollows(i + 1) {
			return i
		}
	}
	return -1
}

// reSignerLead opens a list of signers run into one line, as news stories
// and posts print it: "Current signers: ...", "The letter is signed by:
// ...", "(This letter was signed by: ...)", "— The 56 undersigned (all
// Retired): ...".
var reSignerLead = regexp.MustCompile(`(?i)^[—–-]?\s*[("“]?(?:(?:the|this) (?:letter|statement|petition) (?:is|was|has been) (?:signed|endorsed) by(?: the following\b[^:]{0,60})?|(?:current |initial |original |other )?(?:signers|signatories|co-?signers|signed by|endorsed by)|(?:the )?following (?:signers|signatories|co-?signers)\b[^:]{0,80}|(?:the )?(?:first |initial |original )?(?:signers|signatories|co-?signers) of (?:this|the) (?:letter|statement|petition) (?:are|include)(?: \([^)]{1,40}\))?|(?:the )?(?:\d+ )?undersigned(?: \([^)]{1,40}\))?)\s*:\s*`)

// reAuthoredBy opens a list of the authors a piece names after "by", with
// no colon: "Article co-authored by A (…), B (…), …".
var reAuthoredBy = regexp.MustCompile(`(?i)^[*_]?(?:(?:this |the )?(?:article|letter|statement|piece|op-ed) )?(?:co-?authored|written jointly|jointly written) by\s+`)

// signerLeadLoc locates a lead-in to a run of signers: reSignerLead's, or
// reAuthoredBy's.
func signerLeadLoc(t string) []int {
	if loc := reSignerLead.FindStringIndex(t); loc != nil {
		return loc
	}
	if !strings.Contains(t, "uthored by") && !strings.Contains(t, "ritten") {
		return nil // most lines: no regular expression needed
	}
	return reAuthoredBy.FindStringIndex(t)
}

// reSignersInclude opens a sentence naming signers, as a press release
// does: "The Jewish leaders who signed the letter include ", "Those leaders
// include: ", "The following statement can be attributed to ".
var reSignersInclude = regexp.MustCompile(`^(?:(?:The |Other )?(?:[\p{L}-]+ ){0,4}(?:who|that) (?:signed|endorsed|joined) (?:the|this) (?:letter|statement|petition) (?:include|included|are|were)|(?:Those|These|The) (?:[\p{L}-]+ ){0,2}(?:leaders|members|signers|signatories|organizations|groups|chairs) (?:include|included|are)|(?:The following |This )?statement (?:can|may|should) be attributed to):? `)

// reSignersTrail closes a sentence that lists the signers before it says
// so: "… are the signatories of the letter.", "… were among the signers."
var reSignersTrail = regexp.MustCompile(`(\s+(?:are|were) (?:among )?(?:the )?(?:signatories|signers|co-?signers|authors)\b[^,;]{0,60}[.:]?)$`)

// mentionsSigners is what reSignersTrail needs to match, checked cheaply.
func mentionsSigners(t string) bool {
	return strings.Contains(t, "signator") || strings.Contains(t, "signers") || strings.Contains(t, "authors")
}

// reSentenceEnd is a full stop after a word, before the next sentence.
var reSentenceEnd = regexp.MustCompile(`\p{Ll}{3,}(\.)\s+\p{Lu}`)

// reSignedByEnd is a lead-in that ends at "signed by" with no colon:
// "An open letter signed by".
var reSignedByEnd = regexp.MustCompile(`(?i)^(?:an? |the )?(?:open )?(?:letter|statement|petition) (?:was |is )?signed by\s*$`)

// reSignersHeading is a heading that is only the word for signers, as a
// sign-up page prints over the list it keeps above the letter.
var reSignersHeading = regexp.MustCompile(`(?i)^(?:current |initial |our |the )?(?:signers|signatories|signatures|co-?signers|signed by)(?: so far| to date)?\s*:?$`)

// signersHeadingAt gives the line of a heading over signers listed above
// the salutation, where the header ends; len(p.lines) when there is none.
func (p *parser) signersHeadingAt() int {
	for i := 0; i < p.lay.sal; i++ {
		if p.signersHeadedAbove(i) > i {
			return i
		}
	}
	return len(p.lines)
}

// signersHeadedAbove gives the index past the signers listed under such a
// heading at i when the letter's salutation comes after them ("Signers" /
// "Optimism Brewing Company, Seattle" / ... / "Dear WA State Lawmakers:"),
// or -1. The list stops at the salutation, leaving out a heading in
// capitals that names the letter just above it.
func (p *parser) signersHeadedAbove(i int) int {
	if !reSignersHeading.MatchString(p.lines[i].text) || p.lay.sal <= i+1 {
		return -1
	}
	end := p.lay.sal
	for end > i+1 && (p.lines[end-1].text == "" || namesTheLetter(p.lines[end-1].text)) {
		end--
	}
	for k := i + 1; k < end; k++ {
		if p.proseAt(k) && len(strings.Fields(p.lines[k].text)) >= 12 {
			return -1 // sentences among them: not a list of signers
		}
	}
	if end <= i+1 {
		return -1
	}
	return end
}

// namesTheLetter reports a heading in capitals that names the letter:
// "SMALL BUSINESS SIGN ON LETTER".
func namesTheLetter(t string) bool {
	if !isAllCaps(t) {
		return false
	}
	for _, w := range wordsOf(t) {
		if w == "letter" || w == "statement" || w == "petition" {
			return true
		}
	}
	return false
}

// proseAfterList gives the index of the first paragraph of prose (after a
// blank line) below the list that starts at j, or the letter's end: a
// note about the signers below them is none of them, while a description
// right under each signer belongs to the list.
func (p *parser) proseAfterList(j int) int {
	for k := j + 1; k < len(p.lines); k++ {
		if p.lines[k-1].text == "" && p.proseAt(k) && len(strings.Fields(p.lines[k].text)) >= 12 {
			return k
		}
	}
	return len(p.lines)
}

// signerLeadAt finds, in a letter without a closing, a lead-in to a list
// of signers run together on one line, the list after its colon or on the
// next line. It returns the lead's line and the index past the list, or -1.
func (p *parser) signerLeadAt(from int) (int, int) {
	for i := max(from, 0); i < len(p.lines); i++ {
		t := p.lines[i].text
		loc := signerLeadLoc(t)
		if loc == nil {
			if j := p.signerSentenceList(i); j > 0 {
				return i, p.markedListEnd(j)
			}
			continue
		}
		if rest := t[loc[1]:]; rest != "" {
			if strings.Count(rest, ",")+strings.Count(rest, ";") >= 2 {
				return i, i + 1
			}
			continue
		}
		for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
			if n := p.lines[j].text; n != "" {
				if c := strings.Count(n, ",") + strings.Count(n, ";"); c >= 2 && (c >= 5 || !p.entryFollows(j)) {
					return i, j + 1
				}
				if !p.proseAt(j) && !strings.HasSuffix(n, ":") && (strings.HasSuffix(strings.TrimSpace(t), ":") || reSignedByEnd.MatchString(t)) {
					return i, p.proseAfterList(j) // one signer per line below the lead-in, each maybe described
				}
				break
			}
		}
	}
	return -1, -1
}

// entryFollows reports a line right under j that reads as one more entry,
// not prose: "Jane Doe, Professor, X" under the lead-in is then the first
// signer of a list one per line, not the whole list run together.
func (p *parser) entryFollows(j int) bool {
	return j+1 < len(p.lines) && strings.Contains(p.lines[j+1].text, ",") && !p.proseAt(j+1)
}

// signerSentenceList reports a sentence of news prose that ends in a colon
// and says the signing ("Eleven Pennsylvania presidents placed their
// signatures to the letter:"), with a marked list right under it: the index
// of the list's first line, or -1.
func (p *parser) signerSentenceList(i int) int {
	t := p.lines[i].text
	if !strings.HasSuffix(t, ":") || len(strings.Fields(t)) > 25 || !reSigningSaid.MatchString(t) || reFirstPerson.MatchString(t) {
		return -1
	}
	j := i + 1
	for j < len(p.lines) && p.lines[j].text == "" {
		j++
	}
	for k := j; k < j+3; k++ {
		if k >= len(p.lines) {
			return -1
		}
		// each a signer: a name or an organization, not a demand or a principle
		item, marked := stripMarker(p.lines[k].text)
		if !marked || !p.startsWithName(item) && !containsOrgWord(item) {
			return -1
		}
	}
	return j
}

// reFirstPerson opens a sentence the signers say themselves ("We, the
// signatories of this letter, call on ...:"): what follows is their demands.
var reFirstPerson = regexp.MustCompile(`(?i)^(?:we|i|our)\b`)

// reSigningSaid names the act of signing in a sentence: "signed the
// letter", "placed their signatures", "added their names".
var reSigningSaid = regexp.MustCompile(`(?i)\b(?:signed|signatures|signatories|signers|co-?signed|added their names)\b`)

// markedListEnd gives the index past a list of marked lines ("- Name, Org")
// that starts at j: the list ends at the first line of prose without a
// marker, as a news story goes on below the list it quotes.
func (p *parser) markedListEnd(j int) int {
	for k := j; k < len(p.lines); k++ {
		t := p.lines[k].text
		if _, marked := stripMarker(t); t != "" && !marked && p.proseAt(k) {
			return k
		}
	}
	return len(p.lines)
}

// signersBeforeLetter reads, in a letter with no signatures after its
// body, a list of signers printed before it in one sentence after a
// lead-in ("The following signers are all former U.S. senators: A (D-Mont.),
// B (R-Tenn.), ... and C."), as newspapers print open letters.
func (p *parser) signersBeforeLetter(bodyStart int) {
	for i := 0; i < bodyStart && i < len(p.lines); i++ {
		t := p.lines[i].text
		if end := p.signersHeadedAbove(i); end > i {
			p.regionBy = "signers listed under a heading above the letter"
			p.skip(p.lines[i].n, "heading over the signers")
			p.readSignatures(p.slice(i+1, end))
			return
		}
		lead := signerLeadLoc(t)
		if lead != nil && strings.Count(t[lead[1]:], ",")+strings.Count(t[lead[1]:], ";") >= 2 {
			p.regionBy = "signers' lead-in before the letter"
			p.readSignatures(p.slice(i, i+1))
			return
		}
		// "An open letter signed by" / the names one per line, before the text
		if (lead != nil && lead[1] == len(t) || reSignedByEnd.MatchString(t)) && i+1 < len(p.lines) {
			j := i + 1
			for j < len(p.lines) && p.lines[j].text == "" {
				j++
			}
			if j < len(p.lines) && !p.proseAt(j) {
				p.regionBy = "signers' lead-in before the letter"
				p.skip(p.lines[i].n, "lead-in to the signers")
				p.readSignatures(p.slice(j, p.proseAfterList(j)))
				return
			}
		}
	}
	for i := range p.lines { // anywhere in the text
		t := p.lines[i].text
		// the names first, the sentence after them: "A, B, …, C are the
		// signatories of the letter."
		if mentionsSigners(t) {
			if m := reSignersTrail.FindStringSubmatchIndex(t); m != nil && strings.Count(t[:m[2]], ",") >= 2 {
				p.regionBy = "signers named before 'are the signatories'"
				p.readSignatures([]line{{n: p.lines[i].n, text: t[:m[2]], raw: t[:m[2]]}})
				return
			}
		}
		// a press release: "The leaders who signed the letter include Rabbi
		// A, President, X; Rabbi B, Director, Y; and C, ..." up to the
		// sentence's end
		if loc := reSignedBySuchAs.FindStringIndex(t); loc != nil && strings.Count(t[loc[1]:], ",") >= 4 {
			sel := []line{p.lines[i]}
			for k := i + 1; k < len(p.lines) && k <= i+4; k++ {
				if reOthersAre.MatchString(p.lines[k].text) {
					sel = append(sel, line{n: p.lines[k].n}, p.lines[k]) // a paragraph of its own
				}
			}
			p.regionBy = "bodies named in a news report"
			p.readSignatures(sel)
			return
		}
		if loc := reSignersInclude.FindStringIndex(t); loc != nil && strings.Count(t[loc[1]:], ";") >= 2 {
			list := t[loc[1]:]
			if m := reSentenceEnd.FindStringSubmatchIndex(list); m != nil {
				list = list[:m[3]] // not at an initial or "Dr.": "Paul J. Menitoff", "Dr. Jane Roe"
			}
			list = strings.TrimSuffix(strings.TrimSpace(list), ":") // "… of the NAACP:" over the statement
			p.regionBy = "signers named in a press release"
			p.readSignatures([]line{{n: p.lines[i].n, text: strings.TrimSpace(list), raw: list}})
			return
		}
	}
}

// bylineAt finds, in a letter without a closing, a byline after the first
// line of prose and above the last ("Written by the members of X" above
// footnotes or notes), or -1.
func (p *parser) bylineAt(from, lastProse int) int {
	prose := false
	for i := max(from, 0); i < lastProse && i < len(p.lines); i++ {
		if p.proseAt(i) {
			prose = true
		} else if prose && byline(p.lines[i].text) != "" {
			return i
		}
	}
	return -1
}

// noSignersBetween reports that no line from i up to h opens with a
// person's name or is a list item: notes, links and rules only.
func (p *parser) noSignersBetween(i, h int) bool {
	for i < h && p.lines[i].text == "" {
		i++
	}
	if i < h && reFootnoteStart.MatchString(p.lines[i].text) {
		return true // footnotes, whatever they name
	}
	for ; i < h; i++ {
		t := p.lines[i].text
		if _, marked := stripMarker(t); marked || t != "" && p.startsWithName(t) {
			return false
		}
	}
	return true
}

// reFootnoteStart opens a footnote: "[^1]: ...", "[2] ...", or a number
// run into its text, as a superscript loses its tag ("1Amnesty
// International, ...").
var reFootnoteStart = regexp.MustCompile(`^(?:\[\^?\d{1,3}\]:?\s*\S|\d{1,2}(?:[A-Z]|https?:))`)

// signersAbove finds, above a heading over signers, a first group of
// signers with no heading of its own: the run of lines that are not prose
// right above it, when three in four of them, and at least three, open
// with a person's name.
// It returns the run's first line, or -1.
func (p *parser) signersAbove(from, h int) int {
	start, named, n := -1, 0, 0
	for i := h - 1; i > from && !p.proseAt(i); i-- {
		if t := p.lines[i].text; t != "" {
			start, n = i, n+1
			if p.startsWithName(t) {
				named++
			}
		}
	}
	if named < 3 || named*4 < n*3 {
		return -1
	}
	return start
}

// signerTable finds, in a letter without a closing, a table whose header
// row names a column of signers ("|Name|Project/Affiliation|Contact|") with
// at least one row under it. Such a table holds the signatures wherever it
// stands, whatever prose follows. It returns the first such header's index
// and the index past the last row of the last such table, or -1.
func (p *parser) signerTable(from int) (start, end int) {
	start = -1
	for i := max(from, 0); i+2 < len(p.lines); i++ {
		if len(p.lines[i].cells) < 2 || i > 0 && len(p.lines[i-1].cells) >= 2 {
			continue
		}
		cols, named := headerColumns(p.lines[i].cells)
		if !named || !slices.Contains(cols, colName) {
			continue
		}
		j, rows := i+1, 0
		for ; j < len(p.lines) && p.lines[j].cells != nil; j++ {
			if len(p.lines[j].cells) >= 2 {
				rows++
			}
		}
		if start < 0 && rows >= 1 {
			start = i
		}
		if start >= 0 && rows >= 1 {
			end = j
		}
	}
	return start, end
}

// listAbove finds a list printed just above a table of signers, as a page
// gives organizations one per line over a table of individuals: a run of
// three lines at least, each a name, a body or a column heading, after a
// blank line or prose and before the blank line above the table. It
// returns the run's first line, or at when there is none.
func (p *parser) listAbove(from, at int) int {
	i := at - 1
	if i <= from || p.lines[i].text != "" {
		return at // the table must stand apart
	}
	for i > from && p.lines[i].text == "" {
		i--
	}
	start, n, entries := at, 0, 0
	for ; i > from && p.lines[i].text != "" && !p.proseAt(i); i-- {
		t := p.lines[i].text
		if strings.HasSuffix(t, ":") && !isColumnHeader(t) || strings.Contains(t, "@") || isContactIntro(t) || rePhone.MatchString(t) {
			return at // a contact block or a page's notes: no list of signers
		}
		if p.listEntryLine(t) {
			entries++
		}
		start, n = i, n+1
	}
	if n < 3 || entries*3 < n*2 {
		return at
	}
	return start
}

// listEntryLine reports a line that reads as a signer of a list: a body,
// a person, a column heading, or a few capitalized words.
func (p *parser) listEntryLine(t string) bool {
	if isColumnHeader(t) {
		return true
	}
	isName, _ := p.nameInfo(t)
	return isName || p.isOrgish(t) || len(strings.Fields(t)) <= 6 && startsUpper(t) && !strings.ContainsAny(t, "0123456789")
}

// listBlock finds, in a letter with neither closing nor heading, a list
// of signers followed by a note ("See the full list of signatures at
// ..."): the longest run of lines that are not prose after the first
// prose line, when it holds at least five lines and only prose follows
// it. It returns the run's first line, or -1.
func (p *parser) listBlock(from, lastProse int) int {
	bestStart, bestLen := -1, 0
	start, n := -1, 0
	for i := max(from, 0); i <= lastProse && i < len(p.lines); i++ {
		switch {
		case p.lines[i].text == "":
		case p.proseAt(i):
			if n > bestLen {
				bestStart, bestLen = start, n
			}
			start, n = -1, 0
		default:
			if start < 0 {
				start = i
			}
			n++
		}
	}
	if bestLen < 5 || bestStart <= from {
		return -1
	}
	for i := bestStart; i <= lastProse; i++ { // what follows the list is short
		if p.proseAt(i) && len(strings.Fields(p.lines[i].text)) > 40 {
			return -1
		}
	}
	return bestStart
}

// listFollows reports that the next three lines with text after i are
// not prose, as a list of signers is not.
func (p *parser) listFollows(i int) bool {
	seen := 0
	for ; i < len(p.lines) && seen < 3; i++ {
		if t := p.lines[i].text; t != "" {
			if p.proseAt(i) {
				return false
			}
			seen++
		}
	}
	return seen == 3
}

// slice returns lines[from:to], clamped.
func (p *parser) slice(from, to int) []line {
	from = clamp(from, len(p.lines))
	return p.lines[from:clamp(max(to, from), len(p.lines))]
}

func clamp(i, n int) int { return max(0, min(i, n)) }

// maxHeaderLines bounds the letterhead, date and address area; a longer
// "header" means the letter has no salutation or body to end it.
const maxHeaderLines = 120

// reTitleSalutation is a salutation without "Dear": "President Biden:",
// "Members of the Committee:".
var reTitleSalutation = regexp.MustCompile(`^(?:President|Vice President|Senators?|Chairman|Chairwoman|Chair|Secretary|Speaker|Leader|Members|Colleagues|Friends|Administrator|Commissioner|Governor|Mayor|Representatives?|Congressman|Congresswoman|Ambassador|Director|Judge|Justice|Editors?|Madam|Mister)\b[^:]{0,60}:$`)

var reSalutation = regexp.MustCompile(`(?i)^(dear|my dear|to the|to whom|gentlemen|gentlepersons|ladies and gentlemen|madam|madame|sir|sirs|(?:mr|madam|mister)\.? (?:` + greetedOffices + `)|hello|hi|greetings|esteemed|distinguished|geachte|sehr geehrte|liebe|lieber|monsieur|estimad[oa]s?|señor|señora|señores|señoras|senhor|senhora|senhores|querid[oa]s?|gentile|gentili|gentilissim[oa]|egregi[oa]|caro|cara|cari|cher|chère|chers|chères|szanown[yai]|vážen[ýá]|beste|bäste|kære|kjære|benvolgut|benvolguda|benvolguts|estimat|estimada)\b.*[:,!]$`)

// greetsAfterProse reports a salutation that still counts below an
// introduction in prose: it opens with a greeting ("Dear", "Señor",
// "Szanowny", "Mr. Mayor"), not with "To the", and is short, or it is a
// "Dear ...:" that greets a list of capitalized names and offices ("Dear
// Senators A, B, ... and K:") at any length.
func greetsAfterProse(t string) bool {
	low := strings.ToLower(t)
	if strings.HasPrefix(low, "dear ") && strings.HasSuffix(low, ":") && greetsOnlyNames(t) {
		return true
	}
	if strings.HasPrefix(low, "to the ") && strings.HasSuffix(low, ":") && len(strings.Fields(low)) <= 6 && greetsOnlyNames(t) {
		return true // "To the Editor:" under a newspaper page's own lines
	}
	if greetsOfficesAfterProse(t) {
		return true
	}
	if len(strings.Fields(low)) > 12 || strings.HasPrefix(low, "to ") {
		return false
	}
	if reMrOffice.MatchString(low) {
		return true
	}
	for _, pre := range salutationOpeners {
		if strings.HasPrefix(low, pre) {
			return true
		}
	}
	return false
}

// proseNext reports that the next line with text after line i is prose.
func (p *parser) proseNext(i int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if p.lines[j].text != "" {
			return p.proseAt(j)
		}
	}
	return false
}

// greetsOfficesAfterProse reports a greeting by office, short and
// greeting only offices and names, that a news page prints under its own
// paragraphs: "Governor Evers and Lieutenant Governor Barnes:".
func greetsOfficesAfterProse(t string) bool {
	if !reTitleSalutation.MatchString(t) || len(strings.Fields(t)) > 8 {
		return false
	}
	for _, w := range strings.Fields(strings.TrimSuffix(t, ":")) {
		if !startsUpper(w) && !connectors[strings.ToLower(w)] {
			return false // "Members of Parliament who have signed the petition:" heads a list
		}
	}
	return true
}

// greetsOnlyNames reports a salutation whose every part, as commas and
// "and" part them, opens with a capital: names and offices, no sentence
// ("Dear friends and members, today our coalition sent ...:").
func greetsOnlyNames(t string) bool {
	for _, part := range reSalutationJoin.Split(greeted(t), -1) {
		part = strings.TrimPrefix(part, "the ") // "... and the President pro tempore of the Senate"
		if part == "" || !startsUpper(part) {
			return false
		}
	}
	return true
}

// greetedOffices are the offices greeted as "Mr. President", "Madam Mayor".
const greetedOffices = `president|chairman|chair|speaker|secretary|mayor|governor|minister|commissioner|director|ambassador|senator`

var reMrOffice = regexp.MustCompile(`^(?:mr|madam|mister)\.? (?:` + greetedOffices + `)\b`)

// findSalutation returns the index of the salutation, or -1. Past the
// first line of prose only a "Dear ..." line still counts, and the search
// ends at a closing.
func (p *parser) findSalutation() int {
	prose := false
	for i, ln := range p.lines {
		t := ln.text
		if i > 200 {
			break
		}
		if _, ok := closingAt(t); ok && len(strings.Fields(t)) <= 4 {
			break
		}
		if !prose && editorRunIn(t) {
			return i // "To the Editor: The writers, …": split off below
		}
		before := prose
		prose = prose || isProse(t)
		if len(t) > 160 && !(len(t) <= 300 && strings.HasPrefix(t, "Dear ")) || !reSalutation.MatchString(t) && (!reTitleSalutation.MatchString(t) || prose && !greetsOfficesAfterProse(t)) {
			continue
		}
		low := strings.ToLower(t)
		if strings.HasPrefix(low, "to the hon") || (before && !greetsAfterProse(t)) {
			continue
		}
		if before && !reSalutation.MatchString(t) && !p.proseNext(i) {
			continue // "Senators:" over names under a statement's paragraph is a heading
		}
		// a greeting long enough to read as prose still greets when it
		// names only offices and bodies ("To the Speaker of the House of
		// Representatives and the President pro tempore of the Senate:")
		if !before && prose && !greetsOnlyNames(t) {
			continue
		}
		return i
	}
	for i, ln := range p.lines[:min(len(p.lines), 200)] {
		if reInlineSalutation.MatchString(ln.text) && strings.HasPrefix(strings.ToLower(ln.text), "dear ") {
			return i
		}
	}
	return -1
}

// joinWrappedSalutation finds a "Dear ..." line that runs on to the next
// ("Dear Chairman Baucus, Senator Grassley, Chairman Rangel and" /
// "Representative McCrery:") and joins the two; it returns its index or -1.
func (p *parser) joinWrappedSalutation() int {
	for i, ln := range p.lines[:max(0, min(len(p.lines), 200)-1)] {
		t := ln.text
		if isProse(t) {
			break
		}
		if !strings.HasPrefix(strings.ToLower(t), "dear ") || !continues(t) && strings.ContainsAny(t[len(t)-1:], ":,") {
			continue
		}
		next := p.lines[i+1].text
		joined := t + " " + next
		if strings.HasSuffix(next, ":") && len(joined) <= 160 && reSalutation.MatchString(joined) {
			p.lines[i].text, p.lines[i+1].text = joined, ""
			return i
		}
	}
	return -1
}

// isStackedSalutation reports a second "Dear ..." line right under the
// first: one salutation per recipient.
func isStackedSalutation(t string) bool {
	low := strings.ToLower(t)
	return (strings.HasPrefix(low, "dear ") || strings.HasPrefix(low, "to the ")) && len(t) <= 100 && strings.ContainsAny(t[len(t)-1:], ",:")
}

// reEditorSalutation greets a newspaper's editor: "To the editor:".
var reEditorSalutation = regexp.MustCompile(`^(?i:to the editors?|dear editors?)\b`)

// editorRunIn reports a newspaper's salutation with the letter run into
// its line: "To the Editor: The writers, …".
func editorRunIn(t string) bool {
	loc := reEditorSalutation.FindStringIndex(t)
	if loc == nil || !strings.HasPrefix(t[loc[1]:], ":") {
		return false
	}
	rest := t[loc[1]+1:]
	return rest != "" && (rest[0] == ' ' || rest[0] == '\t') && strings.TrimSpace(rest) != ""
}

var reInlineSalutation = regexp.MustCompile(`^((?i:dear|to the)\s[^:]{1,80}:)\s+(\S.*)$`)

// splitInlineSalutation handles a salutation run into the first paragraph
// ("Dear Mr. Chairman: We write ..."), as the Congressional Record prints
// them: the line is cut in two, keeping its number for both.
func (p *parser) splitInlineSalutation(i int) {
	m := reInlineSalutation.FindStringSubmatch(p.lines[i].text)
	if m == nil {
		return
	}
	body := p.lines[i]
	body.text = m[2]
	p.lines[i].text = m[1]
	p.lines = append(p.lines[:i+1], append([]line{body}, p.lines[i+1:]...)...)
}

// isProse reports a line of running text: long, and mostly lower-case words.
func isProse(s string) bool {
	f := strings.Fields(s)
	if len(f) >= 30 {
		return true
	}
	if len(f) < 10 {
		return false
	}
	lower := 0
	for _, w := range f {
		if startsLower(w) {
			lower++
		}
	}
	return lower*2 >= len(f)
}

// afterTitle skips a letter's title: a first line of up to fifteen words,
// with no final period, standing alone above a blank line ("FSFE objects
// to claims of 'predatory pricing' in Free Software").
func (p *parser) afterTitle() int {
	i := 0
	for i < len(p.lines) && p.lines[i].text == "" {
		i++
	}
	if i+1 >= len(p.lines) {
		return 0
	}
	t := p.lines[i].text
	if p.lines[i+1].text != "" || len(strings.Fields(t)) > 15 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
		return 0
	}
	return i + 1
}

// proseAt reports line i as prose; a table row, whatever its cells say,
// is not.
func (p *parser) proseAt(i int) bool {
	t := p.lines[i].text
	if len(p.lines[i].cells) >= 2 || !isProse(t) || p.runOnEntries(t) {
		return false
	}
	// a list item that opens with a name is a signer, however long its role
	if _, marked := stripMarker(t); marked && p.startsWithName(t) {
		return false
	}
	if byline(t) != "" {
		return false // "Written by the members of …": the signature
	}
	// nor is a name and a long description, one of a run of such lines
	// ("Jane Doe - reader first and foremost, also an author, ...")
	if p.nameThenRole(t) && (p.nameThenRole(p.textNear(i, -1)) || p.nameThenRole(p.textNear(i, 1))) {
		return false
	}
	return true
}

// runOnEntries reports a line of signers run together with semicolons,
// each a name and what the signer does ("Adrienne Brotons, membre de la
// Fondation ; Christel Cournil, professeure de droit ; …"), or with commas,
// each a name alone: a list, however long, not prose.
func (p *parser) runOnEntries(t string) bool {
	if strings.Count(t, ";") < 3 {
		return strings.Count(t, ",") >= 5 && p.commaRunOfNames(t)
	}
	segs := strings.Split(t, ";")
	named := 0
	for i, sg := range segs {
		head, _, _ := strings.Cut(strings.TrimSpace(sg), ",")
		if p.isPersonName(strings.TrimSpace(head)) || len(strings.Fields(head)) <= 6 && p.endsWithName(head) {
			named++
		} else if i == 0 && len(segs) >= 6 {
			return false // a sentence that lists people after its first words is prose
		}
	}
	if len(segs) >= 6 {
		return named*2 >= len(segs) // a long run: half of them names we know is no prose
	}
	return named*3 >= len(segs)*2
}

// commaRunOfNames reports a line of names alone, or of bodies' names, run
// together with commas ("Radhavallabh Tripathi, Rakesh Pandey, … and
// Anamika."; "AARP, Community Preservation Corp., CSH, …"): every part a
// name but one at most, the first and the last among them, so that a
// sentence naming people ("Last month A, B, … and G testified …") stays
// prose.
func (p *parser) commaRunOfNames(t string) bool {
	segs := strings.Split(strings.TrimRight(t, ".’”\"' "), ",")
	unnamed := 0
	for i, sg := range segs {
		head := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sg), "and "))
		named := p.isPersonName(head) || namesBody(head) || isGivenName(head) && isMononym(head)
		if a, b, ok := strings.Cut(head, " and "); ok && !named {
			named = (p.isPersonName(a) || namesBody(a)) && (p.isPersonName(b) || namesBody(b))
		}
		if !named && len(segs) >= 6 && p.wrappedNamePart(head, i == 0, i == len(segs)-1) {
			continue // a name the line's wrap has cut: "…, Marius" / "Bujold, …"
		}
		if !named {
			if unnamed++; unnamed > 1 || i == 0 || i == len(segs)-1 {
				return false
			}
		}
	}
	return true
}

// wrappedNamePart reports the piece of a name a wrapped line leaves at
// its end (a given name) or at its start (a capitalized surname), in a
// long run of names.
func (p *parser) wrappedNamePart(s string, first, last bool) bool {
	if strings.ContainsAny(s, " .:") || !startsUpper(s) {
		return false
	}
	return last && isGivenName(s) || first && !isGivenName(s) && !connectors[strings.ToLower(s)]
}

// namesBody reports a part of a list run together with commas that is a
// body's name: capitalized words, eight at most, joined by no more than
// the small words of names ("Network of New York"), one an organization's
// word or an acronym.
func namesBody(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		if !startsUpper(w) && !connectors[strings.ToLower(w)] {
			return false
		}
	}
	return containsOrgWord(s) || len(f) == 1 && isAcronym(f[0])
}

// endsWithName reports words that end in a person's name of two or three
// words, a given name first: "the most reverend Justin Welby", "imam Asim
// Hafiz" (an office or a courtesy title before a name, as newspapers
// print them in lower case).
func (p *parser) endsWithName(s string) bool {
	f := strings.Fields(s)
	for k := 2; k <= 3 && k < len(f); k++ {
		if name := f[len(f)-k:]; isGivenName(name[0]) && p.isPersonName(strings.Join(name, " ")) {
			return true
		}
	}
	return false
}

// nameThenRole reports a line that opens with a person's name set off by a
// dash or a comma from what follows: "Jane Doe - author, reviewer".
func (p *parser) nameThenRole(t string) bool {
	t, _ = stripMarker(t)
	k := strings.IndexByte(t, ',')
	if d, _ := spacedDash(t); d > 0 && (k < 0 || d < k) {
		k = d // "Mary-Jane Doe - author": a hyphen inside a name is no separator
	}
	if k <= 0 {
		return false
	}
	head := strings.TrimSpace(t[:k])
	if n := len(strings.Fields(head)); n < 1 || n > 5 {
		return false
	}
	isName, _ := p.nameInfo(head)
	return isName
}

// textNear is the text of the nearest line with text before (dir -1) or
// after (dir 1) line i, or "".
func (p *parser) textNear(i, dir int) string {
	for j := i + dir; j >= 0 && j < len(p.lines); j += dir {
		if t := p.lines[j].text; t != "" {
			return t
		}
	}
	return ""
}

func (p *parser) firstProse(from int) int {
	for i := from; i < len(p.lines); i++ {
		if p.proseAt(i) {
			return i
		}
	}
	return len(p.lines)
}

// lastProse is the last prose line before the signatures, when a letter has
// no closing; the signatures start after it.
func (p *parser) lastProse(from int) int {
	last := from - 1
	for i := from; i < len(p.lines); i++ {
		if p.proseAt(i) {
			last = i
		}
	}
	// a sentence's last words wrapped onto a short line of their own
	for last >= from && last+1 < len(p.lines) && sentenceTail(p.lines[last+1].text) {
		last++
	}
	return last
}

// sentenceTail reports the end of a sentence wrapped onto a line of its
// own: lower case, no list marker, a full stop at the end ("as the best
// way to continue that work.").
func sentenceTail(t string) bool {
	_, marked := stripMarker(t)
	return startsLower(t) && !marked && strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 3 && !containsOrgWord(t)
}

var (
	reClosing   = closingRegexp()
	closingEnds = lastWords(closings)
)

// lastWords is the set of the phrases' last words: a cheap first test.
func lastWords(phrases []string) map[string]bool {
	m := make(map[string]bool)
	for _, p := range phrases {
		f := strings.Fields(p)
		m[f[len(f)-1]] = true
	}
	return m
}

// firstWord is t up to its first space.
func firstWord(t string) string {
	if i := strings.IndexByte(t, ' '); i >= 0 {
		return t[:i]
	}
	return t
}

// closingFirstWords are the first words of the closings, lower case.
var closingFirstWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, c := range closings {
		m[strings.Fields(c)[0]] = true
	}
	return m
}()

// closingAlternation is the closings as one regexp alternation, longest
// first so that "sincerely yours" wins over "sincerely".
func closingAlternation() string {
	alts := make([]string, len(closings))
	for i, c := range closings {
		alts[i] = regexp.QuoteMeta(c)
	}
	slices.SortFunc(alts, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(alts, "|")
}

func closingRegexp() *regexp.Regexp {
	alts := make([]string, len(closings))
	for i, c := range closings {
		alts[i] = regexp.QuoteMeta(c)
	}
	return regexp.MustCompile(`(?i)(?:^|[.!?]["”’]?\s+)((?:` + strings.Join(alts, "|") + `)\s*[,.!]?)$`)
}

// findClosing returns the closing line and, when the close ends a line of
// body text ("... practice. Yours sincerely,"), the close itself. A close
// followed at once by another ("Thank you," / "Sincerely,") yields the last.
func (p *parser) findClosing(from int) (int, string) {
	for i := from; i < len(p.lines); i++ {
		c, ok := closingAt(p.lines[i].text)
		if !ok {
			continue
		}
		for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
			if next, ok := closingAt(p.lines[j].text); ok && next == "" {
				return j, ""
			}
			if p.lines[j].text != "" {
				break
			}
		}
		return i, c
	}
	return p.unknownClosing(from)
}

// unknownClosing finds a close the list of closings does not have ("With
// urgency,", "In solidarity against online harassment,"): a line of one to six words
// ending in a comma, after the first prose paragraph, with a name within
// the next few lines of text. It returns -1 when there is none.
func (p *parser) unknownClosing(from int) (int, string) {
	prose := false
	for i := max(from, 0); i < len(p.lines); i++ {
		t := p.lines[i].text
		if p.proseAt(i) {
			prose = true
			continue
		}
		if prose && isSignerHeading(t) && p.listFollows(i+1) && p.lastProse(i+1) <= i {
			return -1, "" // "Signed by" over the list, no prose below it: the signers start there, not at a guessed close
		}
		f := strings.Fields(t)
		if !prose || len(f) == 0 || len(f) > 6 || !strings.HasSuffix(t, ",") || !startsUpper(t) || reSalutation.MatchString(t) {
			continue
		}
		if isName, _ := p.nameInfo(t); isName {
			continue
		}
		for j, seen := i+1, 0; j < len(p.lines) && seen < 4; j++ {
			if p.lines[j].text == "" {
				continue
			}
			seen++
			if isName, _ := p.nameInfo(p.lines[j].text); isName {
				return i, ""
			}
		}
	}
	return -1, ""
}

// closingAt reports a closing line; inline is set when the close ends a
// line of text, which then needs a comma to count.
func closingAt(t string) (inline string, ok bool) {
	f := strings.Fields(t)
	if len(f) == 0 || !closingEnds[strings.ToLower(strings.TrimRight(f[len(f)-1], ",.!"))] {
		return "", false
	}
	m := reClosing.FindStringSubmatchIndex(t)
	if m == nil {
		return "", false
	}
	if m[0] == 0 {
		if strings.EqualFold(strings.Trim(t, ",.! "), "thank you") && !strings.HasSuffix(t, ",") {
			return "", false
		}
		return "", true
	}
	c := t[m[2]:m[3]]
	if !strings.HasSuffix(c, ",") {
		return "", false
	}
	return c, true
}

// namedBody reports a body's own name, not a generic one ("Board of
// Directors", "Steering Committee", "Congress"): three words at least,
// one of them no organization's, title's or small word.
func namedBody(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	for _, w := range f {
		b := bare(w)
		if !orgWords[b] && !connectors[b] && !isTitleWord(b) && !isTitleWord(strings.TrimSuffix(b, "s")) && !headingGroupNouns[b] {
			return true
		}
	}
	return false
}

// reMembersOf is a lead-in naming the body whose members sign below it:
// "Signed by the following members of the Minnesota Rabbinical
// Association:", "This statement is signed by members of X:".
var reMembersOf = regexp.MustCompile(`(?i)^(?:(?:this|the) (?:letter|statement|petition) (?:is |was |has been )?)?(?:signed|endorsed) by (?:the following |these |all )?(?:[\p{L}-]+ ){0,2}members of (?:the )?([^,;:]+?)\s*:?$`)

var reOnBehalf = regexp.MustCompile(`(?i)^on behalf of (?:the )?([^,;:]+?)\s*[,.:;]?$`)

// readOnBehalf takes "On behalf of X," from just above or below the closing:
// its organization is given to the signers below it.
func (p *parser) readOnBehalf(closing, sigStart int) {
	for _, i := range []int{closing - 1, closing - 2, sigStart, sigStart + 1} {
		if i < 0 || i >= len(p.lines) || (closing < 0 && i < sigStart) {
			continue
		}
		m := reOnBehalf.FindStringSubmatch(p.lines[i].text)
		if m == nil || !startsUpper(m[1]) || strings.Contains(strings.ToLower(m[1]), "undersigned") {
			continue
		}
		p.onBehalf = m[1]
		p.addKnown(m[1])
		return
	}
	for _, i := range []int{sigStart - 1, sigStart} { // "Signed by the following members of the X:" over the list
		if i < 0 || i >= len(p.lines) {
			continue
		}
		if m := reMembersOf.FindStringSubmatch(p.lines[i].text); m != nil && startsUpper(m[1]) && p.isOrgish(m[1]) && namedBody(m[1]) {
			p.membersOf = m[1]
			p.addKnown(m[1])
			return
		}
	}
	if closing >= 0 { // a closing that names the body signed for: "For the Last Stand Board,"
		if m := reForBodyClosing.FindStringSubmatch(p.lines[closing].text); m != nil && startsUpper(m[1]) && p.isOrgish(m[1]) {
			p.onBehalf = m[1]
			p.addKnown(m[1])
		}
	}
}

// reForBodyClosing is a closing that names the body signed for: "For the
// Last Stand Board,".
var reForBodyClosing = regexp.MustCompile(`^(?:For|FOR) (?:the |THE )?([^,;:]+?)\s*[,:]?$`)

var reCC = regexp.MustCompile(`(?i)^(?:cc|c\.c\.|bcc|copy to|copies to|copies|copy|en copie|copie à|copie|kopie an|kopie|con copia a|copia)\s*[:.]\s*|^(?:cc)\s+`)

// splitCC cuts the signature region at the first cc line.
func (p *parser) splitCC(rest []line) (sig, cc []line) {
	for i, ln := range rest {
		if ln.text != "" && strings.ContainsRune("cCbBkKeE", rune(ln.text[0])) && reCC.MatchString(ln.text) {
			return rest[:i], rest[i:]
		}
	}
	return rest, nil
}
