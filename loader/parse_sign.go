package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coalition-graph/coalition/graph"
)

// sigMode is what the lines under a heading are: people, organizations, or
// either (decided line by line).
type sigMode int

const (
	modeAuto sigMode = iota
	modeOrg
	modePerson
)

var (
	reMarker  = regexp.MustCompile(`^(?:\(?\d{1,4}[.)]|[-•*▪●◦‣–—¶►▸➢➤■□○◆♦✓✔⁃›])\s+`) // "¶ Bill Hayden AC": a pilcrow marks an entry as a bullet does
	reCounter = regexp.MustCompile(`(?i)^(?:(?:current |total )?(?:count|total|tally)\s*:\s*)?\d[\d,]*\+?\s+(?:total\s+|initial\s+|more\s+|additional\s+|current\s+)?(signatures?|(?:co-?)?signator(?:y|ies)|signers?|organizations|organisations|names|individuals|groups|people|supporters|endorsements|co-?signers)(?:[\s:.,;)]|$)`)
	reStop    = regexp.MustCompile(`(?i)^(p\.?\s?s\.?[:\s]|enclosures?\b|encl\.|attachments?:|(?:end\s?notes|footnotes|notes|references|sources|anmerkungen|notas|références)\s*:?$|` +
		// further reading below the signers: "Further information:", "See also:"
		`(?:further|more|additional|background) (?:information|reading|resources|links)\s*:$|(?:see also|related(?: links| reading| articles)?|links|read more|(?:press|media) coverage|in the (?:media|press)|weitere informationen|mehr informationen|plus d'informations|más información|maggiori informazioni|mais informações)\s*:$)`)
	reSigned = regexp.MustCompile(`(?i)\[(signed|signature|sig)\]|\((signed|signature)\)|^/s/\s*|\s/s/\s*|^by:\s*`)
	reGap    = regexp.MustCompile(`\S {3,}\S`)
)

// logical is a signature line after wrapped lines are joined.
type logical struct {
	text        string
	first, last int
}

// readSignatures reads the signature region: blank-line groups, columns,
// headings that switch to organization lists, and the entries in each.
func (p *parser) readSignatures(lines []line) {
	if ln, ok := onlyLine(lines); ok && p.readNamedRun(ln) {
		return // "Name Description, Name Description, ...": a letters page's run
	}
	if k := p.sectionAfterSigners(lines); k < len(lines) {
		p.skipFrom(lines[k:], "a section of its own after the signers, under a heading that names none")
		lines = lines[:k]
	}
	if k := p.contactTail(lines); k < len(lines) {
		p.skipFrom(lines[k:], "how to reach the signer above: address, telephone, web")
		lines = lines[:k]
	}
	lines = newsReportLists(p.dropContactLines(lines))
	mode := modeAuto
	lines = p.splitGridRows(p.splitNameTitleRuns(bylinesRead(p.dropDescriptions(parensClosed(nameMarksCut(p.restOfGroup(p.pluralOfficeLines(lines))))))))
	lines = p.nameDescriptionLines(lines)
	all := p.joinDoubleSpaced(p.sigGroups(lines))
	orgRun := p.orgLinesApart(all)
groups:
	for i, g := range all {
		if n, kind := wrappedHeading(g); n > 0 {
			p.skipFrom(g[:n], "heading over the signers")
			g, mode = g[n:], kind
		}
		var seg []line
		flush := func() {
			if len(seg) > 0 {
				m := mode
				if orgRun[i] && m == modeAuto {
					m = modeOrg
				}
				p.readGroup(seg, m)
				seg = nil
			}
		}
		for _, ln := range g {
			if isSupportersLine(ln.text) && (len(p.l.Signatories) > 0 || len(seg) > 0) {
				flush()
				p.skipFrom(lines[indexOfLine(lines, ln.n):], "supporters listed after the signatures, not signers")
				break groups // supporters of the bill, not signers
			}
			if kind, ok := signerHeadingKind(ln.text); ok && (len(ln.cells) < 2 || !isColumnHeader(ln.text)) {
				flush()
				mode = kind
				p.skip(ln.n, "heading over the signers")
				continue
			}
			if reOrderNote.MatchString(ln.text) {
				p.skip(ln.n, "a note on the list's order")
				continue
			}
			if isReference(ln.text) && ln.cells == nil {
				p.skip(ln.n, "no letters: a mark such as the end of a press release (###)")
				continue
			}
			if strings.HasSuffix(ln.text, ":") && !p.startsWithName(ln.text) {
				flush() // "Save this PDF as:", "Start display at page:": a label, no signer
				p.skip(ln.n, "a label ending in a colon")
				continue
			}
			if ln.heading && !p.startsWithName(ln.text) && len(seg) == 0 && len(p.l.Signatories) > 0 {
				p.skip(ln.n, "heading of a part of the signers")
				continue
			}
			seg = append(seg, ln)
		}
		flush()
	}
	p.l.Signatories = mergeRepeated(dedupe(p.l.Signatories))
	p.splitKnownOrgTitles()
	p.shareTrailingOrganization()
}

// nameMarksCut drops what is printed with a name but is no part of it: a
// footnote mark ("Chris Mihm*, …"), a bishop's signature before the typed
// name, a label before a signer ("Sponsor: Rep. Hank Johnson"), and the
// words after a run of names that say they signed.
func nameMarksCut(lines []line) []line {
	out := lines
	for i, ln := range lines {
		if mentionsSigners(ln.text) {
			if m := reSignersTrail.FindStringSubmatchIndex(ln.text); m != nil && strings.Count(ln.text[:m[2]], ",") >= 2 {
				if &out[0] == &lines[0] {
					out = slices.Clone(lines)
				}
				out[i].text = ln.text[:m[2]] // "A, B, C are the signatories of the letter."
				continue
			}
		}
		if !strings.ContainsAny(ln.text, "+✠*†‡:") {
			continue // most lines: no regular expression needed
		}
		t := reNameFootnote.ReplaceAllString(cutEpiscopalSignature(ln.text), "${1}${2}")
		if m := reSignerLabel.FindStringSubmatchIndex(t); m != nil {
			t = t[m[3]:] // "Sponsor: Rep. Hank Johnson (D-GA, 4th)"
		}
		if t != ln.text {
			if &out[0] == &lines[0] {
				out = slices.Clone(lines)
			}
			out[i].text = t
		}
	}
	return out
}

// parensClosed closes a parenthesis left open at the end of a signer's
// line, as hand-typed lists do: "Nerilie Abram (Professor, Australian
// National University;" reads as "… University)".
func parensClosed(lines []line) []line {
	out := lines
	for i, ln := range lines {
		if !strings.Contains(ln.text, "(") || strings.Count(ln.text, "(") <= strings.Count(ln.text, ")") {
			continue
		}
		t := strings.TrimRight(ln.text, ";,. ")
		open := strings.LastIndexByte(t, '(')
		if open < strings.LastIndexByte(t, ')') || strings.HasSuffix(t, "(") || wrapsOn(lines, i) ||
			open > 0 && t[open-1] == '(' { // doubled, a stray mark: "((Andre Desmarais, Power Corp.; ..."
			continue
		}
		if &out[0] == &lines[0] {
			out = slices.Clone(lines)
		}
		out[i].text = t + ")"
	}
	return out
}

// reOrderNote is a note on how the signers are ordered: "In order of
// signing", "(listed alphabetically)", "Names in alphabetical order".
var reOrderNote = regexp.MustCompile(`(?i)^\(?(?:(?:names|signatories|signers|signatures) )?(?:(?:are )?listed )?(?:in (?:alphabetical |chronological )?order(?: of (?:signing|signature|signatures|receipt|surname|last name))?|alphabetically(?: by (?:surname|last name))?)\)?[.:]?\)?$`)

// wrapsOn reports that the line after i closes a parenthesis it did not
// open: line i's parenthesis goes on there ("APEERS (Alternative Peer" /
// "Recovery Society), West Virginia").
func wrapsOn(lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if t := lines[j].text; t != "" {
			prev := strings.TrimSpace(lines[i].text)
			return strings.Count(t, ")") > strings.Count(t, "(") || startsLowerWord(t) || endsWithConnector(prev) || strings.HasSuffix(prev, ",")
		}
	}
	return false
}

// reSignerLabel is a label before one signer's name: "Sponsor:", "Lead
// sponsor:", "Signed:".
var reSignerLabel = regexp.MustCompile(`^((?i:(?:lead |original |chief )?(?:co-?)?sponsors?|signed|signature|signer|author)\s*:\s+)\p{Lu}`)

