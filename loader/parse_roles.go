package loader

import (
	"regexp"
	"strings"
	"unicode"
)

// reElect matches an office not yet taken up: "Member-Elect",
// "Senator-elect", "Secretary-designate"; what remains is the title.
var reElect = regexp.MustCompile(`(?i)-(?:elect|designate)\b`)

// isTitle decides by vocabulary whether a phrase is a job title: a title
// noun that leads it ("Secretary of State", "Chief of Staff"), ends it
// ("Council Chair", "Policy Analyst"), or appears in it with no
// organization word ("Attorney General").
func isTitle(s string) bool {
	if t := strings.TrimSpace(s); len(t) <= 40 && t != "" && strings.IndexByte("psdwzaPSDWZA", t[0]) >= 0 && // a seat's first letter: most strings need no regular expression
		reSeat.MatchString(strings.TrimRight(t, ".,;")) {
		return true
	}
	s = stripStatus(s)
	if low := strings.ToLower(s); strings.Contains(low, "-elect") || strings.Contains(low, "-designate") {
		s = reElect.ReplaceAllString(s, "")
	}
	ws := wordsOf(s)
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 14 || hasParenAcronym(s) {
		return false
	}
	if strings.Contains(s, "Professor ") && namedChair(s) {
		return true
	}
	if len(ws) > 1 && startsUpper(s) && (prizeOpeners[ws[0]] || inSet(prizeOpeners, ws[len(ws)-1]) || namesAPrize(s) && reHonour.MatchString(s)) && !containsOrgWord(s) {
		return true // "Premio Nacional de Literatura 2010", "Nobel Prize in Physics 2001": a laureate's title
	}
	i := 0
	// modifiers lead ("Senior", "European"); a head that modifies the next
	// head does too ("Assistant Professor of ...")
	for i < len(ws)-1 && (titleModifiers[ws[i]] || demonyms[ws[i]]) && (!titleHeads[ws[i]] || inSet(titleHeads, ws[i+1])) {
		i++
	}
	if inSet(titleHeads, ws[i]) && (i == len(ws)-1 || connectors[ws[i+1]] || ws[i+1] == "-") {
		return true // "Director", "Chief of Staff", "European Commissioner for Trade"
	}
	if n := len(ws); (inSet(titleHeads, ws[n-1]) || n > 1 && ws[n-1] == "general") && (n == 1 || !connectors[ws[n-2]]) &&
		(!causeHeads[ws[n-1]] || n == 1 || heldCause(ws[n-2])) {
		return true // "Council Chair", "Attorney General", "Commanding General"
	}
	head, org := false, false
	for i, w := range ws { // a head after "of" or "with" is an object: "Jobs With Justice"
		head = head || inSet(titleHeads, w) && (i == 0 || !connectors[ws[i-1]] && (!causeHeads[w] || heldCause(ws[i-1])))
		org = org || orgWords[w] || hasOrgSuffix(w)
	}
	return head && !org
}

// namedChair reports a professorship named for its donor, whose name
// would otherwise read as a person's or an organization's: "Allie S. Freed
// Professor of Government", "Sterling Professor of Law".
func namedChair(s string) bool {
	f := strings.Fields(s)
	for i := 1; i < len(f)-1; i++ {
		if f[i] != "Professor" || f[i+1] != "of" && f[i+1] != "in" {
			continue
		}
		for _, w := range f[:i] {
			if !startsUpper(w) {
				return false
			}
		}
		return true
	}
	return false
}

// causeHeads are title heads that also end the names of the causes
// organizations are named for: "Chief Justice" is a title, "Housing
// Justice" and "Media Justice" are organizations.
var causeHeads = wordSet(`justice`)

// heldCause reports a word before a cause head that makes it an office:
// "Chief Justice", "Presiding Justice", "Supreme Court Justice".
func heldCause(before string) bool {
	return titleModifiers[before] || orgWords[before] || officeModifiers[before]
}

var officeModifiers = wordSet(`presiding retired former acting puisne associate chief deputy senior
appellate appeals lord lady circuit district high supreme court federal state county`)

// reSeat is a seat on an elected board, which is a title: "Post 1",
// "District 5", "Ward 2", "Seat 3", "At-Large".
var reSeat = regexp.MustCompile(`(?i)^(?:(?:post|seat|district|ward|place|position|precinct|zone)\s+(?:no\.\s*)?(?:\d{1,3}|[ivx]{1,4}|[a-z]))$|^at[- ]large(?: member)?$`)

