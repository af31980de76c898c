package loader

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// edgePunct is trimmed from words before they are looked up.
const edgePunct = ".,;:()[]{}\"'‘’“”!?*"

// bare lower-cases a word and strips the punctuation around it.
func bare(w string) string {
	if w != "" && alnumByte(w[0]) && alnumByte(w[len(w)-1]) {
		return strings.ToLower(w) // most words: nothing to trim, and Trim's cutset is slow
	}
	return strings.ToLower(strings.Trim(w, edgePunct))
}

// alnumByte reports an ASCII letter or digit, which edgePunct never trims.
func alnumByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// bareDot is bare but keeps a final period, for abbreviations.
func bareDot(w string) string {
	w = strings.ToLower(strings.Trim(w, ",;:()[]{}\"'‘’“”!?*"))
	return strings.TrimLeft(w, ".")
}

// wordsOf splits s into bare lower-case words, dropping empty ones.
func wordsOf(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if b := bare(f); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// collapse trims s and reduces runs of white space to one space.
func collapse(s string) string {
	if collapsed(s) {
		return s // most strings are already collapsed: no allocation
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports s has no white space at its ends, no run of it and
// none but plain ASCII spaces.
func collapsed(s string) bool {
	prevSpace := true // a leading space is not collapsed
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// inSet looks a word up, also as the part after its last hyphen, so that
// "Co-founder" and "Vice-President" find their heads.
func inSet(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	if i := strings.LastIndexAny(w, "-–"); i > 0 && i < len(w)-1 {
		return set[w[i+1:]]
	}
	return false
}

var (
	honorificsByWord    = byFirstWord(honorifics)
	titlePrefixesByWord = byFirstWord(titlePrefixes)
)

// byFirstWord indexes phrases by their lower-case first word, longest
// phrase first, so a prefix is looked up rather than scanned for.
func byFirstWord(in []string) map[string][]string {
	out := append([]string(nil), in...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	m := make(map[string][]string)
	for _, p := range out {
		w := strings.ToLower(strings.Fields(p)[0])
		m[w] = append(m[w], p)
	}
	return m
}

// candidates returns the phrases that may prefix s.
func candidates(index map[string][]string, s string) []string {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return nil
	}
	return index[strings.ToLower(s[:i])]
}

// cutPrefixWord removes prefix from s when it is followed by a space, case
// insensitively; it returns the prefix as printed and the rest.
func cutPrefixWord(s, prefix string) (string, string, bool) {
	if len(s) <= len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", s, false
	}
	if s[len(prefix)] != ' ' {
		return "", s, false
	}
	return s[:len(prefix)], strings.TrimSpace(s[len(prefix):]), true
}

// splitHonorific moves leading honorifics ("The Honorable", "Vice Admiral",
// "Rev. Dr.") off a name. A prefix counts only before a word that can
// start a name, so "General Board of ..." is no general.
func splitHonorific(s string) (hon, rest string) {
	// "Dr.Mohan Rao": an honorific printed with no space before the name
	rest = s
	if i := strings.IndexByte(s, '.'); i > 0 && i < 5 && i+1 < len(s) && s[i+1] != ' ' {
		rest = reGluedHonorific.ReplaceAllString(s, "$1 $2")
	}
	if strings.Contains(rest, "(") {
		if rank := reRetiredRank.FindString(rest); rank != "" && startsUpper(rest[len(rank):]) {
			hon, rest = strings.TrimSpace(rank), rest[len(rank):] // "Col (Ret.) Shaul Arieli"
		}
	}
	for range 3 { // "The Reverend Dr." is at most a few prefixes deep
		found := false
		for _, h := range candidates(honorificsByWord, rest) {
			p, r, ok := cutPrefixWord(rest, h)
			for ok && lowerHonorificNext(r) { // "Prof. dr.", "Dr ir"
				w, after, _ := strings.Cut(r, " ")
				p, r = p+" "+w, after
			}
			if !ok || !startsUpper(r) {
				continue
			}
			if w := bare(strings.Fields(r)[0]); orgWords[w] || nameBlockers[w] || titleHeads[w] && !surnameHeads[w] {
				continue
			}
			hon = strings.TrimSpace(hon + " " + p)
			rest, found = r, true
			break
		}
		if !found {
			break
		}
	}
	return hon, rest
}

// reGluedHonorific is an abbreviated honorific printed with no space
// before the name, or before a second one, as Dutch and German degrees
// run on: "Dr.Mohan Rao", "Prof.Ana Lind", "Prof.dr. R.A. Zwaan",
// "dr.ir. Robert Schuwer".
var reGluedHonorific = regexp.MustCompile(`^((?i:Dr|Prof|Mr|Mrs|Ms|Rev|Hon|Fr|Sr|Smt|Shri|Ir|Drs)\.)(\p{Lu}\p{Ll}|(?i:dr|ir|drs|mr)\.)`)

// lowerHonorificNext reports a name that opens with a second honorific in
// lower case, as Dutch academic prefixes print: the "dr." of "Prof. dr.
// Marcel van Assen", the "ir." of "dr. ir. Sanli Faez".
func lowerHonorificNext(r string) bool {
	w, rest, ok := strings.Cut(r, " ")
	switch w {
	case "dr.", "dr", "ir.", "ir", "drs.", "mr.", "ing.":
		return ok && (startsUpper(rest) || lowerHonorificNext(rest))
	}
	return false
}

// printedLegalForm reports a company's legal form as it is printed, in
// capitals or with points ("SAS", "GmbH", "S.A.", "Inc."), which no
// name's word is; "Sas" may be a surname.
func printedLegalForm(tok string) bool {
	if !isCorpSuffix(strings.TrimRight(tok, ",")) {
		return false
	}
	rs := []rune(tok)
	return isAllCaps(tok) || strings.Contains(tok, ".") || len(rs) > 1 && strings.ToLower(string(rs[1:])) != string(rs[1:])
}

// SplitName separates a printed name from its honorifics: prefix ranks and
// courtesy titles ("The Honorable", "Vice Admiral", "Bishop") and degrees
// after a comma ("Ph.D.", "J.D., Ph.D."); a prefix wins when both are
// printed. Suffixes such as "Jr." stay in the name; a trailing tag such as
// "(IL)" is dropped.
func SplitName(s string) (honorific, name string) {
	nl, _ := newParser("", "", Options{}).readNameLine(collapse(s))
	return nl.honorific, nl.name
}

// splitTitlePrefix takes an office printed before a name ("President
// Barack Obama") when what follows is a person's name.
func (p *parser) splitTitlePrefix(s string) (title, rest string) {
	for _, t := range candidates(titlePrefixesByWord, s) {
		pre, r, ok := cutPrefixWord(s, t)
		if ok && p.isPersonName(r) {
			return pre, r
		}
	}
	return "", s
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isInitial reports tokens such as "J.", "F.W.", "Y.E.M.A.", "J.-P." or
// "O": capitals each followed by a period (a lone capital needs none).
func isInitial(tok string) bool {
	rs := []rune(tok)
	letters := 0
	for i, r := range rs {
		switch {
		case r == '.' || r == '-':
		case unicode.IsUpper(r):
			letters++
			if i+1 < len(rs) && rs[i+1] != '.' {
				return false
			}
		default:
			return false
		}
	}
	// "E.J": the last point of a run of initials is sometimes left off
	return letters > 0 && letters <= 5 && (letters == 1 || rs[len(rs)-1] == '.' || rs[len(rs)-2] == '.')
}

// isNameWord reports a capitalized word as names are written: McGovern,
// O'Meara, Ne’eman, Martin-Proctor. allCaps accepts words in capitals.
func isNameWord(tok string, allCaps bool) bool {
	tok = strings.TrimSuffix(tok, ",")
	if tok == "" || !startsUpper(tok) {
		return false
	}
	lower := false
	for i, r := range tok {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
		case r == '\'' || r == '’' || r == '-' || r == '‐':
		case r == '.' && i == len(tok)-1:
		default:
			return false
		}
	}
	return lower || allCaps
}

// isQuotedNick reports a nickname in quotes, straight, curly or doubled.
func isQuotedNick(tok string) bool {
	if len(tok) < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(tok)
	last, _ := utf8.DecodeLastRuneInString(tok)
	return strings.ContainsRune("'\"‘“(", first) && strings.ContainsRune("'\"’”)", last)
}

// reGluedInitial is an initial run into the surname after it: "J.Chaput".
var reGluedInitial = regexp.MustCompile(`\b(\p{Lu}\.)(\p{Lu}\p{Ll}{2,})`)

// isPersonName reports whether s reads as a person's name: two to six
// capitalized words, initials or particles, with no organization, title or
// place evidence. Honorifics must already be removed.
func (p *parser) isPersonName(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(s, ",;"))
	if p.columnNames[s] {
		return true // the name column of a "Name - description" list
	}
	if r, ok := p.personNames[s]; ok {
		return r
	}
	r := p.isPersonNameUncached(s)
	if p.personNames != nil {
		p.personNames[s] = r
	}
	return r
}

// isPersonNameUncached is isPersonName without the parser's cache.
func (p *parser) isPersonNameUncached(s string) bool {
	if strings.Contains(s, ".") {
		s = reGluedInitial.ReplaceAllString(s, "$1 $2") // "Charles J.Chaput": an initial typed without its space
	}
	toks := strings.Fields(s)
	if len(toks) < 2 || len(toks) > 7 {
		return false
	}
	if p.isKnownOrg(s) || isPlace(s) || isCountry(s) || len(toks) > 1 && printedLegalForm(toks[len(toks)-1]) && !isInitial(toks[len(toks)-1]) {
		return false
	}
	allCaps := strings.ToUpper(s) == s
	core, initials, vocab := 0, 0, false
	last := len(toks) - 1
	for last > 1 && nameSuffixes[bare(toks[last])] {
		last-- // "Edgar Chambers IV": the surname is before the suffix
	}
	for i, t := range toks {
		b := bare(t)
		switch {
		case isQuotedNick(t):
		case i > 0 && nameSuffixes[b]:
		case particles[strings.ToLower(t)] && i > 0 && i < len(toks)-1:
		case t == "i" && i >= 2 && i < len(toks)-1 && startsUpper(toks[i+1]):
			// Catalan joins two surnames with "i": "David Fernàndez i Ramos"
		case isInitial(strings.TrimSuffix(t, ",")):
			initials++
		case connectors[b] && !particles[strings.ToLower(t)]:
			return false // "Color Of Change", "People For the American Way"
		case isNameWord(t, allCaps) || i > 0 && capsSurname(toks, t) || !allCaps && surnameFirstInCaps(toks):
			// a vocabulary word may still be a surname after a given name:
			// "Matt Mills", "Anna Church"
			surname := i > 0 && i == last && isSurname(b) && isGivenName(toks[0])
			if (orgWords[b] || nameBlockers[b] || headingGroupNouns[b] || (titleHeads[b] && !surnameHeads[b])) && !surname {
				vocab = true
			}
			if i == 0 && (b == "the" || b == "and") {
				return false
			}
			core++
		default:
			return false
		}
	}
	// a vocabulary word is a surname only in "First M. Last" ("James F. Army")
	// or after initials alone ("T.M. List")
	if vocab && !(core == 2 && initials >= 1 && isInitial(toks[1]) && !isInitial(toks[len(toks)-1])) &&
		!(core == 1 && initials >= 1 && isInitial(toks[0]) && !isInitial(toks[len(toks)-1]) && !orgWords[bare(toks[len(toks)-1])]) {
		return false
	}
	if allCaps && core+initials < 2 {
		return false
	}
	if core >= 1 && core+initials >= 2 && !startsWithGivenName(toks) && officeWords(toks) {
		return false // "Vermont State Treasurer", "Commanding General"
	}
	return core >= 1 && core+initials >= 2
}

// capsSurname reports a surname printed in capitals after given names in
// ordinary case ("Manon AUBRY"): the name starts with a given name, or the
// word is a known surname.
func capsSurname(toks []string, t string) bool {
	w := strings.TrimSuffix(t, ",")
	if len([]rune(w)) < 2 || !isAllCaps(w) || strings.ContainsAny(w, "0123456789&/") {
		return false
	}
	return isGivenName(toks[0]) || isSurname(w)
}

// surnameFirstInCaps reports a name printed surname first, the surname in
// capitals ("BEAUFILS Bruno", "NAIT ABDELAZIZ Moussa", "FUJITA Tomonori"),
// as French, Japanese and Hungarian lists do: one to three words in
// capitals, then one to three in ordinary case of which one is a known
// given name.
func surnameFirstInCaps(toks []string) bool {
	k := 0
	for k < len(toks) && k < 4 && isAllCaps(strings.TrimSuffix(toks[k], ",")) && len([]rune(toks[k])) >= 2 && isNameWord(toks[k], true) {
		k++
	}
	rest := toks[k:]
	if k == 0 || k > 3 || len(rest) == 0 || len(rest) > 3 || isPlace(strings.Join(rest, " ")) || isCountry(strings.Join(rest, " ")) {
		return false // "UNSW Sydney" is a body and its city
	}
	given := false
	for _, w := range rest {
		if !isNameWord(w, false) || isAllCaps(w) {
			return false
		}
		given = given || isGivenName(w)
	}
	return given
}

// startsWithGivenName reports a name whose first word that is not an
// initial is a given name in the lexicon.
func startsWithGivenName(toks []string) bool {
	for _, t := range toks {
		if isInitial(strings.TrimSuffix(t, ",")) || isQuotedNick(t) {
			continue
		}
		return isGivenName(t)
	}
	return false
}

// officeWords reports words of an office or a place in a would-be name:
// a title word ("Treasurer", "State"), a job noun, or a state or country
// it starts with.
func officeWords(toks []string) bool {
	if isStateName(toks[0]) || len(toks) > 2 && isStateName(toks[0]+" "+toks[1]) || isCountry(toks[0]) {
		return true
	}
	for _, t := range toks {
		b := bare(t)
		if titleModifiers[b] || inSet(titleHeads, b) || isJobHead(b) || fieldWords[b] {
			return true
		}
	}
	return false
}

// isPlaceholder reports a signature that is not a name: "___", "------",
// "[signed]", "/s/".
func isPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return true
	}
	low := strings.ToLower(t)
	switch low {
	case "[signed]", "(signed)", "/s/", "signed", "[signature]", "(signature)", "[sig]":
		return true
	}
	return strings.Contains(t, "___") || strings.Contains(t, "---") ||
		strings.Trim(t, "_-–—.* ") == "" || strings.Contains(t, "_ ") ||
		(strings.Contains(t, "__") && !strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz"))
}

// cutParenTail removes trailing parentheticals: "Tim Johnson (IL)" gives
// "Tim Johnson" and ["IL"].
func cutParenTail(s string) (string, []string) {
	var tags []string
	s = strings.TrimSpace(s)
	for strings.HasSuffix(s, ")") {
		open := matchingOpen(s)
		if open <= 0 {
			break
		}
		tags = append([]string{strings.TrimSpace(s[open+1 : len(s)-1])}, tags...)
		s = strings.TrimSpace(s[:open])
	}
	return s, tags
}

// matchingOpen finds the '(' that closes at the end of s, or -1.
func matchingOpen(s string) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// trimEntryPeriod drops a paragraph's final period but keeps one that
// belongs to an abbreviation, an initial or a suffix ("Inc.", "Jr.", "S.").
func trimEntryPeriod(s string) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimRight(s, "”’\""); t != s && strings.HasSuffix(t, ".") && !strings.ContainsAny(t, "“‘\"") {
		s = t // "… and Madhava Deshpande.”": the quote closes the statement the list ends
	}
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return s
	}
	if strings.HasSuffix(s, ").") {
		return s[:len(s)-1] // "Lincoln Davis (Tenn.).": the period ends the entry
	}
	f := strings.Fields(s)
	last := f[len(f)-1]
	core := strings.TrimSuffix(strings.Trim(last, "()\"'"), ".")
	lb := strings.ToLower(core)
	if abbreviations[lb] || nameSuffixes[lb+"."] || corpSuffixes[lb+"."] ||
		postNominals[lb+"."] || strings.Contains(core, ".") || isInitial(core+".") {
		return s
	}
	return strings.TrimSuffix(s, ".")
}