// joinDoubleSpaced joins signature blocks copied from a web page with a
// blank line after every line ("Mayor Ana Ruiz" / "" / "City of Alton,
// MO" / ""): each line is a group of its own, so a run of one-line groups
// whose lines under each name are few becomes one block per name.
func (p *parser) joinDoubleSpaced(groups [][]line) [][]line {
	var out [][]line
	for i := 0; i < len(groups); {
		j := i
		for j < len(groups) && len(groups[j]) == 1 && !isAnySignerHeading(groups[j][0].text) {
			j++
		}
		if blocks, ok := p.blocksOfNames(groups[i:j]); ok {
			out = append(out, blocks...)
		} else {
			out = append(out, groups[i:max(j, i+1)]...)
		}
		i = max(j, i+1)
	}
	return out
}

// isAnySignerHeading reports a heading over signers of any wording
// ("Initial Signatories", "Organisation Name").
func isAnySignerHeading(t string) bool {
	_, ok := signerHeadingKind(t)
	return ok
}

// blocksOfNames splits a run of one-line groups at each name, when the run
// opens with a name, holds at least three, and has one to three lines
// under some of them and more under none (a signer may print no title).
func (p *parser) blocksOfNames(run [][]line) ([][]line, bool) {
	if len(run) < 3 {
		return nil, false
	}
	var blocks [][]line
	under := false
	for _, g := range run {
		switch {
		case p.startsWithName(g[0].text) || handleLike(g[0].text):
			blocks = append(blocks, []line{g[0]}) // "dexX7" among names: a signer known by a handle
		case len(blocks) == 0:
			return nil, false // the run must open with a name
		default:
			blocks[len(blocks)-1] = append(blocks[len(blocks)-1], g[0])
			under = true
		}
	}
	for _, b := range blocks {
		if len(b) > 4 && (len(blocks) >= 3 || len(b) > 5 || !p.oneSignerBlock(b)) {
			return nil, false // more than a title and a body or two under a name, or two roles under a sender's
		}
	}
	if len(blocks) >= 3 || !under {
		return blocks, len(blocks) >= 3 && under
	}
	for _, b := range blocks {
		if len(b) > 1 && !p.oneSignerBlock(b) {
			return nil, false
		}
	}
	return blocks, true // a sender's own block, under the list it carried
}

// sectionAfterSigners finds a Markdown heading below the signers that
// opens a section of its own ("#### Scratchwork appendix:" over the
// letter's feature requests): a heading that names no signers, over lines
// that read as sentences, not entries. It returns len(lines) when there
// is none.
func (p *parser) sectionAfterSigners(lines []line) int {
	seen := 0
	for i, ln := range lines {
		if ln.text == "" {
			continue
		}
		if ln.heading && seen >= 3 && !isAnySignerHeading(ln.text) && p.sentencesFollow(lines[i+1:]) {
			return i
		}
		seen++
	}
	return len(lines)
}

// sentencesFollow reports that at least half of the first four lines with
// text are sentences (three words in lower case at least, besides the
// small words of names) and none opens with a person's name: no list of
// signers, however its bodies are named ("Mozilla", "Fight for the
// Future").
func (p *parser) sentencesFollow(lines []line) bool {
	sentences, n := 0, 0
	for _, ln := range lines {
		if ln.text == "" {
			continue
		}
		t, _ := stripMarker(ln.text)
		if len(ln.cells) >= 2 || p.startsWithName(t) {
			return false
		}
		lower := 0
		for _, w := range strings.Fields(t) {
			if startsLower(w) && !connectors[strings.ToLower(w)] {
				lower++
			}
		}
		if lower >= 3 {
			sentences++
		}
		if n++; n == 4 {
			break
		}
	}
	return n > 0 && sentences*2 >= n
}

// oneSignerBlock reports a name over two to four lines that are each a
// title or a body: "RADHAVALLABH TRIPATHI," / "Former Vice Chancellor," /
// "Rashtriya Sanskrit Sansthan, New Delhi." printed with blank lines
// between, as one signer's block.
func (p *parser) oneSignerBlock(b []line) bool {
	if len(b) < 3 {
		return false
	}
	for _, ln := range b[1:] {
		t := strings.TrimRight(ln.text, ",.")
		if p.startsWithName(t) || !isTitle(t) && !p.isOrgish(t) {
			return false
		}
	}
	return true
}

// orgLinesApart finds organizations listed one per line with blank lines
// between them ("Access Now" / "" / "Bolo Bhi" / ""): each such line is a
// group of its own, too short to be judged alone, so runs of four or more
// one-line groups are judged together, as one list would be.
func (p *parser) orgLinesApart(groups [][]line) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(groups); {
		j := i
		for j < len(groups) && len(groups[j]) == 1 && !isSignerHeading(groups[j][0].text) {
			j++
		}
		if j-i >= 4 {
			var run []line
			for _, g := range groups[i:j] {
				run = append(run, g[0])
			}
			if p.mostlyOrgs(run) {
				for k := i; k < j; k++ {
					out[k] = true
				}
			}
		}
		i = max(j, i+1)
	}
	return out
}

// shareTrailingOrganization reads an organization printed under the
// people who sign as theirs ("Karsten Gerloff, President" / "Carlo Piana,
// General Counsel" / "Free Software Foundation Europe"): the last signer
// is an organization alone, every one before it is a person with a title
// and no organization, and no other organization signs alone.
func (p *parser) shareTrailingOrganization() {
	sigs := p.l.Signatories
	n := len(sigs)
	if n < 2 || sigs[n-1].Name != "" || !p.isOrgish(sigs[n-1].Organization) {
		return
	}
	for _, s := range sigs[:n-1] {
		if s.Name == "" || s.Organization != "" || s.Title == "" {
			return
		}
	}
	org := sigs[n-1]
	for i := range sigs[:n-1] {
		sigs[i].Organization, sigs[i].OrganizationLine = org.Organization, org.Line
		sigs[i].Evidence = append(sigs[i].Evidence, "organization printed under the signatures")
	}
	p.l.Signatories = sigs[:n-1]
}

var (
	reSupporters = regexp.MustCompile(`(?i)\b(support(s|ed|ing|ers)?|endors(e|es|ed|ing|ers|ements?))\b`)
	reBillRef    = regexp.MustCompile(`(?i)\b(h\.\s?r\.|h\.\s?res\.|s\.\s?\d|bill|act|legislation|resolution|amendment)\b`)
)

// reSignedStamp is the line that closes each card of an online sign-up
// list: "Signed @ 2022-09-29T21:20:15.000Z", "Signed on 2024-03-01", or a
// bare time stamp.
var reSignedStamp = regexp.MustCompile(`(?i)^(?:(?:signed|signé|firmado|unterzeichnet)\s*(?:@|on|at|le|el|am)?\s*\d{4}-\d\d-\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d)[\d:.TZ+\- ]*$`)

// isSupportersLine reports a line introducing organizations that support
// the bill, printed after the signatures ("Organizations supporting the
// HADD Act:", "The following groups have endorsed H.R. 1439.").
func isSupportersLine(t string) bool {
	if low := strings.ToLower(t); !strings.Contains(low, "support") && !strings.Contains(low, "endors") {
		return false // most lines: no regular expression needed
	}
	if reSupportersInline.MatchString(t) {
		return true // "Endorsing Groups: Union of Concerned Scientists, …" below the signers
	}
	// supporters of a bill, or a list said to support; a heading such as
	// "Trade associations and supporters:" names more signers
	intro := reBillRef.MatchString(t) || reListed.MatchString(t) || strings.HasSuffix(t, ":") && !reSignerCategory.MatchString(t)
	return reSupporters.MatchString(t) && intro && len(strings.Fields(t)) <= 20
}

// reSupportersInline is a label of groups that endorse, with the groups
// after its colon on the same line.
var reSupportersInline = regexp.MustCompile(`(?i)^(?:endorsing|supporting) (?:groups|organi[sz]ations)\s*:\s*\S`)

// reSignerCategory is a heading naming kinds of signers: "Trade
// associations and supporters:", "Supporting organizations:".
var reSignerCategory = regexp.MustCompile(`(?i)^(?:[\p{L}-]+ ){0,3}(?:and |& )?(?:supporters|supporting organi[sz]ations|endorsers|endorsing organi[sz]ations)\s*:$`)

// reSignerIntro is a short line that introduces the signers below it:
// "Signed by:", "The following organizations have endorsed this letter:",
// "ORGANIZATIONS SUPPORTING THIS STATEMENT INCLUDE:".
var reSignerIntro = regexp.MustCompile(`(?i)\b(signatories|signatures|signers|signed|signing|undersigned|co-?signers|endorsers|endorsed|endorses|endorsing|endorsements|supporting|supporters|organi[sz]ations|individuals|sign[ée]e?s?|firmad[oa]s?|unterzeichnet|firmat[oa]|assinad[oa]s?|ondertekend)\b`)

