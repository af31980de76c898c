package loader

import (
	"fmt"
	"strings"

	"github.com/coalition-graph/coalition/graph"
)

// ExplainedLine is one source line and what the parser made of it.
type ExplainedLine struct {
	N      int
	Text   string
	Part   string // "header", "recipient 1", "body", "closing", "signatory 3", "not a signer", ...
	Detail string // the field read from it, or why it was passed over
}

// Explain parses a letter and says, line by line, what the parser decided
// and why (coalition parse --explain).
func Explain(name, text string, opt Options) (*graph.Letter, []ExplainedLine, error) {
	l, err := ParseWith(name, text, opt)
	p := newParser(name, text, opt) // the same parse again, keeping its layout
	p.parse()
	if err != nil {
		l = p.l
	}
	out := make([]ExplainedLine, len(splitLines(text)))
	for i, ln := range splitLines(text) {
		out[i] = ExplainedLine{N: ln.n, Text: ln.raw}
	}
	set := func(n int, part, detail string) {
		if n >= 1 && n <= len(out) && out[n-1].Part == "" {
			out[n-1].Part, out[n-1].Detail = part, detail
		}
	}
	lineAt := func(idx int) int {
		if idx < 0 || idx >= len(p.lines) {
			return len(out) + 1
		}
		return p.lines[idx].n
	}
	set(l.Lines["date"], "date", l.Date)
	set(l.Lines["salutation"], "salutation", "")
	set(l.Lines["closing"], "closing", "")
	// a line may hold several signatories (columns, run-together lists)
	sign := func(n int, part, detail string) {
		if n < 1 || n > len(out) {
			return
		}
		o := &out[n-1]
		switch {
		case o.Part == "":
			o.Part, o.Detail = part, detail
		case detail == "":
		case o.Part == part || strings.Contains(o.Detail, part+":"):
			o.Detail = strings.TrimSpace(o.Detail + ", " + detail)
		case strings.HasPrefix(o.Part, "signatory"):
			o.Detail = strings.TrimSpace(o.Detail + "; " + part + ": " + detail)
		}
	}
	for i, s := range l.Signatories {
		part := fmt.Sprintf("signatory %d", i+1)
		sign(s.NameLine, part, fmt.Sprintf("name %q%s", s.Name, honorificOf(s)))
		if s.TitleLine > 0 {
			sign(s.TitleLine, part, fmt.Sprintf("title %q", s.Title))
		}
		if s.OrganizationLine > 0 {
			sign(s.OrganizationLine, part, fmt.Sprintf("organization %q", s.Organization))
		}
		if s.NameLine == 0 && s.Organization != "" && s.OrganizationLine == 0 {
			sign(s.Line, part, fmt.Sprintf("organization %q", s.Organization))
		}
		if s.Organization != "" && s.OrganizationLine == 0 && s.Name != "" {
			sign(s.Line, part, fmt.Sprintf("organization %q from the letter's context", s.Organization))
		}
		for n := s.Line; n <= s.EndLine; n++ {
			sign(n, part, "")
		}
		sign(s.Line, part, rating(s))
	}
	for i, r := range l.Recipients {
		set(r.Line, fmt.Sprintf("recipient %d", i+1), joinParts([]string{r.Honorific, r.Name, r.Title, r.Organization}))
	}
	for i, c := range l.CC {
		set(c.Line, fmt.Sprintf("cc %d", i+1), joinParts([]string{c.Honorific, c.Name, c.Title, c.Organization}))
	}
	for n, why := range p.skipped {
		set(n, "not a signer", why)
	}
	bodyStart, sigStart := lineAt(p.lay.bodyStart), lineAt(p.lay.sigStart)
	for i := range out {
		n := out[i].N
		switch {
		case out[i].Part != "" || strings.TrimSpace(out[i].Text) == "":
		case n < bodyStart:
			set(n, "header", "")
		case n < sigStart:
			set(n, "body", "")
		default:
			set(n, "signatures", "read as part of the entry above, or not read")
		}
	}
	return l, out, err
}

func honorificOf(s graph.Signatory) string {
	if s.Honorific == "" {
		return ""
	}
	return fmt.Sprintf(", honorific %q", s.Honorific)
}

// rating says how sure the parser is of a signatory, and why not.
func rating(s graph.Signatory) string {
	if s.Reason != "" {
		return fmt.Sprintf("[confidence %.2f, unsure: %s]", s.Confidence, s.Reason)
	}
	return fmt.Sprintf("[confidence %.2f]", s.Confidence)
}
