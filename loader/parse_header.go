package loader

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/coalition-graph/coalition/graph"
)

var (
	reMemo = regexp.MustCompile(`(?i)^(to|from|subject|re|date|cc|bcc|à|a|de|objet|asunto|betreff|an|von|en copie|copie|kopie|attn|attention|attachments?|attachement|enclosures?|via|sent via|ref|reference|our ref|your ref|memo|memorandum)\s*:\s*(.*)$`)
	// headings above a letter: "Letter of Transmittal", "Joint Statement on
	// AI Safety", "... Letter of Support", "Exhibit 1".
	reDocHeading = regexp.MustCompile(`(?i)(\b(letter|statement|memorandum|memo|testimony|petition|declaration|comments|press release|transmittal|recommendation|position paper|appeal)\b\s*(of|to|by|from|on|in|re|regarding|for|concerning|about|supporting|opposing|$))|^(open|joint|sign-on|coalition|public) (letter|statement)\b|^exhibit\b|^for immediate release|` +
		// the same in other languages: "Lettre ouverte", "Gemeinsame Erklärung gegen ...", "Carta abierta a ..."
		`^(lettre ouverte|lettre|déclaration|appel|carta abierta|carta oberta|carta|declaración|comunicado|offener brief|gemeinsame erklärung|erklärung|stellungnahme|aufruf|open brief|verklaring|lettera aperta|dichiarazione)\b`)
	reToPrefix = regexp.MustCompile(`^(?i:to)\s+`)
)

// readHeader reads everything above the salutation: the letterhead, the
// date, memo fields and the address blocks of the recipients.
func (p *parser) readHeader(hdr []line) {
	var kept []line
	var subject []string
	dateIdx := -1
	field, prev := "", ""
	headingRuns, emptyField, lastHeading := false, false, false
	dateLine := p.headerDateLine(hdr)
	for _, ln := range hdr {
		t := ln.text
		if t == "" {
			field = ""
			kept = append(kept, ln)
			continue
		}
		m := reMemo.FindStringSubmatch(t)
		if m == nil {
			m = memoNoColon(t)
		}
		if m != nil {
			field, prev = memoField(m[1]), m[2]
			emptyField = strings.TrimSpace(m[2]) == "" // "To:" alone: the lines below are its value
			p.readMemoField(field, ln, m[2], &kept, &dateIdx)
			continue
		}
		if field != "" && (continues(prev) || startsLower(t) || field == "cc" || field == "bcc" || emptyField) {
			prev = t
			switch field {
			case "cc", "bcc": // a cc field runs to the blank line: "Cc: Mr. A" / "Mission of ..."
				p.headerCC = append(p.headerCC, line{n: ln.n, text: t})
			case "subject", "re":
				subject = append(subject, t)
			case "to", "attn", "attention":
				mark := toMore
				if emptyField { // the first line under a lone "To:"
					mark = toFirst
				}
				kept = append(kept, line{n: ln.n, text: t, to: mark})
			}
			emptyField = false
			if field == "to" || field == "attn" || field == "attention" {
				prev = t + "," // the block runs on to the blank line
			}
			continue
		}
		field = ""
		if ln.n == dateLine {
			dateIdx = len(kept)
			continue
		}
		if headingRuns || lastHeading && startsLowerWord(t) {
			headingRuns = continues(t) || openQuote(t)
			lastHeading = true
			continue // a heading wrapped over lines ("Recommendation" / "of the ...")
		}
		lastHeading = false
		if reDelivery.MatchString(t) || reWhomItMayConcern.MatchString(t) {
			continue // how the letter was sent ("Via Email"), or to no one named
		}
		if ln.heading || reInstruction.MatchString(t) || reAddSignature.MatchString(t) {
			if p.l.Title == "" && ln.heading {
				p.l.Title = t
			}
			continue // "## Read the Letter"; "To add your signature, visit: ..."
		}
		if ln.n == p.titleLine {
			if p.l.Title == "" {
				p.l.Title = t
			}
			continue
		}
		if reAttribution.MatchString(t) || isQuotation(t) {
			continue // an epigraph and its author ("— Robert Maynard Hutchins, ..."), no addressee
		}
		if isReference(t) || reDocHeading.MatchString(t) || isEditorial(t) {
			headingRuns = reDocHeading.MatchString(t) && (continues(t) || openQuote(t))
			lastHeading = reDocHeading.MatchString(t)
			continue
		}
		kept = append(kept, ln)
	}
	if len(subject) > 0 {
		p.l.Title = collapse(p.l.Title + " " + strings.Join(subject, " "))
	}
	kept = splitRunTogetherAddressees(kept)
	kept, dateIdx = closeSpacedLines(kept, dateIdx)
	letterhead, rcpt := p.splitLetterhead(kept, dateIdx)
	p.readLetterhead(letterhead)
	p.readRecipients(rcpt)
	p.readCC(p.headerCC) // a memo's "Cc:" field
}

// splitRunTogetherAddressees cuts a header line that runs several
// addressees together, as text from a PDF does ("Rt Hon A MP, Secretary
// of State for X Rt Hon B MP, Secretary of State for Y"): before each
// courtesy title that opens a name after the first, the cut lines parted
// by a blank line as blocks are.
func splitRunTogetherAddressees(kept []line) []line {
	var out []line
	for _, ln := range kept {
		var locs [][]int
		for _, l := range reCourtesyInside.FindAllStringIndex(ln.text, -1) {
			if before := strings.TrimSpace(ln.text[:l[0]]); before != "" && !strings.HasSuffix(before, "The") {
				locs = append(locs, l) // "The Rt. Hon. Boris Johnson" is one courtesy
			}
		}
		if len(locs) == 0 {
			out = append(out, ln)
			continue
		}
		start := 0
		for _, l := range locs {
			out = append(out, line{n: ln.n, text: strings.TrimSpace(ln.text[start:l[0]])}, line{n: ln.n})
			start = l[0] + 1
		}
		out = append(out, line{n: ln.n, text: strings.TrimSpace(ln.text[start:])})
	}
	return out
}