// isSignerHeading reports a heading over the signers: a group heading, or
// a short intro line naming them and ending in a colon.
func isSignerHeading(t string) bool {
	if kind, ok := headingKind(t); ok && kind != modeAuto || len(strings.Fields(t)) == 1 && ok {
		return true
	}
	return isSignerIntro(t)
}

// isSignerIntro is isSignerHeading past the group headings: a line of
// signer words, or a short one ending in a colon that introduces them.
func isSignerIntro(t string) bool {
	if f := wordsOf(t); len(f) > 0 && len(f) <= 8 {
		for _, g := range []string{":innen", "*innen", "_innen", "/innen"} {
			f[0] = strings.TrimSuffix(f[0], g) // "Unterzeichner:innen": German's inclusive plural
		}
		if len(f) > 1 && headingArticles[f[0]] {
			f = f[1:] // "Les premiers signataires", "The first signatories"
		}
		if len(f) > 1 && (f[0] == "e" || f[0] == "e-") {
			f = f[1:] // "e- Signed by": signed electronically
		} else if w, ok := strings.CutPrefix(f[0], "e-"); ok && w != "" {
			f[0] = w // "E-signatures"
		}
		if f[0] == "authors" && (len(f) == 1 || f[1] == "of") {
			return true // "Authors", "Authors of the letter"; not "Authors Alliance"
		}
		if signerWords[f[0]] || len(f) > 1 && firstSignerWords[f[0]] && signerWords[f[1]] {
			return true // "FIRMAS CARTA A LA CCMA", "Erstunterzeichnende", "Premiers signataires"
		}
	}
	if f := wordsOf(t); strings.HasSuffix(t, ":") && len(f) > 1 && len(f) <= 12 && headingGroupNouns[f[0]] {
		return true // "Members of the Civil Society Forum:" over its members
	}
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 12 && reSignerIntro.MatchString(t)
}

// signerWords open a heading over the signers, in the languages letters
// are written in.
var signerWords = wordSet(`signatories signatures signers signed undersigned
cosigners co-signers endorsers endorsed firmas firmantes firmado firmes
signants signataires signatarios signatários signatários assinaturas
assinado unterzeichner unterzeichnende unterzeichnenden erstunterzeichner
erstunterzeichnende erstunterzeichnerinnen unterschriften ondertekenaars
ondertekend firmatari sottoscrittori adhesiones adhesions adhésions
podpisy allekirjoittajat undertecknare underskrivere getekend`)

// headingArticles open a heading before its noun: "Les premiers
// signataires", "Die Erstunterzeichnenden".
var headingArticles = wordSet(`the les los las die der gli le la os de het`) // not "i" or "as": "I signed …", "As signed …"

// firstSignerWords say the signers below are the first of more:
// "Premiers signataires", "Initial signatories", "Primeros firmantes".
var firstSignerWords = wordSet(`first initial original founding premiers premières primeros primeras primi prime erste ersten eerste`)

// signerHeadingKind is headingKind, extended to intro lines ("The
// following organizations have signed:"): what they name decides the mode.
func signerHeadingKind(t string) (sigMode, bool) {
	if kind, ok := headingKind(t); ok {
		return kind, true
	}
	if kind, ok := columnHeading(t); ok {
		return kind, true
	}
	if !isSignerIntro(t) { // headingKind has said no already
		return modeAuto, false
	}
	mode := modeAuto
	for _, w := range wordsOf(t) {
		switch {
		case personHeadingNouns[w]:
			return modePerson, true
		case orgHeadingNouns[w]:
			mode = modeOrg
		}
	}
	return mode, true
}

// isColumnHeader reports a header of a column of names: a table's
// header row is read by the table itself, a lone one is a heading.
func isColumnHeader(t string) bool {
	_, ok := columnHeading(t)
	return ok
}

// columnHeading reads the header of a one-column table copied as lines
// ("Organisation Name", "Name of Organization", "Individual Name"): it
// names a column of names, and says whose.
func columnHeading(t string) (sigMode, bool) {
	h := collapse(strings.ToLower(strings.TrimRight(t, ": ")))
	ws := strings.Fields(h)
	if len(ws) < 2 || len(ws) > 4 || !slices.Contains(ws, "name") && !slices.Contains(ws, "names") {
		return modeAuto, false
	}
	if of, ok := strings.CutPrefix(h, "name of "); ok {
		h = of + " name" // "Name of Organization"
	}
	switch k, ok := headerKind(h); {
	case ok && k == colOrg:
		return modeOrg, true
	case ok && k == colName:
		return modePerson, true
	}
	return modeAuto, false
}

// wrappedHeading finds a heading over the signers printed over several
// lines at the top of a group ("List of Signatures on Bipartisan Letter
// to President Obama" / "Urging ... in" / "Afghanistan:"), and returns
// how many lines it takes and the mode it sets.
func wrappedHeading(g []line) (int, sigMode) {
	var j wrapJoiner
	for i, ln := range g[:min(len(g), 4)] {
		j.add(ln.text)
		if !strings.HasSuffix(ln.text, ":") {
			if strings.ContainsAny(ln.text[len(ln.text)-1:], ".,;") {
				return 0, modeAuto // a heading wraps without punctuation
			}
			continue
		}
		h := j.String()
		if i == 0 || len(strings.Fields(h)) > 30 || !reSignerIntro.MatchString(h) {
			return 0, modeAuto
		}
		kind, _ := signerHeadingKind(strings.TrimSuffix(h, ":") + ":")
		return i + 1, kind
	}
	return 0, modeAuto
}

// reListed marks a line that introduces a list below it.
var reListed = regexp.MustCompile(`(?i)\b(listed|following|below|include|including)\b`)

// reContactIntro opens a contact block: the people and addresses to write
// to about the letter, who are not its signers ("Contact information:",
// "For more information, contact:", "Media contact").
var reContactIntro = regexp.MustCompile(`(?i)^(?:(?:media|press|our)\s+)?contacts?\b(?:\s+(?:information|info|details|persons?|us))?\s*[:.,]?|^for (?:more|further) information\b|^(?:questions|inquiries|enquiries)\b.{0,40}:$|\bcontact us\b|` +
	// a press office's heading over its people and numbers: "Presbyterian Church Press Office:"
	`^[\pL ]{0,40}\b(?:(?:press|media) (?:office|officers?|desk|enquiries|inquiries)|communications office)\s*:$`)

// isContactIntro reports the line that opens a contact block: short, or
// ending in a colon.
func isContactIntro(t string) bool {
	if low := strings.ToLower(t); !strings.Contains(low, "contact") && !strings.Contains(low, "information") &&
		!strings.Contains(low, "questions") && !strings.Contains(low, "inquiries") && !strings.Contains(low, "enquiries") &&
		!strings.Contains(low, "office") && !strings.Contains(low, "desk") {
		return false // most lines: no regular expression needed
	}
	return reContactIntro.MatchString(t) && (len(strings.Fields(t)) <= 8 || strings.HasSuffix(t, ":"))
}

// reInstruction matches an instruction or a placeholder among the signers:
// "To sign, email ...", "Your signature here", "[Add your organization]".
var reInstruction = regexp.MustCompile(`(?i)^\W*(?:(?:principio|final) del formulario|(?:top|bottom) of form|to (?:sign|add your|join)\b|if you (?:would like|wish|want) to (?:sign|add|join)\b|(?:add |insert )?your (?:name|signature|organi[sz]ation|logo)(?: here)?\W*$|sign (?:here|on here|this letter)\b|(?:add|insert) (?:your|a) (?:name|signature|organi[sz]ation)\b|` +
	// a sign-up form's furniture: its button, its notes, a script's placeholder
	`(?:sign|sign now|submit|tweet|required fields?|\* required)\W*$|sign the (?:letter|statement|petition) (?:via|on|at|with)\b|sign (?:the|this|our) (?:open )?(?:letter|statement|petition)\W*$|please enable javascript\b|i agree to\b.{0,80}\bprivacy policy\b)`)

// reThanks is a letter's closing courtesy printed as its own line, where
// no closing word follows it: "Thank you for your consideration.",
// "Thanks for your time and attention".
var reThanks = regexp.MustCompile(`(?i)^(?:thank you|thanks|many thanks|we thank you)(?: (?:very much|again|in advance))? for (?:your|the|all your) (?:kind |careful |prompt )?(?:consideration|attention|time|support|leadership|service|help|work)\b[^.]{0,60}[.!]?$`)

// reCopyright opens a page's footer: "© 2001, the above authors",
// "Copyright 2019 …", "(c) 2020 …".
var reCopyright = regexp.MustCompile(`(?i)^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4})`)