// namePart cuts a name from a trailing paragraph period and tags:
// "Jane Harman (D-CA)." gives "Jane Harman" and ["D-CA"].
func namePart(s string) (string, []string) {
	nm, tags := cutParenTail(trimEntryPeriod(s))
	return trimEntryPeriod(nm), tags
}

// taggedLegislator reports a surname printed with a legislator's
// party–state or state tag, as lists of Members print them:
// "Schakowsky (D-IL)", "T. Ryan (D-OH)", "Van Hollen (D-MD)", "Ross (Ark.)".
// The tag makes a single word a person's name.
func taggedLegislator(name string, tags []string) bool {
	if len(tags) == 0 {
		return false
	}
	tag := strings.TrimSpace(tags[len(tags)-1])
	if !isPartyTag(tag) && !isStateName(tag) && !reLegislatorTag.MatchString(tag) {
		return false
	}
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !startsUpper(w) && !particles[strings.ToLower(w)] || containsOrgWord(w) {
			return false
		}
	}
	return true
}

// surnameFirstTagged reads "Abercrombie, Neil (D-HI, 1st)", "Allen,
// Thomas H., (D-ME, 1st)": a surname, a comma, given names, and a
// legislator's tag, as alphabetical lists of Members print them. It
// returns the name as printed, "Abercrombie, Neil".
func surnameFirstTagged(t string) (string, bool) {
	head, tags := cutParenTail(strings.TrimSpace(t))
	head = strings.TrimRight(strings.TrimSpace(head), ",")
	sur, given, ok := strings.Cut(head, ", ")
	if !ok || strings.Contains(given, ",") || !taggedLegislator(sur, tags) {
		return "", false
	}
	f := strings.Fields(given)
	if len(f) == 0 || len(f) > 3 || !isGivenName(f[0]) && !isInitial(f[0]) {
		return "", false
	}
	return sur + ", " + given, true
}