// reCourtesyInside is a courtesy title before a capitalized name inside
// a line: " Rt Hon Liz", " The Honorable Mitch".
var reCourtesyInside = regexp.MustCompile(`\s(?:Rt\.? Hon\.?|The Hon(?:ou?rable|\.))\s+\p{Lu}`)

// closeSpacedLines joins a header copied with blank lines after every
// line ("President Barack Obama" / "" / "The White House" / "" / ...): when
// no two lines with text touch and there are three at least, the gap seen
// most often, and any narrower, is no break between blocks; wider ones are. dateIdx
// (an index into kept, or -1) follows the lines it pointed at.
func closeSpacedLines(kept []line, dateIdx int) ([]line, int) {
	gaps, run, texts := map[int]int{}, -1, 0
	for _, ln := range kept {
		switch {
		case ln.text != "" && run == 0:
			return kept, dateIdx // two lines touch: spaced as written
		case ln.text != "":
			if run > 0 {
				gaps[run]++
			}
			run, texts = 0, texts+1
		case run >= 0:
			run++
		}
	}
	if texts < 3 || len(gaps) == 0 {
		return kept, dateIdx
	}
	narrow := 0 // the gap seen most often, the narrower on a tie
	for g, c := range gaps {
		if c > gaps[narrow] || c == gaps[narrow] && g < narrow {
			narrow = g
		}
	}
	var out []line
	newDate := -1
	blank := 0
	for i, ln := range kept {
		if i == dateIdx {
			newDate = len(out)
		}
		if ln.text == "" {
			blank++
			continue
		}
		if blank > narrow {
			out = append(out, line{n: ln.n - 1}) // a wider gap still parts two blocks
		}
		blank = 0
		out = append(out, ln)
	}
	if dateIdx >= len(kept) {
		newDate = len(out)
	}
	return out, newDate
}

// memoNoColon reads a memo label printed without its colon: alone on its
// line over the addressee ("To" / "Shri Narendra Modi"; "Copy to"), or a
// phrase that leads into the addressee ("A la atención de Fernando
// Grande-Marlaska", "For the attention of ..."). It returns the match in
// reMemo's shape: the line, the label, the value.
func memoNoColon(t string) []string {
	low := strings.ToLower(t)
	switch low {
	case "to", "copy to", "copies to", "cc":
		return []string{t, low, ""}
	}
	for _, lead := range attentionLeads {
		if strings.HasPrefix(low, lead) && len(t) > len(lead) {
			return []string{t, "to", strings.TrimSpace(t[len(lead):])}
		}
	}
	return nil
}

// attentionLeads lead into the addressee in the languages letters are written in.
var attentionLeads = []string{"for the attention of ", "attention of ", "a la atención de ", "à l'attention de ",
	"a l'atenció de ", "all'attenzione di ", "à atenção de ", "zu händen von ", "zu händen ", "z. hd. "}

// memoFields names memo labels of other languages by their English ones.
var memoFields = map[string]string{"à": "to", "a": "to", "an": "to", "de": "from", "von": "from",
	"objet": "subject", "asunto": "subject", "betreff": "subject", "en copie": "cc", "copie": "cc", "kopie": "cc",
	"copy to": "cc", "copies to": "cc"}

// memoField is a memo label's field: "to", "from", "subject", "cc" ...
func memoField(label string) string {
	l := strings.ToLower(label)
	if f, ok := memoFields[l]; ok {
		return f
	}
	return l
}

// readMemoField handles a "Label: value" header line.
func (p *parser) readMemoField(field string, ln line, val string, kept *[]line, dateIdx *int) {
	switch field {
	case "to", "attn", "attention":
		if val != "" {
			*kept = append(*kept, line{n: ln.n, text: val, to: toFirst})
		}
	case "subject", "re":
		p.l.Title = collapse(val)
	case "cc", "bcc":
		p.headerCC = append(p.headerCC, ln)
	case "date":
		*dateIdx = len(*kept)
	case "from":
		if p.isOrgish(val) && !isTitle(val) {
			p.fromOrg = strings.TrimRight(val, ",;. ")
			p.addKnown(p.fromOrg)
		}
	}
}

func (p *parser) setDate(iso string, n int) {
	p.l.Date = iso
	p.l.Lines["date"] = n
}

// headerDateLine finds the letter's date: a line that is a date (perhaps
// after a place), else a date written inside a header sentence ("Submitted
// for consideration on December 15, 2006, to ..."). It returns the line
// number, or 0.
func (p *parser) headerDateLine(hdr []line) int {
	for _, ln := range hdr {
		if reMemo.MatchString(ln.text) {
			continue
		}
		if iso, _, ok := isDateLine(ln.text); ok {
			p.setDate(iso, ln.n)
			return ln.n
		}
	}
	for _, memo := range []bool{true, false} {
		for _, ln := range hdr {
			m := reMemo.FindStringSubmatch(ln.text)
			if memo != (m != nil && strings.EqualFold(m[1], "date")) || (!memo && m != nil) {
				continue
			}
			if d, ok := findDate(ln.text); ok {
				p.setDate(d.iso, ln.n)
				return ln.n
			}
		}
	}
	return 0
}

// openQuote reports a line that opens a quotation it does not close.
func openQuote(s string) bool {
	return strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

// continues reports a line that runs on: it ends in a comma or a
// connector word ("... Procedure and").
func continues(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") {
		return true
	}
	f := strings.Fields(s)
	return len(f) > 0 && connectors[strings.ToLower(f[len(f)-1])]
}