// rePageFurniture is what a blog or news page prints around a post:
// comment and sharing notices, tag lines, print and download links.
var rePageFurniture = regexp.MustCompile(`(?i)^\W*(?:(?:to|read|see|view|link to|download) the (?:original|full) (?:letter|text|statement|version)(?: here)?\W*$|post a comment\W*$|if your comment\b|(?:notice|warning|fatal error): undefined\b|© ?\d{4}|copyright © |comments are closed|leave a (?:comment|reply)|\d+ comments?$|this entry was posted|posted (?:in|by|on) |filed under|tagged:? |tags: |bookmark the permalink|print friendly|share (?:this|on)|like this:|related (?:posts|articles)|read (?:the (?:full )?letter|more)(?: here| about\b[^.]{0,60})?\W*$|continue reading\W*$|skip to (?:main )?content\W*$|https?://\S+$|click here\b|deadline(?: to (?:sign|sign on|join))?\s*:|download (?:the )?(?:letter|pdf|statement)\b|subscribe\b|follow us\b)`)

// sigGroups cuts the region at blank lines, splits side-by-side columns
// and drops what is not a signature: notes, counters, placeholders.
func (p *parser) sigGroups(lines []line) [][]line {
	var groups [][]line
	var cur []line
	flush := func() {
		if len(cur) > 0 && isTable(cur) {
			groups = append(groups, cur) // a table's cells are its columns
			cur = nil
		}
		if len(cur) > 0 {
			for _, col := range splitColumns(cur) {
				if c := cleanSigLines(col); len(c) > 0 {
					groups = append(groups, c)
				}
			}
			cur = nil
		}
	}
	noteEnd := -1 // a sentence wrapped over lines is skipped to here
	for i, ln := range lines {
		t := ln.text
		if reStop.MatchString(t) {
			p.skipFrom(lines[i:], "after a postscript or enclosure line")
			break
		}
		if (strings.HasPrefix(t, "©") || strings.HasPrefix(t, "(") || strings.HasPrefix(t, "C") || strings.HasPrefix(t, "c")) && reCopyright.MatchString(t) {
			// a page's footer, and the sentence it wraps onto lower-case
			// lines ("this declaration may be freely copied …"); signers
			// may follow it when a footer falls inside the list
			noteEnd = i + 1
			for noteEnd < len(lines) && startsLower(lines[noteEnd].text) {
				noteEnd++
			}
		}
		if n := p.wrappedNote(lines, i); n > 0 {
			noteEnd = i + n
		}
		if i < noteEnd {
			p.skip(ln.n, "a sentence wrapped over lines that names no one, or a copyright notice")
			flush()
			continue
		}
		if isContactIntro(t) {
			p.contact = lines[i+1:]
			p.skipFrom(lines[i:], "contact block, not signers")
			break
		}
		if (len(cur) > 0 || len(groups) > 0) && isAboutOrganization(t) {
			p.skipFrom(lines[i:], "about the organization, after the signers")
			break
		}
		why := ""
		switch {
		case reInstruction.MatchString(t):
			why = "instruction or placeholder, not a signer"
		case rePageFurniture.MatchString(t):
			why = "web page furniture (comments, sharing, tags, links), not a signer"
		case reThanks.MatchString(t):
			why = "the letter's last courtesy, not a signer"
		case utf8.RuneCountInString(t) == 1 && unicode.IsLetter([]rune(t)[0]):
			why = "a lone letter: an index letter over names, or a name cut off"
		case t == "" && ln.cells != nil:
			continue // the rule under a table's header
		case t == "":
		case isEditorial(t):
			why = "editorial note"
		case reFootnoteMark.MatchString(t) || len(ln.cells) < 2 && isNumberedNote(t):
			why = "footnote"
		case reCounter.MatchString(t):
			why = "counter of signers"
		case inGlossary(lines, i):
			why = "an abbreviation spelled out (a glossary), not a signer"
		case reSignedStamp.MatchString(t):
			why = "when the signer signed: the end of a signer's card"
		case reOnBehalf.MatchString(t):
			why = "on-behalf-of line: its organization goes to the signers"
			if m := reOnBehalf.FindStringSubmatch(t); p.onBehalf == "" && startsUpper(m[1]) && !strings.Contains(strings.ToLower(m[1]), "undersigned") {
				p.onBehalf = m[1] // an on-behalf line further down than the closing
				p.addKnown(m[1])
			}
		case p.isNote(ln):
			why = "a sentence that names no one"
		}
		if why != "" || t == "" {
			p.skip(ln.n, why)
			if !strings.HasPrefix(why, "instruction") {
				flush()
			}
			continue
		}
		if iso, ok := shortDateLine(t); ok {
			if p.l.Date == "" { // a letter dated below its signatures
				p.setDate(iso, ln.n)
			}
			p.skip(ln.n, "date")
			continue
		}
		if _, ok := closingAt(t); ok && len(strings.Fields(t)) <= 3 {
			p.skip(ln.n, "closing")
			continue
		}
		cur = append(cur, ln)
	}
	flush()
	return groups
}

// cleanSigLines removes "[signed]" placeholders and lines left empty.
func cleanSigLines(g []line) []line {
	var out []line
	for _, ln := range g {
		t := ln.text
		if strings.ContainsAny(t, "[(/") || len(t) >= 3 && strings.EqualFold(t[:3], "by:") { // what reSigned needs to match
			t = reSigned.ReplaceAllString(t, " ")
		}
		t = collapse(t)
		if t == "" || isPlaceholderLine(t) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].text == t {
			continue // "/s/ Jane Doe" above the typed "Jane Doe"
		}
		ln.text = t
		out = append(out, ln)
	}
	return out
}

// isNote reports a sentence among the signers that names no one: "See
// the full list of signatures at ...". Lists run together with commas or
// semicolons, table rows and lines that start with a name are no notes.
func (p *parser) isNote(ln line) bool {
	t := ln.text
	if rest, marked := stripMarker(t); marked {
		// a numbered or bulleted entry, unless it is a sentence about the
		// entries: "* These names were added since the letter was delivered"
		return isProse(rest) && !strings.Contains(rest, ",") && !p.startsWithName(rest) && !p.isOrgish(rest)
	}
	return isProse(t) && len(ln.cells) < 2 && !strings.Contains(t, ";") && strings.Count(t, ",") <= 1 && !continues(t) && !strings.HasSuffix(t, ":") &&
		!reGap.MatchString(strings.TrimSpace(ln.raw)) && !p.startsWithName(t)
}

// dropDescriptions leaves out the lines that describe each signer when the
// signers' own lines are indented and the descriptions under them are not
// ("    April - France" / "April is the main French advocacy association
// devoted to ..."; a leading tab reaches raw as spaces): three indented
// entries at least, and most lines between them sentences of five words
// or more, none of them opening with a title.
func (p *parser) dropDescriptions(lines []line) []line {
	indented, long, other := 0, 0, 0
	for _, ln := range lines {
		switch {
		case ln.text == "":
		case isIndented(ln):
			indented++
		default:
			other++
			if len(strings.Fields(ln.text)) >= 5 && !isTitle(splitTopLevel(ln.text, ',')[0]) && (isProse(ln.text) || strings.HasSuffix(ln.text, ".")) {
				long++ // a sentence about the signer, not a title line under an indented name
			}
		}
	}
	if indented < 3 || other < 3 || long*3 < other*2 || other > indented*2 {
		return lines
	}
	out := make([]line, 0, len(lines))
	seen := false // an indented entry above: lines before the first are no descriptions
	for _, ln := range lines {
		if ln.text != "" && !isIndented(ln) && seen {
			p.skip(ln.n, "a description of the signer above")
			continue
		}
		seen = seen || ln.text != "" && isIndented(ln)
		out = append(out, ln)
	}
	return out
}

// isIndented reports a line printed with a margin (a leading tab reaches
// raw as spaces).
func isIndented(ln line) bool {
	return strings.HasPrefix(ln.raw, "  ")
}

// wrappedNote reports how many lines from i make one sentence wrapped
// over lines that names no one ("*We kindly ask educators ... to" /
// "co-sign this open letter. ..." / "... a link to your profile.*"): a
// line ending inside the sentence, the lines it runs on to, and the line
// ending it with a full stop; prose together, few commas. 0 when not.
func (p *parser) wrappedNote(lines []line, i int) int {
	t := strings.Trim(lines[i].text, "*_ ")
	if !continues(t) || len(lines[i].cells) >= 2 || strings.HasSuffix(t, ",") || isTitle(splitTopLevel(t, ',')[0]) ||
		i > 0 && p.startsWithName(lines[i-1].text) {
		return 0 // a title wrapped under a signer's name: "President and Chief Executive Officer of the"
	}
	joined := t
	for j := i + 1; j < len(lines) && j < i+8; j++ {
		n := strings.Trim(lines[j].text, "*_ ")
		if n == "" || len(lines[j].cells) >= 2 {
			return 0
		}
		joined += " " + n
		if strings.HasSuffix(strings.TrimRight(n, ")"), ".") {
			if isProse(joined) && strings.Count(joined, ",") <= 2 && !strings.Contains(joined, ";") && !p.startsWithName(t) {
				return j - i + 1
			}
			return 0
		}
	}
	return 0
}