// namesAPrize is reHonour's cheap first test.
func namesAPrize(s string) bool {
	return strings.Contains(s, "Prize") || strings.Contains(s, "Laureate") || strings.Contains(s, "Medal") || strings.Contains(s, "Nobel")
}

// prizeOpeners open the name of a prize a signer holds.
var prizeOpeners = wordSet(`premio prix preis prize premi prémio prêmio nagroda prijs priset`)

// isTitleish is weaker: a line that starts a title without its noun, such
// as the first half of a wrapped "Senior Legal & International / Policy
// Analyst".
func isTitleish(s string) bool {
	if isTitle(s) {
		return true
	}
	ws := wordsOf(s)
	if len(ws) == 0 || containsOrgWord(s) {
		return false
	}
	return titleModifiers[ws[0]]
}

// endsWithTitleHead reports a complete title ("Executive Director").
func endsWithTitleHead(s string) bool {
	ws := wordsOf(s)
	return len(ws) > 0 && inSet(titleHeads, ws[len(ws)-1])
}

// endsWithOrgHead reports a complete organization name ("... Institute").
func endsWithOrgHead(s string) bool {
	ws := wordsOf(s)
	return len(ws) > 0 && orgWords[ws[len(ws)-1]]
}

func containsOrgWord(s string) bool {
	for _, w := range wordsOf(s) {
		if orgWords[w] || hasOrgSuffix(w) {
			return true
		}
	}
	return false
}

// hasOrgSuffix reports a compound word ending in an organization noun.
func hasOrgSuffix(w string) bool {
	for _, sfx := range orgSuffixes {
		if len(w) > len(sfx)+2 && strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}

var (
	reParenAcronym = regexp.MustCompile(`\(([A-Z][A-Za-z0-9&./\- ]{0,20})\)`)
	reDomain       = regexp.MustCompile(`(?i)[a-z0-9]\.(org|com|net|ai|io|edu|gov|eu|int|info|us|uk|nl|de|fr|ca)\b`)
)

// hasParenAcronym reports "(ACLU)" style acronyms: two capitals at least.
func hasParenAcronym(s string) bool {
	for _, m := range reParenAcronym.FindAllStringSubmatch(s, -1) {
		if upperCount(m[1]) >= 2 && !statusWords[strings.ToLower(strings.Trim(m[1], ". "))] {
			return true
		}
	}
	return false
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// isOrgish collects the evidence that a phrase names an organization.
func (p *parser) isOrgish(s string) bool {
	if containsOrgWord(s) || hasParenAcronym(s) || reDomain.MatchString(s) || p.isKnownOrg(s) {
		return true
	}
	if strings.HasPrefix(s, "The ") && startsUpper(strings.TrimPrefix(s, "The ")) {
		return true
	}
	for _, f := range strings.Fields(s) {
		if isAcronym(f) || isBrand(f) {
			return true
		}
	}
	return false
}

// isAcronym reports "GLAAD", "USMC", "AFL-CIO" (not roman numerals).
func isAcronym(tok string) bool {
	t := strings.Trim(tok, edgePunct)
	if len(t) < 2 || strings.Trim(t, "IVXLC") == "" {
		return false
	}
	letters := 0
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '&' || r == '/':
		default:
			return false
		}
	}
	return letters >= 2
}

// isBrand reports mixed-case names like "eBay", "InterACT", "MPact" but not
// surnames such as "McGovern" or "DeFazio".
func isBrand(tok string) bool {
	t := strings.Trim(tok, edgePunct)
	rs := []rune(t)
	if len(rs) < 3 {
		return false
	}
	if unicode.IsLower(rs[0]) {
		for _, r := range rs[1:] {
			if unicode.IsUpper(r) {
				return true
			}
		}
		return false
	}
	for _, pre := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "O'", "O’", "D'", "Fitz"} {
		if strings.HasPrefix(t, pre) {
			return false
		}
	}
	ups := 0
	for i, r := range rs {
		if unicode.IsUpper(r) && i > 0 && unicode.IsLetter(rs[i-1]) {
			ups++
		}
	}
	return ups > 0
}

var reZip = regexp.MustCompile(`\s+\d{5}(-\d{4})?$`)

// isStateName reports a US state or territory; postal codes must be in
// capitals so that "in" or "me" never count.
func isStateName(s string) bool {
	t := strings.TrimSpace(s)
	if strings.ContainsAny(t, "0123456789") {
		t = strings.TrimSpace(reZip.ReplaceAllString(t, ""))
	}
	t = strings.TrimRight(t, " ,;")
	low := strings.ToLower(t)
	if usStates[low] && (len(strings.Trim(low, ".")) > 2 || strings.ToUpper(t) == t || strings.HasSuffix(low, ".")) { // "Md.", "Ga."
		return true
	}
	low = strings.TrimSuffix(low, ".")
	return len(low) == 2 && strings.ToUpper(t) == t && usStates[low]
}

