package loader

import (
	"regexp"
	"strings"
)

// Press releases and web pages list signers one a line as "Name
// Description" with nothing between the two: "Haim Assa Former National
// Security Advisor", "Professor Galia Golan Interdisciplinary Center,
// Herzlia". nameDescriptionLines puts back the comma after each name when
// most lines of a group have that shape, so that the usual reading of
// "Name, role" applies.

// reRetiredRank is a rank with its retirement mark, before a name: "Col
// (Ret.)", "Maj Gen (Ret.)", "Adm (Ret.)".
var reRetiredRank = regexp.MustCompile(`^(?:(?:Lt|Lieut|Maj|Brig|Rear|Vice)\.? )?(?:Col|Gen|Adm|Capt|Cmdr|Cdr|Sgt|Maj|Colonel|General|Admiral|Major|Captain|Commander)\.? \((?:Ret|ret|RET)\.?\) `)

// nameDescriptionLines rewrites "Name Description" lines as "Name,
// Description" in each blank-line group where four lines at least, and
// two in three, are a given name and a surname followed by words that
// describe a signer.
func (p *parser) nameDescriptionLines(lines []line) []line {
	out := append([]line(nil), lines...)
	for start := 0; start < len(out); {
		end := start
		for end < len(out) && out[end].text != "" {
			end++
		}
		p.commaAfterNames(out[start:end])
		start = end + 1
	}
	return out
}

// commaAfterNames rewrites one group in place, when enough of it has the
// shape.
func (p *parser) commaAfterNames(g []line) {
	if len(g) < 4 {
		return
	}
	cut := make([]string, len(g))
	n, misses := 0, 0
	for i, ln := range g {
		if r, ok := p.nameThenDescription(ln.text); ok {
			cut[i] = r
			n++
		} else if misses++; misses*3 > len(g) {
			return // two in three cannot be reached: most groups stop here
		}
	}
	if n < 4 || n*3 < len(g)*2 {
		return
	}
	for i, r := range cut {
		if r != "" {
			g[i].text = r
		}
	}
}

// nameThenDescription gives t with a comma after the name when t is a
// list marker, honorifics, a given name, an initial or a second surname
// perhaps, a surname, then a description with no comma before it.
func (p *parser) nameThenDescription(t string) (string, bool) {
	if d, _ := spacedDash(t); d > 0 {
		return "", false // "Name - description" is read as it is
	}
	if c := strings.IndexAny(t, ",;"); c >= 0 && len(strings.Fields(t[:c])) <= 3 {
		return "", false // "Jane Doe, …": the comma is there
	}
	body, _ := stripMarker(t)
	lead := t[:len(t)-len(body)]
	if strings.Contains(body, "(") {
		if rank := reRetiredRank.FindString(body); rank != "" {
			lead, body = lead+rank, body[len(rank):]
		}
	}
	hon, rest := splitHonorific(body)
	if hon != "" {
		lead += body[:len(body)-len(rest)]
	}
	if head := splitTopLevel(rest, ',')[0]; head != rest && p.isPersonName(head) {
		return "", false // "Richard De George, Philosophy": the comma is there
	}
	name, desc, ok := p.leadingName(rest)
	if !ok {
		name, desc, ok = p.unknownGivenName(rest)
	}
	if !ok || strings.HasSuffix(name, ",") || desc == "" || !startsLetter(desc) || isPostNominal(strings.Fields(desc)[0]) || strings.HasPrefix(desc, "(") || strings.HasPrefix(desc, ",") || !p.describes(strings.Trim(desc, ";,")) {
		return "", false
	}
	if !opensDescription(desc) {
		return "", false // "Raúl Uziel Espinal Bustos": more of the name
	}
	if first := strings.FieldsFunc(name+" "+desc, func(r rune) bool { return r == ',' || r == ';' })[0]; lead == "" && endsWithOrgHead(first) {
		return "", false // "Annie E. Casey Foundation", "Jackson Hole Conservation Alliance": a body named for someone or somewhere
	}
	if f := strings.Fields(desc); len(f) >= 2 && secondSurname(f[0], f[1]) {
		name, desc = name+" "+f[0], strings.Join(f[1:], " ")
	}
	return lead + name + ", " + desc, true
}

// secondSurname reports a word after a name that is a second surname: it
// is capitalized and no title's, body's or place's word, and the next one
// opens a title or a past role ("Sidra Dekoven Ezrahi Professor").
func secondSurname(w, next string) bool {
	b := bare(w)
	if !startsUpper(w) || strings.ContainsAny(w, ",;()") || isTitleWord(b) || orgWords[b] || isPlace(w) || isGivenName(w) {
		return false
	}
	nb := bare(next)
	return isTitleWord(nb) || nb == "former"
}

// unknownGivenName takes two capitalized words off the front of s that
// read as a person's name though the lexicon does not know the given name
// ("Yossi Alpher", "Haim Assa"); the rest is the description.
func (p *parser) unknownGivenName(s string) (name, desc string, ok bool) {
	f := strings.Fields(s)
	if len(f) < 3 || !isNameWord(f[0], false) || !isNameWord(f[1], false) {
		return "", "", false
	}
	name = f[0] + " " + f[1]
	if !p.isPersonName(name) || p.isOrgish(name) {
		return "", "", false
	}
	return name, strings.Join(f[2:], " "), true
}

// opensDescription reports words after a name that begin a signer's
// description rather than go on with the name: lower case, a title's or
// a past role's word, an acronym, or a body's word among the first three.
func opensDescription(desc string) bool {
	f := strings.Fields(desc)
	w := bare(f[0])
	if startsLower(desc) || isTitleWord(w) || w == "former" || isAcronym(strings.Trim(f[0], ",;")) {
		return true
	}
	return containsOrgWord(strings.Join(f[:min(3, len(f))], " "))
}