// isEditorial reports a whole line in parentheses or brackets: a printer's
// note, "(By Patrick Campbell)", "(This same letter was sent to ...)".
func isEditorial(t string) bool {
	t = strings.TrimRight(t, ". ")
	return (strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && matchingOpen(t) == 0) ||
		(strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]")) || isFootnote(t)
}

// reFootnote matches a footnote line: "*Affiliations for identification
// purposes only".
var reFootnote = regexp.MustCompile(`^[*†‡]+\pL`)

// isFootnote is reFootnote or a note on affiliations, the cheap test first.
func isFootnote(t string) bool {
	if strings.HasPrefix(t, "*") || strings.HasPrefix(t, "†") || strings.HasPrefix(t, "‡") {
		if reFootnote.MatchString(t) {
			return true
		}
	}
	low := strings.ToLower(t)
	if strings.Contains(low, "identification purposes") {
		return true
	}
	mayBeNote := strings.Contains(low, "capacity") || strings.Contains(low, "only") || strings.Contains(low, "identification") ||
		strings.Contains(low, "imply") || strings.Contains(low, "represent") || strings.Contains(low, "reflect") || strings.Contains(low, "indicate")
	return mayBeNote && reCapacityNote.MatchString(t)
}

// reCapacityNote is a sentence on the footing the signers sign on: "All
// signatures are in a personal capacity", "Affiliations are informational
// only", "Institutions are listed for identification and do not imply
// endorsement". It opens with what it is about, so a signer's own "Jane
// Doe, in a personal capacity" is no note.
var reCapacityNote = regexp.MustCompile(`(?i)^\W*(?:all |the )?(?:signatures?|signatories|signers|names|affiliations?|titles?|organi[sz]ations?|institutions?|employers?)\b.{0,60}?\b(?:(?:personal|individual|own) capacity|(?:identification|information|informational)(?: purposes)? only|for (?:the purposes? of )?identification|do(?:es)? not (?:necessarily )?(?:imply|represent|reflect|indicate))`)

// splitLetterhead separates the sender's lines above the date from the
// recipients' address blocks below it. A "To" line or an honorific-led
// name starts the recipients even above the date.
func (p *parser) splitLetterhead(kept []line, dateIdx int) (letterhead, rcpt []line) {
	limit := dateIdx
	if limit < 0 {
		limit = 0
	}
	for i := 0; i < limit; i++ {
		if kept[i].to != toNone || p.isRecipientStart(kept[i].text) {
			limit = i
			break
		}
	}
	return kept[:limit], kept[limit:]
}

// isRecipientStart reports a line that opens an address block.
func (p *parser) isRecipientStart(t string) bool {
	if reToPrefix.MatchString(t) {
		return true
	}
	hon, rest := splitHonorific(strings.TrimRight(t, ",;"))
	if hon != "" && p.isPersonName(rest) {
		return true
	}
	for h := hon; h != ""; { // "Professor Sir Ian Chapman Chief Executive, UKRI"
		h, rest = splitHonorific(rest)
	}
	if hon != "" && startsWithGivenName(strings.Fields(rest)) {
		return true // an honorific and a given name open each addressee's line
	}
	if tp, _ := p.splitTitlePrefix(strings.TrimRight(t, ",;")); tp != "" {
		return true // an office and a name open each addressee's line: "Commissioner David Rice"
	}
	// "Isabelle Durant, Deputy Secretary General ..." above the date
	parts := splitTopLevel(strings.TrimRight(t, ",;"), ',')
	return len(parts) >= 2 && p.isPersonName(parts[0]) && isTitleish(parts[1])
}

// reDelivery is how a letter was sent, printed above the addressee:
// "Via Email", "VIA FACSIMILE AND U.S. MAIL", "By electronic submission".
var reDelivery = regexp.MustCompile(`(?i)^(?:sent )?(?:via|by)\s+(?:e-?mail|electronic (?:mail|submission|delivery)|fax|facsimile|(?:first[- ]class |certified |regular |u\.?s\.? |overnight |express )?mail|hand(?: delivery)?|courier|overnight (?:delivery|courier)|federal express|fedex|regulations\.gov)\b[^.]{0,40}$`)

// reWhomItMayConcern greets no one in particular: no addressee.
var reWhomItMayConcern = regexp.MustCompile(`(?i)^(?:to )?whom it may concern\s*[:,.]?$`)

// reAddSignature is a sign-up link above a letter: "Add your signature",
// "Sign the letter", "Firma la carta".
var reAddSignature = regexp.MustCompile(`(?i)^\W*(?:add your (?:name|signature)|sign (?:the|this) (?:letter|statement|petition)|sign now|firma (?:la|aquí)|signez|unterzeichnen)\b`)

// readLetterhead joins the sender's lines: lines ending in a comma are
// separate parts, other lines wrap. Addresses and contact lines are left
// out; a letterhead that is an office ("Secretary of Defense") is no
// organization.
func (p *parser) readLetterhead(lines []line) {
	var b strings.Builder
	prev := ""
	for _, ln := range lines {
		t := ln.text
		// a place after a line ending in a comma goes on naming the body:
		// "Board of Commissioners," / "White County, Georgia,"
		onName := strings.HasSuffix(prev, ",") && isPlace(t) && !isAddress(t, true)
		if t == "" || isAddress(t, true) || isPlace(t) && !onName {
			prev = ""
			continue
		}
		prev = t
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(t)
	}
	lh := strings.TrimRight(collapse(b.String()), ",;. ")
	if lh == "" || isTitle(lh) || p.isPersonName(lh) || len(strings.Fields(lh)) > 16 {
		return
	}
	p.letterhead = lh
	p.addKnown(lh)
}