var countries = wordSet(`afghanistan albania algeria argentina armenia australia
austria azerbaijan bangladesh belarus belgium bolivia bosnia brazil bulgaria
cambodia cameroon canada chile china colombia croatia cuba cyprus czechia
denmark ecuador egypt england estonia ethiopia finland france georgia
germany ghana greece guatemala haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
kenya korea kosovo kuwait latvia lebanon liberia libya lithuania luxembourg
malaysia mali malta mexico moldova mongolia montenegro morocco mozambique
myanmar nepal netherlands nicaragua niger nigeria norway pakistan palestine
panama paraguay peru philippines poland portugal qatar romania russia
rwanda scotland senegal serbia singapore slovakia slovenia somalia spain
sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey
uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia
zimbabwe new_zealand south_africa south_korea north_korea united_kingdom
united_states united_states_of_america usa u.s.a. uk u.k. the_netherlands
sri_lanka saudi_arabia costa_rica el_salvador puerto_rico hong_kong
european_union belgique nederland deutschland españa italia brasil`)

func isCountry(s string) bool {
	t := strings.ToLower(strings.Trim(collapse(s), " .,;"))
	return countries[t] || lexicon().countries[t]
}

// isRegion reports a part of the world ("Asia", "the Atlantic", "Latin
// America"), not a state or a country.
func isRegion(s string) bool {
	t := strings.ToLower(strings.Trim(collapse(s), " .,;"))
	return regions[strings.TrimPrefix(t, "the ")]
}

// isPlace reports a location that is neither title nor organization: a US
// state ("Texas") or "City, State" / "City, Country" ("Rockville, MD").
func isPlace(s string) bool {
	t := strings.Trim(collapse(s), " .,;")
	if t == "" {
		return false
	}
	if isStateName(t) || isCity(t) {
		return true
	}
	parts := strings.Split(t, ",")
	if len(parts) != 2 {
		return false
	}
	city, region := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	// the trim above took the point off "Ariz."; the retry accepts any AP
	// abbreviation after a comma ("X, Ind", "X, Miss"), which is meant
	state := isStateName(region) || isStateName(region+".")
	if state {
		city = strings.TrimSuffix(city, " County") // "Fresno County, Calif."
	}
	return cityLike(city) && (state || isCountry(reZip.ReplaceAllString(region, "")))
}

// cityLike reports one to four capitalized words with no other evidence.
func cityLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 || containsOrgWord(s) || isTitle(s) {
		return false
	}
	for _, w := range f {
		if !startsUpper(w) && !particles[strings.ToLower(w)] {
			return false
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || isAcronym(w) {
			return false
		}
	}
	return true
}

var (
	// a year that ends a phrase of words is no postcode: "Premio Nacional
	// de Literatura 2010", "Class of 1998"
	// (a phrase of words joined by a small word: "Haymarket NSW 2000" and
	// "Unit 2001" are addresses)
	reTrailingYear = regexp.MustCompile(`^\D+\s(?:de|del|of|for|in|di|du|des|der|für|y|and|et)\s\D+\s(?:19|20)\d\d\.?$`)
	rePostcode     = regexp.MustCompile(`\b([A-Z]{1,2}-)?\d{4,5}(-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b`)
	rePhone        = regexp.MustCompile(`\(\d{3}\)\s*\d{3}|\b\d{3}[-.]\d{3}[-.]\d{4}\b`)
	reStreetNo     = regexp.MustCompile(`^(\d+[A-Za-z]?|[A-Z]-\d+)\b`)
	reRoom         = regexp.MustCompile(`^(?:(?:room|rm\.?|suite|ste\.?|office)\s+)?[A-Z]{1,4}-?\d{1,5}[A-Z]?$`) // "H232", "SD-428", "Room S-128"
	rePOBox        = regexp.MustCompile(`(?i)\bp\.?\s?o\.?\s+box\b`)
	contactWords   = wordSet(`tel tel. phone telephone fax email e-mail`)
)

