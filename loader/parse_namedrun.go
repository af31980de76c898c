package loader

import (
	"regexp"
	"strings"
)

// Letters pages of British newspapers print a letter's signers run
// together, each name followed by its description with no comma between
// them: "Len McCluskey Unite, Dave Prentis Unison, Tim Roache GMB" or
// "Lawrence Collins Retired justice of the supreme court, ...". Nothing
// but the names themselves marks where one signer's words end, so this
// reading is a last resort: it is tried only when no other gave signers.

// reOthersCount ends such a run: "… University of Oxford and 791 others".
var reOthersCount = regexp.MustCompile(`(?i)[,;]?\s+and\s+\d[\d,.]*\s+others?\.?$`)

// namedRunSigners reads the last line of the letter that is such a run,
// when the signature region gave no signers (such letters often print no
// closing above the names). It looks at every line, the body's too: a
// sentence naming people could pass, which the tests in namedRunEntries
// (a name opening the line and most parts, descriptions after most names)
// are there to stop.
func (p *parser) namedRunSigners() {
	for i := len(p.lines) - 1; i >= 0; i-- {
		if p.readNamedRun(p.lines[i]) {
			p.regionBy = "names run together with their descriptions"
			return
		}
	}
}

// readNamedRun reads ln as such a run, reporting whether it is one.
func (p *parser) readNamedRun(ln line) bool {
	if strings.Count(ln.text, ",") < 2 {
		return false
	}
	entries := p.namedRunEntries(reOthersCount.ReplaceAllString(strings.TrimRight(ln.text, ". "), ""))
	if entries == nil {
		return false
	}
	before := len(p.l.Signatories)
	for _, e := range entries {
		p.listEntry(listEntry{text: e, n: ln.n, last: ln.n}, modePerson)
	}
	for k := before; k < len(p.l.Signatories); k++ {
		p.l.Signatories[k].Evidence = append(p.l.Signatories[k].Evidence, "name and description run together: parted after the surname")
	}
	return true
}

// namedRunEntries cuts t at its commas into "Name, description" entries
// when three or more of its parts, and most of them, open with a given
// name and a surname followed by further words. A part that opens with no
// name goes on the description before it ("Former director of public
// prosecutions, and warden of Wadham College, University of Oxford").
func (p *parser) namedRunEntries(t string) []string {
	parts := splitTopLevel(t, ',')
	if len(parts) < 3 {
		return nil
	}
	var entries [][]string // each entry's name, then its description's parts
	named, described := 0, 0
	for _, part := range parts {
		part = strings.TrimPrefix(strings.TrimSpace(part), "and ")
		name, desc, ok := p.leadingName(part)
		switch {
		case ok:
			named++
			e := []string{name}
			if desc != "" {
				if p.describes(desc) {
					described++
				}
				e = append(e, desc)
			}
			entries = append(entries, e)
		case len(entries) > 0:
			entries[len(entries)-1] = append(entries[len(entries)-1], part)
		default:
			return nil // the run opens with no name: prose
		}
	}
	if named < 3 || named*3 < len(parts)*2 || described*2 < named {
		return nil
	}
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = strings.Join(e, ", ")
	}
	return out
}

// describes reports words after a name that describe a signer rather than
// end the name: several words, or one that is an acronym, a title or a
// body ("GMB", "Principal"), never a suffix or a post-nominal ("Jr.",
// "Ph.D."). A second surname ("María González López") describes no one.
func (p *parser) describes(desc string) bool {
	if isSuffixPart(desc) || isPostNominal(desc) {
		return false
	}
	if len(strings.Fields(desc)) >= 2 {
		return true
	}
	w := strings.Trim(desc, ".,;")
	return isAcronym(w) || isTitle(w) || p.isOrgish(w) && !p.isPersonName(w)
}

// leadingName takes a given name from the lexicon, an optional initial
// and a capitalized surname off the front of s; the rest is the signer's
// description.
func (p *parser) leadingName(s string) (name, desc string, ok bool) {
	f := strings.Fields(s)
	if len(f) < 2 || !lexicon().given[strings.ToLower(f[0])] {
		return "", "", false
	}
	k := 1
	if isInitial(f[k]) && len(f) > 2 {
		k++
	}
	surname := f[k]
	if !startsUpper(surname) || isTitleWord(bare(surname)) && !surnameHeads[bare(surname)] || orgWords[bare(surname)] {
		return "", "", false
	}
	name, desc = strings.Join(f[:k+1], " "), strings.Join(f[k+1:], " ")
	if !p.isPersonName(name) {
		return "", "", false
	}
	if strings.HasPrefix(desc, "(") {
		return s, "", true // "Ada Halvorsen (D-Mont.)": a tag, not a description
	}
	return name, desc, true
}