// readRecipients splits the address area into blocks (blank lines or a new
// honorific-led name start a block) and reads each as a party.
func (p *parser) readRecipients(lines []line) {
	var block []line
	flush := func() {
		if len(block) > 0 && !isLanguageSwitch(block) && !p.isSubjectLine(block) && !p.isPageHeading(block) && !p.isUngreetedBlock(block) {
			if party, ok := p.partyFromBlock(block); ok {
				p.l.Recipients = append(p.l.Recipients, party)
			}
		}
		block = nil
	}
	for _, ln := range lines {
		t := ln.text
		date := false
		if strings.IndexFunc(t, unicode.IsDigit) >= 0 { // most lines: no date to look for
			_, _, date = isDateLine(t)
		}
		switch {
		case t == "" || date && ln.to != toMore: // "Washington, June 28, 2007" again above the address: no one
			flush()
		case ln.to == toMore:
			block = append(block, ln)
		case ln.to == toFirst:
			flush()
			block = append(block, ln)
		default:
			if len(block) > 0 && p.isRecipientStart(t) {
				flush()
			}
			block = append(block, ln)
		}
	}
	flush()
}

// isLanguageSwitch reports a block that is the links to a page's other
// languages ("English", "Deutsch | Français"), not a party.
func isLanguageSwitch(block []line) bool {
	if len(block) != 1 {
		return false
	}
	for _, w := range reSwitchSep.Split(strings.Trim(block[0].text, "[]*_ "), -1) {
		if !languageNames[strings.ToLower(strings.Trim(w, "[]()*_ "))] {
			return false
		}
	}
	return true
}

var reSwitchSep = regexp.MustCompile(`\s*[|/·•,]\s*|\s+`)

// languageNames are languages as a page's language links name them, in
// English and in their own names.
var languageNames = wordSet(`english french german spanish italian portuguese dutch catalan
polish swedish danish norwegian finnish czech slovak hungarian romanian greek bulgarian croatian
slovenian estonian latvian lithuanian irish maltese russian ukrainian turkish arabic hebrew chinese
japanese korean hindi persian basque galician
français francais deutsch español espanol castellano italiano português portugues nederlands
català catala polski svenska dansk norsk suomi čeština slovenčina magyar română ελληνικά
български hrvatski slovenščina eesti latviešu lietuvių gaeilge malti русский українська türkçe
العربية עברית 中文 日本語 한국어 euskara galego en fr de es it pt nl ca`)

// isPageHeading reports a lone line above a letter that has no
// salutation and no "To:" field: the page's or the letter's heading
// ("Eine digitale Brandmauer"), not someone it is addressed to.
func (p *parser) isPageHeading(block []line) bool {
	if p.lay.sal >= 0 || len(block) != 1 || block[0].to != toNone || p.isRecipientStart(block[0].text) {
		return false
	}
	if p.l.Title == "" {
		p.l.Title = block[0].text
	}
	return true
}

// isUngreetedBlock reports a block above a letter that greets no one
// (no salutation) and has no "To:" field, and names no one: no line is a
// person, a body, an office or an address ("Skip to main content", a
// photo's tags and credit, a "Contacts:" heading). Such lines are the
// page's own, not someone the letter is addressed to.
func (p *parser) isUngreetedBlock(block []line) bool {
	if p.lay.sal >= 0 || block[0].to != toNone || p.isRecipientStart(block[0].text) {
		return false
	}
	for _, ln := range block {
		t := strings.TrimRight(ln.text, ",;:. ")
		if p.isPersonName(t) || containsOrgWord(t) || p.isKnownOrg(t) || isTitle(t) || isAddress(t, true) {
			return false
		}
	}
	return true
}

// isSubjectLine reports a block that is a line of a dozen words or more
// naming no one: a subject or a title printed among the addresses
// ("Support for the request by Least Developed Countries ..."), kept as
// the title when there is none.
func (p *parser) isSubjectLine(block []line) bool {
	if len(block) != 1 || len(strings.Fields(block[0].text)) < 12 || block[0].to != toNone {
		return false
	}
	if isName, _ := p.nameInfo(block[0].text); isName {
		return false
	}
	if p.l.Title == "" {
		p.l.Title = block[0].text
	}
	return true
}

// partyFromBlock reads one address block. Congressional Record blocks end
// their lines with commas and run parts together; those are joined and cut
// at commas. Other blocks keep one part per line.
func (p *parser) partyFromBlock(block []line) (graph.Party, bool) {
	first := reToPrefix.ReplaceAllString(block[0].text, "")
	party := graph.Party{Line: block[0].n}
	run := false
	for _, ln := range block[:len(block)-1] {
		if strings.HasSuffix(ln.text, ",") {
			run = true
		}
	}
	var parts []string
	if run || len(block) == 1 {
		var all wrapJoiner
		for _, ln := range block[1:] {
			all.add(ln.text)
		}
		parts = splitTopLevel(strings.TrimRight(first, ",; "), ',')
		if rest := all.String(); rest != "" {
			parts = append(parts, splitTopLevel(strings.TrimRight(rest, ".,; "), ',')...)
		}
	} else {
		parts = append(parts, p.nameAndTitle(strings.TrimRight(first, ",;"))...)
		for _, l := range mergeLines(block[1:], wrapsInBlock) {
			parts = append(parts, p.blockParts(l.text)...)
		}
	}
	if len(parts) > 0 {
		parts = append(p.nameThenTitle(parts[0]), parts[1:]...)
	}
	return p.fillParty(party, joinPortfolio(parts), run || len(block) == 1)
}