// isAddress reports a postal address line or part. strict requires a number
// (street number or postcode), as signature blocks seldom print buildings.
func isAddress(s string, strict bool) bool {
	t := collapse(s)
	if t == "" {
		return false
	}
	low := strings.ToLower(t)
	if strings.Contains(t, "@") && reEmail.MatchString(t) || strings.Contains(low, "http") || strings.Contains(low, "www.") {
		return true
	}
	street := false
	digit := strings.IndexFunc(t, unicode.IsDigit) >= 0
	for _, w := range strings.Fields(t) {
		b := bare(w)
		if contactWords[b] && (digit || strings.Contains(t, "@")) { // "Tel: 555 ...", not "Tel Aviv"
			return true
		}
		if streetWords[bareDot(w)] || streetWords[b] || b == "box" {
			street = true
		}
	}
	// a number and an organization's word with no street is a name: "60 Plus Association"
	streetNo := reStreetNo.MatchString(t) && (street || !containsOrgWord(t))
	postcode := digit && rePostcode.MatchString(t) && (street || !reTrailingYear.MatchString(t))
	if digit && (street || postcode || streetNo || rePhone.MatchString(t) || reRoom.MatchString(t)) {
		return true
	}
	if street && rePOBox.MatchString(t) {
		return true
	}
	return !strict && street && !containsOrgWordExcept(t, "house")
}

// containsOrgWordExcept is containsOrgWord ignoring one word, so that
// "Rayburn House Office Building" is still an address.
func containsOrgWordExcept(s, except string) bool {
	for _, w := range wordsOf(s) {
		if orgWords[w] && w != except && w != "office" && w != "offices" {
			return true
		}
	}
	return false
}

// isReference reports a line with no letters, like a file number.
func isReference(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) < 0
}

var reAge = regexp.MustCompile(`^(?i:age[sd]?\s+)?\d{1,3}$`)

// isDropped reports description parts stored nowhere: a family relation
// ("Mother of Janice"), an age, a term of office ("October 1983-February
// 1993") or a place.
func isDropped(s string) bool {
	t := strings.Trim(collapse(s), " .,;")
	if t == "" || reAge.MatchString(t) || isTerm(t) || isPlace(t) || reDistrict.MatchString(t) {
		return true
	}
	ws := wordsOf(t)
	return len(ws) >= 3 && kinWords[ws[0]] && ws[1] == "of"
}

// reDistrict is a legislator's district, which like a state is left
// out: "32nd Senate District", "5th Congressional District".
var reDistrict = regexp.MustCompile(`(?i)^\d{1,3}(?:st|nd|rd|th) (?:(?:senate|assembly|house|congressional|state|legislative|council) )?district$`)

// isTerm reports a term of office made of months, years and "present".
func isTerm(s string) bool {
	years := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '—' || r == ',' || r == '/'
	}) {
		lw := strings.ToLower(strings.Trim(w, "."))
		switch {
		case len(lw) == 4 && strings.Trim(lw, "0123456789") == "":
			years++
		case months[lw] > 0, lw == "present", lw == "to", lw == "since", lw == "from",
			lw == "until", lw == "now", lw == "current", lw == "date", lw == "through":
		default:
			return false
		}
	}
	return years > 0
}

// reIdentificationOnly is a note that an affiliation names no one who
// signed: "(affiliation purposes only)", "(for identification only)".
var reIdentificationOnly = regexp.MustCompile(`^(?:(?:affiliations?|titles?|organi[sz]ations?)(?: listed)?(?: are)? )?(?:for )?(?:identification|affiliation)(?: purposes)?(?: only)?$`)

// stripStatus removes a trailing "(current)", "(Ret.)" or "(Retired)".
func stripStatus(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ").") {
		s = strings.TrimSuffix(s, ".")
	}
	for strings.HasSuffix(s, ")") {
		open := matchingOpen(s)
		if open < 0 {
			break
		}
		inner := strings.ToLower(strings.Trim(s[open+1:len(s)-1], ". "))
		if !statusWords[inner] && !statusWords[inner+"."] && !reIdentificationOnly.MatchString(inner) {
			break
		}
		s = strings.TrimSpace(s[:open])
	}
	if !strings.Contains(strings.ToLower(s), "capacity") {
		return s // most roles say nothing of capacity: skip the regexp
	}
	if loc := reCapacity.FindStringIndex(s); loc != nil {
		s = strings.TrimRight(strings.TrimSpace(s[:loc[0]]), ",;")
	}
	return s
}

// reCapacity says the signer signs for themselves, not a body: "in a
// personal capacity", "in personal capacity", "(personal capacity)".
var reCapacity = regexp.MustCompile(`(?i)[,;(]?\s*\(?(?:in (?:a |an |my |his |her |their )?)?(?:personal|individual) capacity\)?\.?$`)

