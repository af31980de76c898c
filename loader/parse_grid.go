package loader

import "strings"

// Signers printed in a grid (three names side by side, their titles in the
// row below) reach us from a PDF as one line of names and one of titles:
//
//	Anthony Brindisi Jim Cooper Joe Cunningham
//	Member-Elect Member of Congress Member-Elect
//
// splitGridRows reads such a pair back into one block per signer.

// maxGridColumns bounds the columns tried; printed grids have two to four.
const maxGridColumns = 5

// splitGridRows replaces a line of k person names followed by a line of k
// titles by k blocks of a name and its title, when both lines divide into
// the same number of parts and no comma or semicolon parts them already.
func (p *parser) splitGridRows(lines []line) []line {
	var out []line
	for i := 0; i < len(lines); i++ {
		if i+1 < len(lines) {
			if names, titles, ok := p.gridRow(lines[i].text, lines[i+1].text); ok {
				for c := range names {
					if c > 0 {
						out = append(out, line{n: lines[i].n})
					}
					out = append(out, line{n: lines[i].n, text: names[c], raw: names[c]},
						line{n: lines[i+1].n, text: titles[c], raw: titles[c]})
				}
				i++
				continue
			}
		}
		out = append(out, lines[i])
	}
	return out
}

// gridRow divides a names line and a titles line into the same number of
// columns, the most that both allow: a name of four words or a title
// repeated twice can pass for one, two names or titles cannot.
func (p *parser) gridRow(namesLine, titlesLine string) (names, titles []string, ok bool) {
	if strings.ContainsAny(namesLine+titlesLine, ",;()\t") {
		return nil, nil, false
	}
	nf, tf := strings.Fields(namesLine), strings.Fields(titlesLine)
	if len(nf) < 4 || len(tf) < 2 || !isGivenName(nf[0]) {
		return nil, nil, false
	}
	for k := min(maxGridColumns, len(nf)/2, len(tf)); k >= 2; k-- {
		names = splitInto(nf, k, p.gridName)
		if names == nil {
			continue
		}
		if titles = splitInto(tf, k, gridTitle); titles != nil && (k > 2 || wordsEach(titles, 2)) {
			return names, titles, true // two columns of one-word titles may be one title: "Executive Director"
		}
	}
	return nil, nil, false
}

// gridName accepts a person's name of two to four words opening with a
// given name.
func (p *parser) gridName(f []string) bool {
	return len(f) >= 2 && len(f) <= 4 && isGivenName(f[0]) && p.isPersonName(strings.Join(f, " "))
}

// gridTitle accepts a title that opens with a capital and does not end in
// a connector ("Member of" is no title).
func gridTitle(f []string) bool {
	return startsUpper(f[0]) && !connectors[strings.ToLower(f[len(f)-1])] && isTitle(strings.Join(f, " "))
}

// wordsEach reports parts of n words at least each.
func wordsEach(parts []string, n int) bool {
	for _, pt := range parts {
		if len(strings.Fields(pt)) < n {
			return false
		}
	}
	return true
}

// splitInto divides words into exactly k consecutive parts that each pass
// ok, trying shorter first parts first; nil when there is no such division.
func splitInto(f []string, k int, ok func([]string) bool) []string {
	if k == 1 {
		if len(f) > 0 && ok(f) {
			return []string{strings.Join(f, " ")}
		}
		return nil
	}
	for j := 1; j <= len(f)-(k-1); j++ {
		if !ok(f[:j]) {
			continue
		}
		if rest := splitInto(f[j:], k-1, ok); rest != nil {
			return append([]string{strings.Join(f[:j], " ")}, rest...)
		}
	}
	return nil
}