// joinPortfolio keeps an office whose portfolio is a list in one part:
// "Minister for Housing, Planning and Heritage" is split at its comma by
// then, and "Planning and Heritage" names no body of its own. The parts
// after the office join it up to the one holding the list's "and", when
// each is a few capitalized words with no organization word.
func joinPortfolio(parts []string) []string {
	for i := 0; i+1 < len(parts); i++ {
		if !isTitle(parts[i]) || !reOfficeOf.MatchString(parts[i]) {
			continue
		}
		for j := i + 1; j < len(parts) && isPortfolioItem(parts[j]); j++ {
			if reListAnd.MatchString(parts[j]) {
				joined := strings.Join(parts[i:j+1], ", ")
				return append(append(append([]string{}, parts[:i]...), joined), parts[j+1:]...)
			}
		}
	}
	return parts
}

var (
	reOfficeOf = regexp.MustCompile(` (?:of|for) `)
	reListAnd  = regexp.MustCompile(`^\S.* (?:and|&) \S+`)
)

// isPortfolioItem reports a short capitalized phrase naming a field, not a
// body, an address or an office: "Skills and Employment", "Innovation".
func isPortfolioItem(s string) bool {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || !startsUpper(s) || containsOrgWord(s) || isTitle(s) || isPlace(s) || isAddress(s, false) {
		return false
	}
	return !strings.ContainsAny(s, "0123456789()")
}

// nameThenTitle cuts a title printed after a name with no comma between
// them: "Professor Michele Dougherty Executive Chair" gives the honorific
// and name, then "Executive Chair".
func (p *parser) nameThenTitle(t string) []string {
	hon, rest := splitHonorific(t)
	for h := hon; h != ""; {
		h, rest = splitHonorific(rest)
	}
	f := strings.Fields(rest)
	for i := 2; i < len(f) && i <= 4; i++ {
		name, title := strings.Join(f[:i], " "), strings.Join(f[i:], " ")
		if p.isPersonName(name) && isTitle(title) && !isTitle(f[i-1]) {
			return []string{strings.TrimSpace(strings.TrimSuffix(t, rest)) + " " + name, title}
		}
	}
	return []string{t}
}

// nameAndTitle splits an address block's first line "Elin Howe,
// Commissioner" into the name and its titles; other lines stay whole.
func (p *parser) nameAndTitle(t string) []string {
	parts := splitTopLevel(t, ',')
	if len(parts) < 2 {
		return []string{t}
	}
	_, rest := splitHonorific(parts[0])
	if !p.isPersonName(rest) {
		return []string{t}
	}
	for _, pt := range parts[1:] {
		if !isTitle(pt) && !isSuffixPart(pt) {
			return []string{t}
		}
	}
	return parts
}

// blockParts splits a "Title, Organization" line; other lines stay whole.
func (p *parser) blockParts(t string) []string {
	t = strings.TrimRight(t, ",;")
	if isPlace(t) || isAddress(t, false) {
		return []string{t}
	}
	parts := splitTopLevel(t, ',')
	if rest := strings.Join(parts[1:], ", "); len(parts) >= 2 && isTitle(parts[0]) && !isTitle(rest) && p.isOrgish(rest) {
		return []string{parts[0], rest}
	}
	return []string{t}
}

// wrapsInBlock joins an address-block line that ends in a connector or a
// hyphen, or is followed by one starting in lower case.
func wrapsInBlock(prev string, _ bool, cur string, _ int) bool {
	return (continues(prev) && !strings.HasSuffix(prev, ",")) || startsLower(cur)
}

// fillParty finds the name among parts and reads the rest as title,
// organization and address. run is true for comma-run blocks, whose
// consecutive organization parts belong together ("Committee on the
// Budget, House of Representatives").
func (p *parser) fillParty(party graph.Party, parts []string, run bool) (graph.Party, bool) {
	nameAt := -1
	for i, part := range parts {
		hon, rest := splitHonorific(part)
		title := ""
		if hon == "" {
			title, rest = p.splitTitlePrefix(rest)
		}
		nm, _ := cutParenTail(rest)
		if head, tail, ok := strings.Cut(nm, ", "); ok && isPostNominal(tail) {
			nm = head // "Mr. Marcel Proulx, M.P.": the letters after the name are no part of it
		}
		if head, post := cutPostNominalWords(nm); post != "" && p.isPersonName(head) {
			nm = head // "Rt Hon Peter Kyle MP"
		}
		// later parts name the person only after an honorific ("..., Mrs
		// Sharon Dijksma"); otherwise "Rayburn Building" would be a name
		if (i == 0 || hon != "") && p.isPersonName(nm) {
			party.Honorific, party.Title, party.Name = hon, title, nm
			nameAt = i
			break
		}
	}
	var roles []string
	for i, part := range parts {
		switch {
		case i == nameAt:
		case i == nameAt+1 && nameAt >= 0 && isPostNominal(part) && !nameSuffixes[bare(part)]:
			// "Marcel Proulx, M.P.": letters after the name are no part of it
		case i == nameAt+1 && nameAt >= 0 && isSuffixPart(part): // "Rockefeller, IV"
			party.Name += ", " + part
		default:
			roles = append(roles, part)
		}
	}
	p.partyRoles(&party, roles, run)
	ok := party.Name != "" || party.Title != "" || party.Organization != ""
	return party, ok
}