// isUnitPhrase reports a unit of an organization: "Employment Committee",
// "National Security and Foreign Affairs", "Office of Policy".
func isUnitPhrase(s string) bool {
	ws := wordsOf(s)
	if len(ws) == 0 || hasParenAcronym(s) {
		return false
	}
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "on" || w == "for") {
			return unitWords[ws[i-1]]
		}
	}
	return unitWords[ws[len(ws)-1]]
}

// selfContained reports a title that names its own body ("U.S. Senator",
// "Member of Congress", "Secretary of Defense"): it takes no organization
// from the letterhead or the body.
func selfContained(title string) bool {
	ws := wordsOf(title)
	if len(ws) == 0 {
		return false
	}
	low := " " + strings.Join(ws, " ") + " "
	for _, w := range []string{" of the board ", " of directors ", " of trustees ", " of governors ",
		" of the executive ", " of the steering ", " of the advisory ", " of the council ", " of the committee "} {
		if strings.Contains(low, w) {
			return false
		}
	}
	if strings.Contains(low, " of ") {
		return true
	}
	switch ws[len(ws)-1] {
	case "senator", "congressman", "congresswoman", "congressmember", "governor", "mayor",
		"mp", "mep", "assemblyman", "assemblywoman", "assemblymember", "councilmember":
		return true
	case "representative":
		return len(ws) == 1 || ws[len(ws)-2] == "u.s" || ws[len(ws)-2] == "state" || ws[len(ws)-2] == "states"
	}
	return false
}

// splitTopLevel splits s at sep outside parentheses and brackets.
func splitTopLevel(s string, sep rune) []string {
	out, open := splitNested(s, sep, nil)
	if open {
		// a bracket never closed ("((Andre Desmarais, Power Corp.; ...")
		// would hold the rest of the line: split as if it were not there
		out, _ = splitNested(s, sep, unclosedBrackets(s))
	}
	return out
}

// splitNested splits s at sep outside brackets and quotes, taking the
// brackets at the byte offsets in ignore for plain characters. It reports
// whether a bracket was left open at the end.
func splitNested(s string, sep rune, ignore map[int]bool) (out []string, open bool) {
	depth, start := 0, 0
	quoted := false // a CSV-style field: "University of California, Irvine"
	for i, r := range s {
		if ignore != nil && ignore[i] {
			continue
		}
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '"':
			quoted = !quoted && strings.TrimSpace(s[start:i]) == ""
		case sep:
			if depth == 0 && !quoted {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + len(string(sep))
			}
		}
	}
	return append(out, strings.TrimSpace(s[start:])), depth > 0
}

// unclosedBrackets gives the offsets of the opening brackets in s that no
// closing one matches.
func unclosedBrackets(s string) map[int]bool {
	var stack []int
	for i, r := range s {
		switch r {
		case '(', '[':
			stack = append(stack, i)
		case ')', ']':
			open := byte('(')
			if r == ']' {
				open = '['
			}
			if len(stack) > 0 && s[stack[len(stack)-1]] == open {
				stack = stack[:len(stack)-1]
			}
		}
	}
	out := make(map[int]bool, len(stack))
	for _, i := range stack {
		out[i] = true
	}
	return out
}

// reBrokenAcronym is an acronym hyphenated at a line end and joined with a
// space ("MROD- BF").
var reBrokenAcronym = regexp.MustCompile(`\b([A-Z]{2,})- ([A-Z]{1,})\b`)

// cleanRole tidies a title or organization as printed: no list "and", no
// paragraph period, no status parenthetical.
func cleanRole(s string) string {
	s = collapse(s)
	if len(s) > 2 && s[0] == '"' && s[len(s)-1] == '"' && strings.Count(s, `"`) == 2 {
		s = collapse(s[1 : len(s)-1])
	}
	s = reBrokenAcronym.ReplaceAllString(s, "$1-$2")
	s = strings.TrimSpace(strings.TrimRight(s, ",;:*†‡"))
	s = stripStatus(s)
	if strings.HasPrefix(s, "and ") {
		s = s[4:]
	}
	return strings.TrimRight(trimEntryPeriod(s), ",; ")
}

// cleanTitle also drops a leading article ("The President").
func cleanTitle(s string) string {
	s = cleanRole(s)
	for _, the := range []string{"The ", "the "} { // "To the Minister of ..."
		if strings.HasPrefix(s, the) && isTitle(s[4:]) {
			s = s[4:]
		}
	}
	return s
}