// peerName reports a peer's name after a peer's honorific: "Lewis of
// Newnham" after "Lord", "Kennedy of The Shaws" after "Baroness".
func peerName(hon, name string) bool {
	switch strings.ToLower(strings.TrimSpace(hon)) {
	case "lord", "baroness", "baron", "lady", "viscount", "viscountess", "earl", "countess":
	default:
		return false
	}
	return rePeerName.MatchString(name)
}

var rePeerName = regexp.MustCompile(`^[A-Z][\pL'’-]+(?: [A-Z][\pL'’-]+)? of (?:the |The )?[A-Z][\pL'’-]+(?: [A-Z][\pL'’-]+)?$`)

// reLegislatorTag is a party, state and district: "D-HI, 1st", "R-TX-3".
var reLegislatorTag = regexp.MustCompile(`^[DRI]\s*[-–—]\s*[A-Z]{2}(?:\s*[-–—,]\s*\w{1,4})?$`)

// cutPostNominalWords removes honours printed after a name without a
// comma ("Julian Burnside AO QC", "Jane Doe PhD"); two words of the name
// at least stay.
func cutPostNominalWords(name string) (string, string) {
	f := strings.Fields(name)
	k := len(f)
	for k > 2 {
		w := f[k-1]
		lw := strings.ToLower(w)
		if !(postNominals[lw] || postNominals[lw+"."]) || strings.ToLower(w) == w {
			break // in capitals or with periods, as honours are printed
		}
		k--
	}
	if k == len(f) {
		return name, ""
	}
	return strings.Join(f[:k], " "), strings.Join(f[k:], " ")
}