// startsWithName reports a line that opens with a person's name, which a
// long signature line does ("Jane Doe, Director of Policy and ...").
func (p *parser) startsWithName(t string) bool {
	isName, _ := p.nameInfo(t)
	return isName
}

// shortDateLine reports a line of 60 characters or fewer that is a date.
func shortDateLine(t string) (string, bool) {
	if len(t) > 60 {
		return "", false
	}
	iso, _, ok := isDateLine(t)
	return iso, ok
}

// skip records why line n is read as no signer, for --explain.
func (p *parser) skip(n int, why string) {
	if why != "" {
		p.skipped[n] = why
	}
}

// skipFrom records one reason for lines with text.
func (p *parser) skipFrom(lines []line, why string) {
	for _, ln := range lines {
		if ln.text != "" {
			p.skip(ln.n, why)
		}
	}
}

// indexOfLine finds source line n among lines.
func indexOfLine(lines []line, n int) int {
	for i, ln := range lines {
		if ln.n == n {
			return i
		}
	}
	return len(lines)
}

// reFootnoteMark opens a footnote: "[3] Decision in Case No ...".
var reFootnoteMark = regexp.MustCompile(`^\[\d{1,3}\]\s+\S`)

// isNumberedNote reports a footnote opened by a bare number: "2 There are
// currently 6 associate organisations", "1 France, Germany, Sweden, Italy".
func isNumberedNote(t string) bool {
	num, rest, ok := strings.Cut(t, " ")
	if !ok || len(num) > 2 || strings.Trim(num, "0123456789") != "" || !startsUpper(rest) {
		return false
	}
	return isProse(rest) || strings.Count(rest, ",") >= 3
}

// isPlaceholderLine reports a line that holds only placeholders ("------",
// "[signed]"); a line that also names someone ("Jim Saxton; ------;",
// "Paul H. ___, for Walter W. Norris") is kept for its entries.
func isPlaceholderLine(t string) bool {
	for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == ';' || r == ',' }) {
		if !isPlaceholder(part) {
			return false
		}
	}
	return true
}

// splitColumns detects signatures printed side by side (fields separated by
// three or more spaces on most lines) and returns one group per column.
func splitColumns(g []line) [][]line {
	gapped := 0
	for _, ln := range g {
		if reGap.MatchString(strings.TrimSpace(ln.raw)) {
			gapped++
		}
	}
	if gapped < 2 || gapped*2 < len(g) {
		return [][]line{g}
	}
	var starts []int // column starts, from the line with the most fields
	for _, ln := range g {
		if f := fieldStarts(ln.raw); len(f) > len(starts) {
			starts = f
		}
	}
	if len(starts) > 4 { // not signatures side by side
		return [][]line{g}
	}
	cols := make([][]line, len(starts))
	for _, ln := range g {
		for _, f := range fields(ln.raw) {
			c := nearest(starts, f.start)
			cols[c] = append(cols[c], line{n: ln.n, text: collapse(f.text), raw: f.text})
		}
	}
	return cols
}

// field is one column's text on a line, with its rune offset.
type field struct {
	text  string
	start int
}

// fields splits a raw line at runs of three or more spaces, keeping each
// field's rune offset.
func fields(raw string) []field {
	var out []field
	rs := []rune(raw)
	i := 0
	for i < len(rs) {
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		if i >= len(rs) {
			break
		}
		start := i
		spaces := 0
		for i < len(rs) {
			if rs[i] == ' ' {
				spaces++
				if spaces >= 3 {
					break
				}
			} else {
				spaces = 0
			}
			i++
		}
		out = append(out, field{text: strings.TrimSpace(string(rs[start:i])), start: start})
	}
	return out
}

func fieldStarts(raw string) []int {
	var s []int
	for _, f := range fields(raw) {
		s = append(s, f.start)
	}
	return s
}

