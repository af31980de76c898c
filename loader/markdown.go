package loader

import (
	"regexp"
	"strings"
)

// Letters published on the web or in repositories come as Markdown or as
// a page copied from a browser: headings, emphasis, links, rules, HTML
// comments and tables. plainLine reads one such line as plain text, and a
// table row as its cells, so that the rest of the parser sees the letter
// as printed. Plain-text letters pass through unchanged.

var (
	reMDHeading    = regexp.MustCompile(`^#{1,6}\s+`)
	reMDRule       = regexp.MustCompile(`^(?:-{3,}|\*{3,}|_{3,}|={3,})$`)
	reMDLink       = regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)`)
	reMDImage      = regexp.MustCompile(`!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)`)
	reMDRefLink    = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reMDAutoLink   = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	reMDStrong     = regexp.MustCompile(`\*\*([^*]+?)\*\*|__([^_]+?)__`)
	reMDEm         = regexp.MustCompile(`(^|[\s(\[])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_]([\s).,;:\]!?]|$)`)
	reMDEmLoose    = regexp.MustCompile(`(^|[\s(\[])[*_]([^*_\s][^*_]*?)\s+[*_]\s*$`) // "*Author, editor *": closed after a space, at the line's end
	reMDCode       = regexp.MustCompile("`([^`]*)`")
	reMDComment    = regexp.MustCompile(`<!--.*?-->`)
	reMDCheckbox   = regexp.MustCompile(`^([-*+]\s+)\[[ xX]\]\s+`)
	reMDQuote      = regexp.MustCompile(`^(?:>[ \t]*)+`)
	reQuoteRewrap  = regexp.MustCompile(`(?:^|\s+)>(?:\s+|$)`)
	reHTMLBreak    = regexp.MustCompile(`(?i)<br\s*/?>`)
	reMDEscape     = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|])`)
	reKramdownIAL  = regexp.MustCompile(`\{:[^{}]*\}`)
	reMDLinkRef    = regexp.MustCompile(`^\s*\[[^\]]+\]:\s*\S+`)
	reHTMLTag      = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)
	reDoubleParens = regexp.MustCompile(`\(\(([^()]*)\)\)`)
	reMDTableSep   = regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$`)
)

// plainLine strips Markdown from a line and returns its table cells when
// it is a row of a Markdown table ("| Jane Doe | Oxfam |") or of a table
// copied with tabs between its cells.
func plainLine(r string) (text string, cells []string) {
	if strings.Contains(r, "\t") {
		for _, c := range strings.Split(r, "\t") {
			if c = strings.TrimSpace(plainInline(c)); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) < 2 {
			cells = nil
		}
	}
	t := strings.TrimSpace(r)
	switch {
	case reMDTableSep.MatchString(t) && strings.Contains(t, "|"):
		return "", []string{} // a table's rule: no text, and no paragraph break
	case reMDRule.MatchString(t) || reMDLinkRef.MatchString(t) || templateTag(t):
		return "", nil // a rule, a link's target ("[1]: http://..."), or a site generator's tag
	case strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2:
		cells = nil
		for _, c := range strings.Split(strings.Trim(t, "|"), "|") {
			cells = append(cells, strings.TrimSpace(plainInline(c)))
		}
		return strings.Join(nonEmpty(cells), "    "), cells
	}
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, `\\`), `\`), " ") // a hard line break: "Name  \\" (kramdown), "Name\"
	if t == "" {
		return "", cells
	}
	if t[0] == '#' { // the four marks below open a line or follow a list mark; most lines have none
		t = reMDHeading.ReplaceAllString(t, "")
	}
	if t != "" && t[0] == '>' {
		t = unquote(t)
	}
	if strings.Contains(t, "[") {
		t = reMDCheckbox.ReplaceAllString(t, "$1")
	}
	if strings.Contains(t, "**") || strings.Contains(t, "__") {
		t = reMDLeadStrong.ReplaceAllString(t, "$1$2, $3")
	}
	if strings.HasSuffix(t, "*") || strings.HasSuffix(t, "_") {
		t = trailingEmphasis(t)
	}
	if strings.Contains(t, "((") {
		t = reDoubleParens.ReplaceAllString(t, "($1)") // "Alex Doe ((comun.al, Lab MX))": a page's doubled parentheses
	}
	return plainInline(t), cells
}

// unquote strips the quote marks of a quoted e-mail or a Markdown block
// quote, nested ("> > Name") or not. A mail client that re-wraps quoted
// text leaves a lone ">" where it broke the line ("Vijay > Bahadur Singh",
// "Dear Sir, >"); inside a quoted line such a mark is no word, so it goes.
func unquote(t string) string {
	t = reMDQuote.ReplaceAllString(t, "")
	if strings.Contains(t, ">") {
		t = strings.TrimSpace(reQuoteRewrap.ReplaceAllString(t, " "))
	}
	return t
}

// reMDTrailEm is a line whose last words are in emphasis with nothing
// between them and the words before ("* Jane Doe *W3C TAG co-chair*").
var reMDTrailEm = regexp.MustCompile(`^((?:[-*+•]|\d{1,4}[.)])\s+)?([^*_,;:()]*[^\s*_,;:()])\s+[*_]([^*_\s][^*_]*?)[*_]$`)

// trailingEmphasis reads a name followed by its description in emphasis
// as "Name, description": the emphasis is the only separator printed. The
// words before must look like a name (capitalized, five at most), so that
// a sentence ending in an emphasized title keeps its words.
func trailingEmphasis(t string) string {
	m := reMDTrailEm.FindStringSubmatch(t)
	if m == nil {
		return t
	}
	words := strings.Fields(m[2])
	if len(words) > 5 || strings.HasPrefix(m[3], "(") {
		return t // "Jane Doe *(she/her)*": a tag in brackets, no description
	}
	for _, w := range words {
		if !startsUpper(w) && !particles[strings.ToLower(w)] {
			return t
		}
	}
	return m[1] + m[2] + ", " + m[3]
}

// reMDLeadStrong is a list item that opens with a name in bold and goes on
// without a separator ("- **Ada Parellada** Restauradora"): the bold ends
// the name, so it becomes a comma.
var reMDLeadStrong = regexp.MustCompile(`^((?:[-*+•]|\d{1,4}[.)])\s+)?(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s+([^\s,;:.)–—-])`)

// plainInline removes inline Markdown: comments, links (keeping their
// text), emphasis, code spans, HTML line breaks.
func plainInline(t string) string {
	if !strings.ContainsAny(t, "*_[<`\\{") {
		return t
	}
	t = reMDEscape.ReplaceAllString(t, "$1") // "\\[INITIAL SIGNERS]" is "[INITIAL SIGNERS]"
	t = reMDComment.ReplaceAllString(t, "")
	t = reKramdownIAL.ReplaceAllString(t, "") // "{: .btn .btn--primary }": how to draw it, not text
	t = reHTMLBreak.ReplaceAllString(t, " ")
	if strings.Contains(t, "<img") {
		if m := reHTMLLogoLine.FindStringSubmatch(t); m != nil {
			if name, ok := logoName(m[1]); ok {
				return name // a signer's logo alone on its line: `<img src="/img/acme-logo.png" alt="Acme Logo"/>`
			}
		}
	}
	t = reHTMLTag.ReplaceAllString(t, "")
	if strings.Contains(t, "![") {
		if m := reLogoLine.FindStringSubmatch(t); m != nil {
			if name, ok := logoName(m[2]); ok {
				return m[1] + name // a signer's logo alone on its line names the signer: "* ![Calyx](/logos/calyx.png)"
			}
		}
	}
	// images first: a logo inside a link's text ("[![](pandas.png)pandas](https://...)")
	// would otherwise end the link at the image's "]"
	t = reMDImage.ReplaceAllString(t, "")
	t = reMDLink.ReplaceAllString(t, "$1")
	t = reMDRefLink.ReplaceAllString(t, "$1")
	t = reMDAutoLink.ReplaceAllString(t, "$1")
	t = reMDStrong.ReplaceAllString(t, "$1$2")
	for i := 0; i < 2 && reMDEm.MatchString(t); i++ {
		t = reMDEm.ReplaceAllString(t, "$1$2$3")
	}
	t = reMDEmLoose.ReplaceAllString(t, "$1$2")
	t = reMDCode.ReplaceAllString(t, "$1")
	return cutOpenEmphasis(t)
}