// partyRoles assigns a party's parts in order: the first title, then the
// organization, until an address starts.
func (p *parser) partyRoles(party *graph.Party, roles []string, run bool) {
	var addr, org []string
	orgOpen, orgSplit := true, false
	for i, r := range roles {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		if p.isAddressPart(roles, i) {
			addr = append(addr, strings.TrimRight(r, ". "))
			orgOpen = false
			continue
		}
		switch {
		case isCorpSuffix(r) && len(org) > 0:
			org = append(org, r)
		case isTitle(r) && party.Title == "" && len(org) == 0:
			party.Title = cleanTitle(r)
		case isTitle(r) && len(org) == 0:
			// a second role ("Commissioner for Justice ..."): the first is kept
		case len(org) == 0:
			if t, o := splitLeadingTitle(r); t != "" && party.Title == "" {
				party.Title, orgSplit = t, true
				org = append(org, cleanRole(o))
				continue
			}
			org = append(org, cleanRole(r))
		case run && orgOpen && !orgSplit && !isTitle(r):
			org = append(org, cleanRole(r))
		default:
			orgOpen = false
		}
	}
	if len(org) == 0 && party.Title != "" {
		if off, place, ok := officeOf(party.Title); ok { // "Mayor of Barcelona"
			party.Title, org = off, []string{place}
		} else if t, o := splitTitleOf(party.Title); t != "" && containsOrgWord(o) && !namesGoverningBody(o) {
			party.Title, org = t, []string{o}
		}
	}
	party.Organization = joinParts(org)
	if a := strings.Join(addr, ", "); strings.ContainsAny(a, "0123456789") {
		party.Address = a
	}
}

// isAddressPart reports an address part, including a city followed by its
// state ("Washington", "DC").
func (p *parser) isAddressPart(parts []string, i int) bool {
	r := strings.TrimSpace(parts[i])
	if isAddress(r, false) || isPlace(r) || isStateName(strings.TrimRight(r, ".")) {
		return true
	}
	return i+1 < len(parts) && cityLike(r) && isStateName(strings.TrimRight(parts[i+1], ". "))
}

// splitLeadingTitle cuts "President permanent Parliamentary Commission ..."
// into a title and the organization after it.
func splitLeadingTitle(s string) (title, org string) {
	f := strings.Fields(s)
	i := 0
	for i < len(f)-1 && titleModifiers[bare(f[i])] && !titleHeads[bare(f[i])] {
		i++
	}
	if i >= len(f)-1 || !inSet(titleHeads, bare(f[i])) && !groupTitles[bare(f[i])] {
		return "", ""
	}
	rest := f[i+1:]
	if len(rest) > 0 && (rest[0] == "of" || rest[0] == "for") {
		rest = rest[1:]
		if len(rest) > 0 && rest[0] == "the" {
			rest = rest[1:]
		}
	}
	o := strings.Join(rest, " ")
	if o == "" || !containsOrgWord(o) {
		return "", ""
	}
	return strings.Join(f[:i+1], " "), o
}

// splitTitleOf cuts "President of the permanent ... Commission" into the
// office and its body.
func splitTitleOf(s string) (title, org string) {
	i := strings.Index(s, " of ")
	if i < 0 {
		return "", ""
	}
	title, org = s[:i], strings.TrimPrefix(s[i+4:], "the ")
	if !isTitle(title) {
		return "", ""
	}
	return title, org
}

// recipientFromSalutation gives a letter with no address block the
// recipients its salutation names: a generic one gives a title ("Dear
// Members of the United States Congress:", "To the Editor:"), a person by
// name gives the name ("Dear Senator McConnell:", "Dear Director-General
// Ngozi Okonjo-Iweala and all WTO Members,").
func (p *parser) recipientFromSalutation(salutation string) {
	s := greeted(salutation)
	parts := pluralTitlesShared(reSalutationJoin.Split(s, -1))
	named := false
	for _, part := range parts {
		if _, ok := p.salutationPerson(part); ok {
			named = true
		}
	}
	if !named {
		parts = []string{s} // a generic title may hold an "and" of its own
	}
	for _, part := range parts {
		if party, ok := p.salutationPerson(part); ok {
			party.Line = p.l.Lines["salutation"]
			p.l.Recipients = append(p.l.Recipients, party)
			continue
		}
		if named && loneSurname(part) { // "Dear Chairman Inouye and Cochran:": a second person by surname
			p.l.Recipients = append(p.l.Recipients, graph.Party{Name: part, Line: p.l.Lines["salutation"]})
			continue
		}
		p.genericRecipient(part)
	}
}

// greetedGroups are the groups a salutation greets besides people:
// "Dear Commissioner Ashdown and Colleagues:".
var greetedGroups = wordSet(`colleagues friends team family everyone everybody all neighbors neighbours
members staff regents supervisors legislators aldermen trustees partners supporters`)

// loneSurname reports one capitalized word that names no office, group or
// body: a person greeted by surname beside another greeted by office.
func loneSurname(part string) bool {
	f := strings.Fields(part)
	if len(f) != 1 || !isNameWord(f[0], false) {
		return false
	}
	b := bare(f[0])
	return isSurname(b) && !isTitleWord(b) && !inSet(titleHeads, b) && !orgWords[b] && !headingGroupNouns[b] && !personHeadingNouns[b] &&
		!officeHeadingNouns[b] && !greetedGroups[b] && !nameBlockers[b] && !isPlace(f[0])
}

// nameFromSalutation names an addressee known only by office ("To the
// Minister for Housing") from a salutation that greets one person ("Dear
// Ms Okonkwo,").
func (p *parser) nameFromSalutation(r *graph.Party) {
	if r.Name != "" && r.Title == "" && p.l.Salutation != "" {
		p.titleFromSalutation(r)
		return
	}
	if r.Name != "" || r.Title == "" || p.l.Salutation == "" {
		return
	}
	s := greeted(p.l.Salutation)
	if len(reSalutationJoin.Split(s, -1)) != 1 {
		return
	}
	if greeted, ok := p.salutationPerson(s); ok {
		r.Name = greeted.Name
		if r.Honorific == "" {
			r.Honorific = greeted.Honorific
		}
	}
}