// isSuffixPart reports a comma part that finishes a name: "Jr.", "IV".
func isSuffixPart(s string) bool {
	s, _ = cutParenTail(s)
	return nameSuffixes[strings.ToLower(strings.TrimSpace(s))]
}

// isPostNominal reports a comma part made of degrees or honours:
// "Ph.D.", "J.D., Ph.D.", "Ir", "Mr.".
func isPostNominal(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		lf := strings.ToLower(f)
		if !postNominals[lf] && !postNominals[lf+"."] && !postNominals[strings.TrimSuffix(lf, ".")] && // "MD." ends a list
			strings.TrimSuffix(f, ".") != "DO" { // a doctor of osteopathy; "do" is a word
			return false
		}
	}
	return true
}

// isCorpSuffix reports a comma part that ends a company name: "Inc.", "LLC".
func isCorpSuffix(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return corpSuffixes[s] || corpSuffixes[strings.TrimSuffix(s, ".")] || lexicon().legalForms[s]
}

// isServiceBranch reports an armed service after a name, with or without
// "(Ret.)": "USN (Ret.)", "USAFR (RET)".
func isServiceBranch(s string) bool {
	t := strings.ToLower(strings.Trim(stripStatus(s), " ."))
	return serviceBranches[t] || serviceBranches[strings.ReplaceAll(t, ".", "")]
}

// isRank reports a military rank printed after a name: "CMSgt", "Col.".
func isRank(s string) bool {
	t := strings.ToLower(strings.TrimSpace(stripStatus(s)))
	return t != "ret" && t != "ret." && (ranks[t] || ranks[strings.ReplaceAll(t, " ", "")])
}
