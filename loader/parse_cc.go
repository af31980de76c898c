package loader

import (
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// wrapWidth is the line length from which a line without final punctuation
// is taken to be wrapped, in cc lists where each party may have its own line.
const wrapWidth = 60

// readCC reads the cc block: one party per line (long lines wrap), or
// several on a line separated by semicolons.
func (p *parser) readCC(lines []line) {
	var block []line
	for i, ln := range lines {
		if i > 0 && (ln.text == "" || isEditorial(ln.text)) {
			break
		}
		if ln.text = strings.TrimSpace(reCC.ReplaceAllString(ln.text, "")); ln.text != "" {
			block = append(block, ln)
		}
	}
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
