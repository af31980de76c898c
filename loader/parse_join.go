package loader

import "strings"

// wrapJoiner joins wrapped lines in linear time; a word broken at a
// hyphen closes up ("Anti-" + "Defamation League").
type wrapJoiner struct {
	b    strings.Builder
	tail string
}

func (w *wrapJoiner) add(s string) {
	if w.b.Len() > 0 && !closesUp(w.tail, s) {
		w.b.WriteByte(' ')
	}
	w.b.WriteString(s)
	w.tail = s
}

func (w *wrapJoiner) String() string { return w.b.String() }

func closesUp(a, b string) bool {
	return strings.HasSuffix(a, "-") && !strings.HasSuffix(a, " -") && a != "-" && startsLetter(b)
}

func startsLetter(s string) bool {
	return startsUpper(s) || startsLower(s)
}

// wrapFunc decides whether cur continues the logical line before it. It
// sees only that logical's last source line, whether it is still a single
// line, and its index, so that merging stays linear.
type wrapFunc func(prev string, single bool, cur string, idx int) bool

// mergeLines joins wrapped source lines into logical lines.
func mergeLines(seg []line, wraps wrapFunc) []logical {
	var out []logical
	var j wrapJoiner
	prev := ""
	flush := func() {
		if n := len(out); n > 0 {
			out[n-1].text = j.String()
		}
		j = wrapJoiner{}
	}
	for _, ln := range seg {
		if n := len(out); n > 0 && wraps(prev, out[n-1].first == out[n-1].last, ln.text, n-1) {
			j.add(ln.text)
			out[n-1].last = ln.n
			prev = ln.text
			continue
		}
		flush()
		j.add(ln.text)
		out = append(out, logical{first: ln.n, last: ln.n})
		prev = ln.text
	}
	flush()
	return out
}

// joinParts joins non-empty parts with ", ".
func joinParts(parts []string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, ", ")
}