// titleFromSalutation gives an addressee named in the address block with
// no office the office the salutation greets them by: "Dear Justice
// Secretary Rt Hon Shabana Mahmood," names the Justice Secretary.
func (p *parser) titleFromSalutation(r *graph.Party) {
	f := strings.Fields(greeted(p.l.Salutation))
	name := strings.Fields(r.Name)
	if len(f) < 2 || len(name) == 0 || !strings.EqualFold(bare(f[len(f)-1]), bare(name[len(name)-1])) {
		return // the salutation greets someone else, or no one by name
	}
	surname := name[len(name)-1]
	for k := 1; k < len(f) && k <= 4; k++ {
		// the title ends where what is left, honorifics aside, is the name
		if _, who := splitHonorific(strings.Join(f[k:], " ")); who != r.Name && who != surname {
			continue
		}
		// a legislator greeted by rank ("Dear Senator Harkin") has no office
		// title beyond The Honorable (convention 2)
		if head := strings.Join(f[:k], " "); isTitle(head) && !isGivenName(f[0]) && !legislatorRanks[strings.ToLower(head)] && !strings.EqualFold(head, r.Honorific) {
			r.Title = head
		}
		return
	}
}

// isQuotation reports a line that is one quotation: “...” or "...".
func isQuotation(t string) bool {
	t = strings.TrimRight(t, ".,;: ")
	return len(t) > 2 && (strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”") || strings.HasPrefix(t, "\"") && strings.HasSuffix(t, "\"") && strings.Count(t, "\"") == 2)
}

// reAttribution credits a quotation to its author: "— Jane Doe, ...".
var reAttribution = regexp.MustCompile(`^(?:[—―]|--)\s*\p{Lu}`)

// legislatorRanks greet a member of a legislature by rank.
var legislatorRanks = wordSet(`senator representative congressman congresswoman congressmember
assemblyman assemblywoman assemblymember delegate councilmember councilman councilwoman
member`)

// greeted is whom a salutation greets: "Dear Ms Okonkwo," gives "Ms Okonkwo".
func greeted(salutation string) string {
	s := strings.TrimRight(salutation, ":,;! ")
	low := strings.ToLower(s)
	for _, pre := range salutationOpeners {
		if strings.HasPrefix(low, pre) {
			return strings.TrimSpace(s[len(pre):])
		}
	}
	return s
}

// salutationOpeners open a salutation, in the languages of the letters the
// parser was developed on, before whom it greets; longest first within a
// language.
var salutationOpeners = []string{"dear ", "my dear ", "to the ", "to ", "hello ", "greetings ",
	"sehr geehrte ", "sehr geehrter ", "sehr geehrten ", "liebe ", "lieber ", "geachte ", "beste ",
	"chères ", "chère ", "chers ", "cher ", "estimadas ", "estimados ", "estimada ", "estimado ",
	"queridas ", "queridos ", "querida ", "querido ", "benvolguts ", "benvolgudes ", "benvolgut ", "benvolguda ",
	"gentilissima ", "gentilissimo ", "gentili ", "gentile ", "egregia ", "egregio ", "cari ", "care ", "caro ", "cara ",
	"prezadas ", "prezados ", "prezada ", "prezado ", "caras ", "caros ",
	"szanowni ", "szanowna ", "szanowny ", "vážená ", "vážený ", "bäste ", "kære ", "kjære ",
	"señoras ", "señores ", "señora ", "señor ", "senhoras ", "senhores ", "senhora ", "senhor "}