func nearest(starts []int, x int) int {
	best := 0
	for i, s := range starts {
		if abs(s-x) < abs(starts[best]-x) {
			best = i
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// reByline is a signature printed as a byline: "Written by the members
// of the Initiative for Fair Housing", "Signed by Riverside Tenants Union".
// A body's members, staff or board sign as the body.
var reByline = regexp.MustCompile(`(?i)^(?:written|signed|submitted|sent|issued|authored)(?: jointly)? by:?\s+(?:the\s+)?(?:(?:members|staff|students|faculty|board|volunteers|organi[sz]ers)\s+of\s+(?:the\s+)?)?(\S.*?)\.?$`)

// byline returns the signer a byline names, or "".
func byline(t string) string {
	m := reByline.FindStringSubmatch(t)
	if m == nil || !startsUpper(m[1]) || strings.HasSuffix(t, ":") || strings.Contains(m[1], ",") {
		return "" // "Signed by President Obama in 2010, the Act ...": a sentence, no byline
	}
	if n := len(strings.Fields(m[1])); n > 12 || !containsOrgWord(m[1]) && n > 6 {
		return ""
	}
	return m[1]
}

// splitNameTitleRuns cuts a line that runs several stacked signature
// blocks together, as text taken from a PDF does ("Denise Singleton
// President American Federation of Senior Citizens Mark Chmura Executive
// Director Americans for ..."): before each person's name that a title
// follows, when there are two such names at least and no semicolons part
// them already.
func (p *parser) splitNameTitleRuns(lines []line) []line {
	var out []line
	for _, ln := range lines {
		starts := p.nameTitleStarts(ln.text)
		if len(starts) < 2 || ln.cells != nil {
			out = append(out, ln)
			continue
		}
		f := strings.Fields(ln.text)
		starts = append(starts, len(f))
		if starts[0] > 0 {
			starts = append([]int{0}, starts...)
		}
		for i := 0; i+1 < len(starts); i++ {
			part := strings.Join(f[starts[i]:starts[i+1]], " ")
			out = append(out, line{n: ln.n, text: part, raw: part})
		}
	}
	return out
}

// nameTitleStarts gives the word indexes where a person's name that a
// title follows begins: a given name, one or two more name words, then a
// word that opens a title; the word before is no title word.
func (p *parser) nameTitleStarts(t string) []int {
	if strings.ContainsAny(t, ";") || len(t) < 60 {
		return nil
	}
	f := strings.Fields(t)
	var starts []int
	for i := 0; i+2 < len(f); i++ {
		if i > 0 && (isTitleWord(bare(f[i-1])) || connectors[strings.ToLower(f[i-1])]) {
			continue
		}
		if j := p.titleAfterName(f, i); j > 0 {
			starts = append(starts, i)
			i = j
		}
	}
	return starts
}

// bylinesRead replaces each byline among the signature lines by the
// signer it names, and a lead-in by the list after it ("(This letter was
// signed by: A, B and C.)" gives "A, B and C.").
func bylinesRead(lines []line) []line {
	out := lines
	for i, ln := range lines {
		who := byline(ln.text)
		if loc := signerLeadLoc(ln.text); loc != nil {
			who = strings.TrimSpace(ln.text[loc[1]:])
			if strings.HasPrefix(ln.text, "(") {
				who = strings.TrimSuffix(strings.TrimSuffix(who, ")"), ".")
			}
			if who == "" {
				who = " " // the list is on the next line
			}
		}
		if who != "" {
			if &out[0] == &lines[0] {
				out = slices.Clone(lines)
			}
			out[i].text = strings.TrimSpace(who)
		}
	}
	return out
}

// reLeadIn matches a line that only introduces the signers: "On behalf
// of:", "Signed by:", "e-Signed by" (signed electronically), "and".
var reLeadIn = regexp.MustCompile(`(?i)^(on behalf of|(?:e-\s?)?signed by|endorsed by|joined by|together with|with|and|&)\s*:?$`)

// headingKind recognizes a group heading ("Member Companies", "National
// Organizations", "Signatories (in order of signing)", "National:") and
// says what the lines under it are.
func headingKind(t string) (sigMode, bool) {
	if reLeadIn.MatchString(t) {
		return modeAuto, true
	}
	colon := strings.HasSuffix(strings.TrimSpace(t), ":")
	t, _ = cutParenTail(strings.TrimRight(strings.TrimSpace(t), ":,"))
	t = strings.TrimRight(t, ":,. ")
	ws := wordsOf(t)
	if len(ws) == 0 || len(ws) > 8 || !startsUpper(t) {
		return modeAuto, false
	}
	if len(ws) == 1 { // "National", "Signatories"; "Churches" alone ends a name
		switch {
		case !geoHeadings[ws[0]] && !loneHeadings[ws[0]]:
			return modeAuto, false
		case personHeadingNouns[ws[0]]:
			return modePerson, true
		case geoHeadings[ws[0]] || orgHeadingNouns[ws[0]]:
			return modeOrg, true
		}
		return modeAuto, true
	}
	if n := len(ws); n <= 3 && personHeadingNouns[ws[n-1]] && strings.HasSuffix(ws[n-1], "s") && allCapitalized(t) && !startsWithGivenName(strings.Fields(t)) {
		return modePerson, true // "Labour MPs", "Democratic Senators": a party's or a group's members
	}
	group, org, person := false, false, false
	for _, w := range ws {
		switch {
		case headingGroupNouns[w]:
			group = true
			org = org || orgHeadingNouns[w]
		case personHeadingNouns[w] || officeHeadingNouns[w] && (colon || !namesACause(ws)):
			person = true
		case headingWords[w] || strings.Trim(w, "0123456789") == "": // "The 10 former Presidents or Prime Ministers:"
		default:
			return modeAuto, false
		}
	}
	switch {
	case person:
		return modePerson, true
	case org:
		return modeOrg, true
	case group:
		return modeAuto, true
	}
	return modeAuto, false
}

// namesACause reports a heading's words that name what a body stands for
// ("Judges for Judges", "Mayors Against Illegal Guns"): a body's name, not
// a heading over office-holders.
func namesACause(ws []string) bool {
	for _, w := range ws {
		if w == "for" || w == "against" || w == "of" || w == "to" {
			return true
		}
	}
	return false
}

// readGroup reads one group of signature lines in the right layout.
func (p *parser) readGroup(seg []line, mode sigMode) {
	if mode == modeAuto && p.mostlyOrgs(seg) {
		mode = modeOrg
	}
	n, layout := len(p.l.Signatories), "blocks"
	switch {
	case isTable(seg):
		p.readTable(seg, mode)
		layout = "table"
	case p.isList(seg):
		p.readList(seg, mode)
		layout = "list"
	case mode == modeOrg:
		for _, l := range mergeStrong(p.dropAddressLines(seg)) {
			if p.personWithRole(l.text) {
				p.addEntry(&entry{name: l}) // a person among the organizations, with a role
				continue
			}
			p.addOrgSigner(l.text, l.first, l.last)
		}
		layout = "organizations"
	default:
		p.readBlocks(seg, mode)
	}
	for i := n; i < len(p.l.Signatories); i++ {
		p.l.Signatories[i].Layout = layout
	}
	if mode != modeOrg {
		p.namesAmongNames(p.l.Signatories[n:])
	}
}

// namesAmongNames reads as a person's name an entry of a list of names
// that was read as an organization for want of a better reading ("FUJITA
// Tomonori", "S.Çağlar Onur" among "Oleg Nesterov" and "Keith Owens"): at
// least five entries, four in five of them bare names, and the entry two
// to five name-shaped words (an initial is a word), one a known given name
// or surname, with
// nothing of an organization (no organization word, legal form, place,
// digit or known organization).
func (p *parser) namesAmongNames(sigs []graph.Signatory) {
	bareNames := 0
	for _, s := range sigs {
		if s.Name != "" && s.Title == "" && s.Organization == "" {
			bareNames++
		}
	}
	if len(sigs) < 5 || bareNames*5 < len(sigs)*4 {
		return
	}
	for i := range sigs {
		s := &sigs[i]
		if s.Name != "" || s.Title != "" || s.Organization == "" || !p.nameShaped(s.Organization) {
			continue
		}
		s.Name, s.NameLine, s.Organization, s.OrganizationLine = s.Organization, s.OrganizationLine, "", 0
		s.Evidence = append(s.Evidence, "a name among names")
	}
}

// nameShaped reports two to four words that read as a name and as nothing
// else: "FUJITA Tomonori", "S.Çağlar Onur".
func (p *parser) nameShaped(t string) bool {
	f := strings.Fields(strings.ReplaceAll(t, ".", ". "))
	if len(f) < 2 || len(f) > 5 || containsOrgWord(t) || p.isKnownOrg(t) || isPlace(t) || isCountry(t) ||
		strings.ContainsAny(t, "0123456789@/&()") || reDomain.MatchString(t) {
		return false
	}
	known := false
	for _, w := range f {
		if isCorpSuffix(w) || isPlace(w) || isCountry(w) || !isNameWord(w, true) && !isInitial(w) {
			return false
		}
		known = known || isGivenName(w) || isSurname(w)
	}
	return known
}

// surnameFirst reports two or three name-shaped words whose last is a
// given name and whose first is none: a name printed surname first
// ("Brennetot Arnaud", "Gaudin François").
func (p *parser) surnameFirst(t string) bool {
	f := strings.Fields(t)
	return len(f) >= 2 && len(f) <= 3 && p.nameShaped(t) && isGivenName(f[len(f)-1]) && !isGivenName(f[0]) && isSurname(f[0])
}

// dropAddressLines leaves out, from a list of organizations, the lines
// that give where one is: indented under its name, or a street, postcode,
// web address or "c/o" line ("ABUL" / " CLIA 1, rue de Cursol" / " 33000
// Bordeaux, France" / " http://www.abul.org").
func (p *parser) dropAddressLines(seg []line) []line {
	var out []line
	lastIndent := -1
	for _, ln := range seg {
		indent := len(ln.raw) - len(strings.TrimLeft(ln.raw, " "))
		t, marked := stripMarker(ln.text)
		low := strings.ToLower(t)
		details := !marked && (isStreet(t) || strings.HasPrefix(low, "c/o ") || strings.HasPrefix(low, "http") ||
			strings.HasPrefix(low, "www.") || rePostcodePlace.MatchString(t) || reEmail.MatchString(t) || rePhone.MatchString(t))
		if len(out) > 0 && (details || !marked && lastIndent >= 0 && indent > lastIndent) {
			p.skip(ln.n, "address of the organization above")
			continue
		}
		out = append(out, ln)
		lastIndent = indent
	}
	return out
}

// isStreet reports a street address: a number and a street word ("19 rue
// Denis Papin", "Via Kyoto, 8"), not a name with a year ("GT Agenda 2030").
func isStreet(t string) bool {
	if strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return false
	}
	for _, w := range strings.Fields(t) {
		b := bare(w)
		if streetWords[bareDot(w)] || streetWords[b] || reStreetSuffix.MatchString(b) {
			return true
		}
	}
	return rePOBox.MatchString(t)
}

// reStreetSuffix ends a street's name written as one word: "Fahrenheitstr",
// "Hauptstraße", "Kastanienallee", "Keizersgracht".
var reStreetSuffix = regexp.MustCompile(`.{3,}(str|straße|strasse|weg|gasse|platz|allee|gracht|laan|plein|damm|ufer)$`)

// rePostcodePlace is a line with a postcode and a place: "33000 Bordeaux,
// France", "B-4520 Wanze, Belgium", "Norwich NR5 9DF, United Kingdom".
var rePostcodePlace = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?\d{4,5}\s+\pL.*|^\pL[\pL .'-]+\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b`)

// mostlyOrgs reports a list of organizations, one per line, in which a
// name-like line ("Easter Seals", "Iuridicum Remedium, z.s.") must not be
// read as a person: four lines or more, no titles, and at most one line
// in four with a person's evidence (an honorific, or a name that starts
// with a given name).
func (p *parser) mostlyOrgs(seg []line) bool {
	if len(seg) < 4 {
		return false
	}
	people := 0
	sorted := alphabetical(seg)
	for _, ln := range seg {
		t, _ := stripMarker(ln.text)
		if strings.Contains(t, ";") {
			return false // a run-together list, not one per line
		}
		if _, contact := stripContacts(t); contact {
			people++ // a handle or an e-mail address: a person
			continue
		}
		if _, ok := surnameFirstTagged(t); ok {
			people++ // "Abercrombie, Neil (D-HI, 1st)"
			continue
		}
		if p.surnameFirst(t) {
			people++ // "Brennetot Arnaud", as French lists print names
			continue
		}
		t = cutPlaceTail(p.nameRunIntoTitle(t))
		if d, w := spacedDash(t); d > 0 {
			if head, tail := strings.TrimSpace(t[:d]), strings.TrimSpace(t[d+w:]); p.startsWithName(head) && startsWithGivenName(strings.Fields(head)) &&
				!containsOrgWord(head) && containsOrgWord(tail) && !isPlace(tail) {
				people++ // "Ewa Mazierska – University of Central Lancashire"
				continue
			}
		}
		parts := splitTopLevel(t, ',')
		for _, pt := range parts {
			if isTitle(pt) {
				switch {
				case len(parts) > 1 && p.personWithRole(t):
					people++ // a person among the organizations: "Rona Epstein, Honorary Research Fellow"
					goto next
				case len(parts) == 1 && !startsWithTitleWord(t) && !hasHonorific(t) && !p.startsWithName(t):
					goto next // a title word inside a name: "Quakers in Criminal Justice"
				case sorted:
					people++ // "Professor Jane Doe", one line of an alphabetical list
					goto next
				}
				return false
			}
		}
		if hon, rest := splitHonorific(parts[0]); hon != "" && p.isPersonName(rest) {
			if !sorted {
				return false // "Dr. Jane Doe" over a title and an organization
			}
			people++ // one line of an alphabetical list
		} else if nm, _ := namePart(rest); p.isPersonName(nm) && (startsWithGivenName(strings.Fields(nm)) || surnameFirstInCaps(strings.Fields(nm))) {
			people++ // "Regions Refocus" reads as a name but has no given name
		}
	next:
	}
	return people*4 <= len(seg)
}

// alphabetical reports six lines or more in alphabetical order: a list
// with one entry per line (stacked name, title and organization lines are
// not in order).
func alphabetical(seg []line) bool {
	if len(seg) < 6 {
		return false
	}
	prev := ""
	for _, ln := range seg {
		t, _ := stripMarker(ln.text)
		key := strings.ToLower(strings.TrimLeft(t, "\"'“‘([*_ "))
		if key < prev {
			return false
		}
		prev = key
	}
	return true
}

// cutPlaceTail removes where an organization is ("..., Kenya",
// "... (UK)", "..., Paris, France") and a company's legal form, to judge
// the name alone.
func cutPlaceTail(t string) string {
	for {
		core, tags := cutParenTail(t)
		if len(tags) > 0 && (isCountry(tags[len(tags)-1]) || isPlace(tags[len(tags)-1]) || isStateName(tags[len(tags)-1])) {
			t = core
			continue
		}
		i := strings.LastIndex(t, ",")
		if i <= 0 {
			return t
		}
		tail := strings.TrimSpace(t[i+1:])
		if !isCountry(tail) && !isPlace(tail) && !isStateName(tail) && !isRegion(tail) && !isCorpSuffix(tail) && !cityLike(tail) {
			return t
		}
		t = strings.TrimSpace(t[:i])
	}
}

// addOrgSigner records an organization signing alone.
func (p *parser) addOrgSigner(text string, first, last int) {
	t, _ := stripMarker(text)
	t = cleanRole(t)
	if t == "" || isPlaceholder(t) || isTerm(t) || isStateName(t) || connectors[strings.ToLower(t)] {
		return
	}
	p.l.Signatories = append(p.l.Signatories, graph.Signatory{
		Organization: t, Line: first, EndLine: last, OrganizationLine: first,
	})
}

// startsWithTitleWord reports a line that opens with a title's word:
// "President, ...", "Senior Counsel".
func startsWithTitleWord(t string) bool {
	f := strings.Fields(t)
	return len(f) > 0 && (inSet(titleHeads, bare(f[0])) || titleModifiers[bare(f[0])])
}

func hasHonorific(t string) bool {
	hon, _ := splitHonorific(t)
	return hon != ""
}

// personWithRole reports a line of a list of organizations that is a
// person: with a title ("Rona Epstein, Honorary Research Fellow"), an
// honorific or letters after the name ("Martin Wrigley MP").
func (p *parser) personWithRole(t string) bool {
	t, _ = stripMarker(t)
	if d, w := spacedDash(t); d > 0 && startsUpper(strings.TrimSpace(t[d+w:])) && !isPlace(strings.TrimSpace(t[d+w:])) {
		head := strings.TrimSpace(t[:d]) // "Mike Luther - Owner Bridge Street Social", "Jim Lake - Coach's Pub & Grill"
		return p.isPersonName(head) && startsWithGivenName(strings.Fields(head))
	}
	parts := splitTopLevel(t, ',')
	for _, pt := range parts[1:] {
		if isCorpSuffix(pt) || strings.EqualFold(strings.TrimSpace(pt), "sole proprietor") {
			return false // "Eric Wessman, Photographer, LLC": a business
		}
	}
	hon, rest := splitHonorific(parts[0])
	nm, _ := namePart(rest)
	nm, honours := cutPostNominalWords(nm)
	if !p.isPersonName(nm) || !startsWithGivenName(strings.Fields(nm)) {
		return false
	}
	if len(parts) == 1 {
		return hon != "" || honours != "" // "Professor Philip Marsden", "Martin Wrigley MP"
	}
	for _, pt := range parts[1:] {
		if isTitle(pt) || isForeignTitle(pt) {
			return true
		}
	}
	return false
}

// stripMarker removes a list number or bullet.
func stripMarker(t string) (string, bool) {
	if m := reMarker.FindString(t); m != "" {
		return strings.TrimSpace(t[len(m):]), true
	}
	return t, false
}

// reWebName is a name printed as a web address: "amandla.mobi", "epicenter.works".
var reWebName = regexp.MustCompile(`^[\pL\d][\pL\d-]*(?:\.[\pL\d-]+)*\.\pL{2,}$`)

// isWebName reports a line that is one web address: an entry named for its
// site, never the end of the line above.
func isWebName(t string) bool {
	t = strings.TrimSpace(t)
	return !strings.Contains(t, " ") && reWebName.MatchString(t)
}

// mergeStrong joins lines only on unmistakable wraps: a trailing connector
// or hyphen, a line starting in lower case or with "(".
func mergeStrong(seg []line) []logical {
	return mergeLines(seg, func(prev string, _ bool, cur string, _ int) bool {
		_, marked := stripMarker(cur)
		// a line in lower case goes on the one above when it starts with a
		// small word ("and Development") or the one above is long and
		// unfinished; else it is a name in lower case ("brmlab", "relix
		// GmbH", "epicenter.works")
		first := strings.Fields(cur + " x")[0]
		lowerWrap := startsLowerWord(cur) && (connectors[first] || len(prev) >= 40 && !endsWithOrgHead(prev) && !isWebName(cur))
		return !marked && (endsWithConnector(prev) || lowerWrap || strings.HasPrefix(cur, "("))
	})
}

// startsLowerWord reports a line that starts with an ordinary lower-case
// word, not a brand such as "eBay" or "iSolon.org".
func startsLowerWord(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && startsLower(f[0]) && !isBrand(f[0]) && !reDomain.MatchString(f[0])
}

// endsWithConnector reports a line broken after "of", "and", "&" or a hyphen.
func endsWithConnector(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "-") || strings.HasSuffix(s, "/") || strings.HasSuffix(s, "&") {
		return true
	}
	f := strings.Fields(s)
	// a small word in capitals ends a name: "Open Knowledge Foundation DE"
	return len(f) > 0 && connectors[f[len(f)-1]] && f[len(f)-1] != "-"
}

// dedupe drops a signer printed twice.
func dedupe(in []graph.Signatory) []graph.Signatory {
	seen := make(map[string]bool)
	out := in[:0]
	for _, s := range in {
		k := strings.ToLower(s.Name + "\x00" + s.Title + "\x00" + s.Organization)
		if seen[k] && !anonymous(s.Name) {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// allCapitalized reports words that each start with a capital letter.
func allCapitalized(t string) bool {
	for _, w := range strings.Fields(t) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// inGlossary reports line i spells out an abbreviation next to another
// that does: a glossary. One such line alone among signers is a signer
// printing its name in full ("R3D: Red en Defensa de los Derechos
// Digitales").
func inGlossary(lines []line, i int) bool {
	if !isGlossaryLine(lines[i].text) {
		return false
	}
	if !(i > 0 && isGlossaryLine(lines[i-1].text) || i+1 < len(lines) && isGlossaryLine(lines[i+1].text)) {
		return false
	}
	// and the abbreviation is one the signers above used: a list of
	// "ACLU: American Civil Liberties Union" lines is a list of signers
	head, _, _ := strings.Cut(mustStripMarker(lines[i].text), ": ")
	for _, ln := range lines[:i] {
		if !isGlossaryLine(ln.text) && containsWord(ln.text, head) {
			return true
		}
	}
	return false
}

// mustStripMarker is stripMarker's text alone.
func mustStripMarker(t string) string {
	t, _ = stripMarker(t)
	return t
}

// containsWord reports w in s between non-letters.
func containsWord(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (i == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		next := strings.Index(s[i+1:], w)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// isGlossaryLine reports a line that spells out an abbreviation, as the
// glossaries printed under signers with abbreviated bodies do: "IETF:
// Internet Engineering Task Force", "ISOC BoT: Internet Society Board of
// Trustees". The head is in capitals and its first letter opens the
// expansion; most of the expansion's initials are letters of the head.
func isGlossaryLine(t string) bool {
	t, _ = stripMarker(t)
	head, tail, ok := strings.Cut(t, ": ")
	if !ok || len(head) > 12 || !startsUpper(tail) {
		return false
	}
	var caps []rune
	for _, r := range head {
		switch {
		case unicode.IsUpper(r):
			caps = append(caps, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '&' || r == '-':
		default:
			return false
		}
	}
	if len(caps) < 2 || len(caps)*2 < len([]rune(strings.ReplaceAll(head, " ", ""))) {
		return false // "Note: ..." or "Signed: ...": a word, not an abbreviation
	}
	var initials []rune
	for _, w := range strings.Fields(tail) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	if len(initials) < 2 || initials[0] != caps[0] {
		return false
	}
	in := 0
	for _, r := range initials {
		if slices.Contains(caps, r) {
			in++
		}
	}
	return in*4 >= len(initials)*3
}

// onlyLine gives the one line of lines that is not blank.
func onlyLine(lines []line) (line, bool) {
	var only line
	n := 0
	for _, ln := range lines {
		if strings.TrimSpace(ln.text) != "" {
			only = ln
			n++
		}
	}
	return only, n == 1
}

// reRestOf is a signature naming a few members and the group they speak
// for: "Davide Dolente, Lukas Kluge and the rest of Divest DTU".
var reRestOf = regexp.MustCompile(`(?i)^(.+?),?\s+(?:and|&) (?:the rest|all the other members|the other members|the whole team|everyone else|all) (?:of|at) (.+?)\.?$`)

// rePluralOfficeLine is an office in the plural before the names of those
// who hold it, as a congressional delegation signs: "U.S. Senators Joe
// Manchin and Shelley Moore Capito", "Representatives David McKinley,
// Alex Mooney and Evan Jenkins".
var rePluralOfficeLine = regexp.MustCompile(`^((?:U\.S\. |US |United States |State )?(?:Senators|Representatives|Congressmen|Congresswomen|Councilmembers|Council Members|Commissioners|Mayors|Governors|Delegates|Assemblymembers))\s+(\S.*)$`)

// pluralOffices are those offices in the singular.
var pluralOffices = map[string]string{"Senators": "Senator", "Representatives": "Representative", "Congressmen": "Congressman",
	"Congresswomen": "Congresswoman", "Councilmembers": "Councilmember", "Council Members": "Council Member",
	"Commissioners": "Commissioner", "Mayors": "Mayor", "Governors": "Governor", "Delegates": "Delegate", "Assemblymembers": "Assemblymember"}

// mayHoldPluralOffice is what rePluralOfficeLine needs, checked cheaply.
func mayHoldPluralOffice(t string) bool {
	for plural := range pluralOffices {
		if strings.Contains(t, plural) {
			return true
		}
	}
	return false
}

// pluralOfficeLines gives each holder named after an office in the plural
// a line of its own with the office in the singular: "Joe Manchin, U.S.
// Senator". Two names at least, each a person's.
func (p *parser) pluralOfficeLines(lines []line) []line {
	return p.entriesApart(lines, func(t string) []string {
		if !mayHoldPluralOffice(t) {
			return nil
		}
		m := rePluralOfficeLine.FindStringSubmatch(t)
		if m == nil {
			return nil
		}
		names := p.namesJoined(strings.TrimRight(m[2], ". "))
		if len(names) < 2 {
			return nil
		}
		office := m[1]
		for plural, one := range pluralOffices {
			if strings.HasSuffix(office, plural) {
				office = strings.TrimSuffix(office, plural) + one
				break
			}
		}
		return withRole(names, office)
	})
}

// entriesApart replaces each line that split gives entries for by one line
// per entry, each keeping the line's number.
func (p *parser) entriesApart(lines []line, split func(string) []string) []line {
	var out []line
	for i, ln := range lines {
		entries := split(ln.text)
		if entries == nil {
			if out != nil {
				out = append(out, ln)
			}
			continue
		}
		if out == nil {
			out = slices.Clone(lines[:i])
		}
		for _, t := range entries {
			out = append(out, line{n: ln.n, text: t, raw: t})
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// namesJoined splits names joined by commas and "and", or gives nil when
// one part is no person's name.
func (p *parser) namesJoined(s string) []string {
	names := reNameSep.Split(s, -1)
	for i, nm := range names {
		if names[i] = strings.TrimSpace(nm); !p.isPersonName(names[i]) {
			return nil
		}
	}
	return names
}

// withRole gives each name the role after a comma: "Name, Role".
func withRole(names []string, role string) []string {
	out := make([]string, len(names))
	for i, nm := range names {
		out[i] = nm + ", " + role
	}
	return out
}

// restOfGroup gives each member named in such a line a line of its own,
// with the group as the member's organization.
func (p *parser) restOfGroup(lines []line) []line {
	return p.entriesApart(lines, func(t string) []string {
		if !mayNameRestOf(t) {
			return nil
		}
		m := reRestOf.FindStringSubmatch(t)
		if m == nil {
			return nil
		}
		if names := p.namesJoined(m[1]); names != nil {
			return withRole(names, strings.TrimSpace(m[2]))
		}
		return nil
	})
}

// mayNameRestOf is reRestOf's cheap first test: most lines hold none of
// its words.
func mayNameRestOf(t string) bool {
	return (strings.Contains(t, " of ") || strings.Contains(t, " at ")) &&
		(strings.Contains(t, " rest ") || strings.Contains(t, " all ") || strings.Contains(t, " other members ") || strings.Contains(t, " whole team ") || strings.Contains(t, " everyone else "))
}

// reNameSep parts names listed in a sentence: commas and "and".
var reNameSep = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+`)

// reAboutOrganization opens the paragraph about the signing body that
// letters and releases print after the signatures: "About the Council",
// "The Council was formed in 2006 to ...", "Founded in 1990, X ...".
var reAboutOrganization = regexp.MustCompile(`^(?:About (?:the |us\b)?[^.:]{0,60}:?$|(?:Founded|Formed|Established) in (?:1[89]|20)\d\d,|(?:The |Our )?\p{Lu}[^.]{2,80}? (?:was|were|is|has been) (?:formed|founded|established|created|launched|incorporated) in (?:1[89]|20)\d\d\b)`)

// isAboutOrganization reports such a line; the words after it describe
// a body and list its members, who did not sign.
func isAboutOrganization(t string) bool {
	if !strings.Contains(t, "bout") && !strings.Contains(t, " in 1") && !strings.Contains(t, " in 2") {
		return false
	}
	return reAboutOrganization.MatchString(t)
}

// reSignedBySuchAs opens a news report's sentence listing some of the
// bodies that signed: "The statement was signed by prominent
// organisations such as A, B, …"; reOthersAre goes on with the rest in a
// paragraph of its own: "Others are: C, D, …".
var (
	reSignedBySuchAs = regexp.MustCompile(`^(?:The |This )?(?:letter|statement|petition|declaration|appeal|communiqu[eé]) (?:was |is |has been )?(?:signed|endorsed) by (?:[\p{L}-]+ ){0,3}(?:such as|including|like|among them)\s+`)
	reOthersAre      = regexp.MustCompile(`^(?:Others|Other signatories|Other signers) (?:are|include|were|included)\s*:?\s+`)
)

// newsReportLists takes such lead-ins off the lists they open, and the
// full stop off their end; the "and" before the last body becomes a comma
// when a body's word ends the names on both sides of it.
func newsReportLists(lines []line) []line {
	out := lines
	for i, ln := range lines {
		if !strings.Contains(ln.text, " by ") && !strings.HasPrefix(ln.text, "Other") {
			continue // most lines: no regular expression needed
		}
		loc := reSignedBySuchAs.FindStringIndex(ln.text)
		if loc == nil {
			loc = reOthersAre.FindStringIndex(ln.text)
		}
		if loc == nil || strings.Count(ln.text[loc[1]:], ",") < 3 {
			continue
		}
		if &out[0] == &lines[0] {
			out = append([]line(nil), lines...) // the caller's lines stay as they were
		}
		t := strings.TrimRight(strings.TrimSpace(ln.text[loc[1]:]), ".")
		if k := strings.LastIndex(t, " and "); k > strings.LastIndex(t, ",") {
			left := t[strings.LastIndex(t, ",")+1 : k]
			if endsWithOrgHead(strings.TrimSpace(left)) && endsWithOrgHead(t[k+5:]) {
				t = t[:k] + "," + t[k+4:]
			}
		}
		if i+1 < len(lines) && lines[i+1].text != "" {
			t += "," // the next paragraph goes on with the list
		}
		out[i].text = t
	}
	return out
}