// reLogoLine is an image alone on a line, maybe a list item's.
var reLogoLine = regexp.MustCompile(`^(\s*(?:[-*+]|\d{1,3}[.)])?\s*)!\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)\s*$`)

// reHTMLLogoLine is an HTML image alone on its line, with its alternative
// text.
var reHTMLLogoLine = regexp.MustCompile(`(?i)^\s*<img\b[^>]*\balt="([^"]*)"[^>]*>\s*$`)

// logoName gives the name a logo's alternative text gives: "Acme Logo" and
// "Logo of Acme" name Acme; "logo" alone or a file name names nothing.
func logoName(alt string) (string, bool) {
	name := strings.TrimSpace(alt)
	low := strings.ToLower(name)
	switch {
	case strings.HasPrefix(low, "logo of "):
		name = name[len("logo of "):]
	case strings.HasSuffix(low, " logo"):
		name = name[:len(name)-len(" logo")]
		for _, possessive := range []string{"'s", "’s"} {
			name = strings.TrimSuffix(name, possessive) // "Acme's logo"
		}
	}
	name = strings.TrimSpace(name)
	return name, namesSomething(name)
}

// namesSomething reports an image's alternative text that names what it
// shows, not the picture itself: not "logo", "image" or a file name.
func namesSomething(alt string) bool {
	low := strings.ToLower(strings.TrimSpace(alt))
	return low != "" && len(strings.Fields(low)) <= 8 && !strings.Contains(low, "logo") && !reImageFile.MatchString(low) && !rePictureWords.MatchString(low)
}

var (
	reImageFile    = regexp.MustCompile(`\.(?:png|jpe?g|gif|svg|webp)$`)
	rePictureWords = regexp.MustCompile(`\b(?:image|photo|picture|screenshot|signature|banner|icon|portrait|outside|protesters)\b`)
)

// cutOpenEmphasis removes an underscore or asterisk left at the start or
// the end of a line by emphasis that spans lines: "_Steven Sherwood, ..."
// opens on one line and "..., University of Melbourne_" closes lines below.
func cutOpenEmphasis(t string) string {
	for _, m := range []string{"_", "*"} {
		if strings.HasPrefix(t, m) && !strings.HasPrefix(t, m+" ") && !strings.HasPrefix(t, m+m) && strings.Count(t, m) == 1 {
			t = t[1:]
		}
		if strings.HasSuffix(t, m) && !strings.HasSuffix(t, m+m) && strings.Count(t, m) == 1 && len(t) > 1 && t[len(t)-2] != ' ' {
			t = t[:len(t)-1]
		}
	}
	return t
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// templateTag reports a line that is only a static site's template tag,
// which the published page replaces with something else: Hugo's "{{< hp5
// "https://..." >}}", Jekyll's "{% include signers.html %}".
func templateTag(t string) bool {
	return strings.HasPrefix(t, "{{") && strings.HasSuffix(t, "}}") || strings.HasPrefix(t, "{%") && strings.HasSuffix(t, "%}")
}