// reSalutationJoin separates the people a salutation greets.
var reSalutationJoin = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*`)

// pluralTitlesShared gives each name greeted under a plural title its
// title: "Chairs Merkley and Pingree and Ranking Members Murkowski and
// Joyce" greets Chair Merkley, Chair Pingree, Ranking Member Murkowski and
// Ranking Member Joyce. Parts are left as they are when no plural title
// leads a name.
func pluralTitlesShared(parts []string) []string {
	out := make([]string, len(parts))
	cur, used := "", false
	for i, part := range parts {
		out[i] = part
		if m := rePluralTitle.FindStringSubmatch(part); m != nil {
			cur, used = singularTitle(m[1]), true
			out[i] = cur + " " + m[2]
			continue
		}
		f := strings.Fields(part)
		if cur != "" && len(f) >= 1 && len(f) <= 2 && allCapitalized(part) && !isTitle(part) && !hasHonorific(part) {
			out[i] = cur + " " + part
			continue
		}
		cur = ""
	}
	if !used {
		return parts
	}
	return out
}

var rePluralTitle = regexp.MustCompile(`^((?:Ranking |Co-?)?(?:Chairs|Chairmen|Chairwomen|Members|Senators|Representatives|Leaders|Commissioners|Secretaries|Governors|Mayors))\s+([A-Z]\S*(?:\s[A-Z]\S*)?)$`)

// singularTitle is the title each of a plural's holders has.
func singularTitle(t string) string {
	switch {
	case strings.HasSuffix(t, "women"):
		return strings.TrimSuffix(t, "women") + "woman"
	case strings.HasSuffix(t, "men"):
		return strings.TrimSuffix(t, "men") + "man"
	case strings.HasSuffix(t, "ies"):
		return strings.TrimSuffix(t, "ies") + "y"
	}
	return strings.TrimSuffix(t, "s")
}

// genericRecipient records a salutation part that names no one: its
// title ("Member of Congress", "Editor").
func (p *parser) genericRecipient(part string) {
	hon, rest := splitHonorific(strings.TrimSpace(part))
	for _, courtesy := range []string{"Mr. ", "Mr ", "Madam ", "Madame ", "Mrs. ", "Ms. "} {
		if r, ok := strings.CutPrefix(rest, courtesy); ok && isTitle(r) { // "Mr. President"
			rest = r
		}
	}
	for _, lead := range []string{"all ", "All ", "our ", "the ", "The "} {
		rest = strings.TrimPrefix(rest, lead)
	}
	switch strings.ToLower(rest) {
	case "", "sir", "madam", "sir or madam", "madam or sir", "sirs", "gentlemen", "ladies and gentlemen",
		"whom it may concern", "all":
		return
	}
	if hon != "" && !isTitle(rest) {
		return // "Mrs Visser" with no name we can read
	}
	party := graph.Party{Title: cleanTitle(rest), Line: p.l.Lines["salutation"]}
	if !strings.Contains(rest, " ") && !isTitle(rest) && (p.isOrgish(rest) || p.isKnownOrg(rest)) ||
		endsWithOrgHead(rest) && !strings.HasSuffix(rest, "s") && !strings.Contains(rest, " and ") && !isTitle(rest) &&
			!groupTitles[strings.ToLower(strings.Fields(rest)[0])] { // one body, not "Colleagues and Friends"
		party = graph.Party{Organization: rest, Line: party.Line} // "Dear GitHub,", "To the Riverside executive board,"
	} else if head, _, ok := strings.Cut(rest, " of "); ok && endsWithOrgHead(head) && !isTitle(head) && startsUpper(rest) {
		party = graph.Party{Organization: rest, Line: party.Line} // "Dear El Dorado County Board of Supervisors,"
	}
	if strings.HasPrefix(strings.ToLower(party.Title), "editor") {
		party.Organization = p.publication()
	}
	p.l.Recipients = append(p.l.Recipients, party)
}

// salutationPerson reads a greeted person: a rank or office before a name
// ("Senator McConnell", "Commissioner Verheugen", "Director-General Ngozi
// Okonjo-Iweala") or a name alone ("Jane Doe"). The name is one to three
// capitalized words that are no office, and a single word must be a known
// surname or follow a rank or office.
func (p *parser) salutationPerson(part string) (graph.Party, bool) {
	var party graph.Party
	part = strings.TrimSpace(part)
	hon, rest := splitHonorific(part)
	party.Honorific = hon
	if hon == "" {
		for _, t := range candidates(titlePrefixesByWord, rest) {
			if pre, r, ok := cutPrefixWord(rest, t); ok {
				party.Title, rest = pre, r
				break
			}
		}
	}
	f := strings.Fields(rest)
	byOffice := false
	if hon == "" && party.Title == "" { // "Director-General Ngozi Okonjo-Iweala"
		for k := 1; k < len(f) && k <= 3; k++ {
			if head := strings.Join(f[:k], " "); isTitle(head) && !isGivenName(f[0]) {
				party.Title, f, byOffice = head, f[k:], true
				break
			}
		}
	}
	if byOffice && len(f) == 1 {
		return party, false // "Member States": a name alone after any title word is no name
	}
	if len(f) == 0 || len(f) > 3 {
		return party, false
	}
	for _, w := range f {
		if !(isNameWord(w, true) || isInitial(w)) || inSet(titleHeads, bare(w)) || orgWords[bare(w)] || headingGroupNouns[bare(w)] || nameBlockers[bare(w)] {
			return party, false
		}
	}
	switch {
	case hon != "" || party.Title != "":
		if len(f) == 1 && !isNameWord(f[0], false) {
			return party, false
		}
	case len(f) >= 2 && isGivenName(f[0]):
	default:
		return party, false
	}
	party.Name = strings.Join(f, " ")
	return party, true
}

var reToPublication = regexp.MustCompile(`\bto (?:the )?((?:[A-Z][\w'’&.-]*)(?:\s+(?:of|for|and|on|the|&|[A-Z][\w'’&.-]*))*)\s*[.,;]?$`)

// publication finds the paper a letter to the editor was sent to, named in
// a submission line ("... to the Chronicle of Higher Education").
func (p *parser) publication() string {
	end := p.l.Lines["salutation"]
	for _, ln := range p.lines {
		if ln.n >= end {
			break
		}
		if m := reToPublication.FindStringSubmatch(ln.text); m != nil {
			return strings.TrimRight(m[1], ".,;")
		}
	}
	return ""
}

// letterheadSigners reads, in a letter with no signatures after its body,
// a coalition's members printed as its letterhead: bodies run together with
// separators ("American Hiking Society * Appalachian Mountain Club * ...",
// "UNION OF CONCERNED SCIENTISTS ● PHYSICIANS FOR ..."), three at least.
// They are the signers, flagged as read from the letterhead.
func (p *parser) letterheadSigners(top []line) {
	var found []graph.Signatory
	orgish, seps := 0, false
	for _, ln := range top {
		if ln.text == "" {
			continue
		}
		parts := letterheadParts(ln.text)
		if len(parts) < 2 && !seps {
			continue // above the letterhead: a title, a logo's text
		}
		if len(parts) < 2 && (len(parts) == 0 || !p.isOrgish(parts[0]) && !startsUpper(parts[0])) || len(parts) == 1 && isProse(parts[0]) {
			break // the letterhead ends where the letter starts
		}
		if _, ok := shortDateLine(ln.text); ok {
			break
		}
		seps = true
		for _, part := range parts {
			if p.isOrgish(part) {
				orgish++
			}
			found = append(found, graph.Signatory{Organization: part, Line: ln.n, EndLine: ln.n, OrganizationLine: ln.n,
				Evidence: []string{"read from the letterhead: no signatures after the body"}})
		}
	}
	if len(found) >= 3 && orgish*2 >= len(found) {
		p.l.Signatories = append(p.l.Signatories, found...)
	}
}

// letterheadParts splits a letterhead line at its separators (*, ●, •, |,
// ·, ◦); a line without one is one part when it names a body.
func letterheadParts(t string) []string {
	var parts []string
	for _, part := range reLetterheadSep.Split(t, -1) {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
	}
	return parts
}

var reLetterheadSep = regexp.MustCompile(`\s+[*●•|·◦]\s+|\s*[●•]\s*`)
