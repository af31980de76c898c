package loader

import (
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// wrapWidth is the line length from which a line without final punctuation
// is taken to be wrapped, in cc lists where each party may have its own line.
const wrapWidth = 60

// readCC reads the cc block: one party per line (long lines wrap), or
// several on a line separated by semicolons. A "Cc:" on a line of its own
// may head address blocks, one party each, separated by blank lines.
func (p *parser) readCC(lines []line) {
	for _, block := range p.ccBlocks(lines) {
		if len(block) >= 2 && p.opensAddressBlock(block[0].text) && !p.anyOpensAddressBlock(block[1:]) {
			if party, ok := p.partyFromBlock(block); ok {
				p.l.CC = append(p.l.CC, party)
			}
			continue
		}
		p.readCCLines(block)
	}
}

// ccBlocks cuts the cc region into blocks. It ends at the first blank
// line, unless "Cc:" stood alone and each block after a blank line opens
// with a name.
func (p *parser) ccBlocks(lines []line) [][]line {
	var blocks [][]line
	var cur []line
	headed := len(lines) > 0 && strings.TrimSpace(reCC.ReplaceAllString(lines[0].text, "")) == ""
	spaced := false // the gap just passed follows a one-line party and leads to another
	for i, ln := range lines {
		if i > 0 && isEditorial(ln.text) {
			break
		}
		if i > 0 && ln.text == "" {
			if len(cur) > 0 {
				spaced = len(cur) == 1 && p.onePartyLine(cur[0].text) && p.onePartyLine(nextText(lines, i))
			}
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			if !headed && !spaced { // a list copied with a blank line after every party runs on
				break
			}
			continue
		}
		t := strings.TrimSpace(reCC.ReplaceAllString(ln.text, ""))
		if t == "" {
			continue
		}
		if headed && len(cur) == 0 && len(blocks) > 0 && !p.opensAddressBlock(t) {
			break
		}
		ln.text = t
		cur = append(cur, ln)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	return blocks
}

// onePartyLine reports a line that names a whole party: a person's name,
// then a comma and a role ("James Cole, Deputy Attorney General, ...").
func (p *parser) onePartyLine(t string) bool {
	return strings.Contains(t, ",") && p.opensAddressBlock(t)
}

// nextText is the text of the first line with text after lines[i].
func nextText(lines []line, i int) string {
	for _, ln := range lines[i+1:] {
		if ln.text != "" {
			return ln.text
		}
	}
	return ""
}

// opensAddressBlock reports a line that starts with a person's name.
func (p *parser) opensAddressBlock(t string) bool {
	isName, _ := p.nameInfo(t)
	return isName
}

// anyOpensAddressBlock reports lines of which one starts with a name: a
// list of parties, one per line, rather than one address block.
func (p *parser) anyOpensAddressBlock(lines []line) bool {
	for _, ln := range lines {
		if p.opensAddressBlock(ln.text) {
			return true
		}
	}
	return false
}

// readCCLines reads cc lines that each hold one or more parties.
func (p *parser) readCCLines(block []line) {
	ls := mergeLines(block, func(prev string, _ bool, cur string, _ int) bool {
		wrapped := len([]rune(prev)) >= wrapWidth && !strings.ContainsAny(prev[len(prev)-1:], ".,;:")
		return wrapped || endsWithConnector(prev) || startsLower(cur) || strings.HasPrefix(cur, "(")
	})
	for _, l := range ls {
		for _, piece := range splitTopLevel(strings.TrimRight(l.text, "."), ';') {
			for _, parts := range p.partiesOnLine(piece) {
				if party, ok := p.fillParty(graph.Party{Line: l.first}, parts, true); ok {
					p.l.CC = append(p.l.CC, party)
				}
			}
		}
	}
}

// partiesOnLine splits "The Honorable A, The Honorable B" into parties: a
// comma part that starts with a person's name (after the first) begins a
// new party unless it is a suffix.
func (p *parser) partiesOnLine(s string) [][]string {
	var out [][]string
	for i, part := range splitTopLevel(s, ',') {
		if part == "" {
			continue
		}
		if i > 0 && len(out) > 0 && !isSuffixPart(part) {
			if isName, _ := p.nameInfo(part); isName {
				out = append(out, []string{part})
				continue
			}
		}
		if len(out) == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], part)
	}
	return out
}
