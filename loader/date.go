package loader

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	monthAlt = monthAlternation()
	// "February 8, 2019", "Feb. 8 2019", "September 5th, 2004"
	reMDY = regexp.MustCompile(`(?i)\b(` + monthAlt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`)
	// "8 February 2019", "3 juli 2006", "8th of February, 2019", "3 de julio de 2006", "3. Juli 2006"
	reDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(` + monthAlt + `)\.?,?\s+(?:de\s+)?(\d{4})\b`)
	// "July 2026", "März 2020": a month's letter, dated YYYY-MM
	reMY = regexp.MustCompile(`(?i)\b(` + monthAlt + `)\.?,?\s+(?:de\s+)?(\d{4})\b`)
	// "2019-02-08", "2019/02/08", "2019.02.08"
	reISO = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	// "02/08/2019" (month first unless impossible), "08.02.2019" (day first)
	reNum = regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})\b`)
)

// monthAlternation builds a regexp alternation of month names, longest
// first so that "September" wins over "Sep".
func monthAlternation() string {
	names := make([]string, 0, len(months))
	for k := range months {
		names = append(names, regexp.QuoteMeta(k))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}

// maxDateLine is how much of a line is searched for a date.
const maxDateLine = 400

// dateMatch is a date found in a line: its ISO form and byte span.
type dateMatch struct {
	iso        string
	start, end int
}

// findDate returns the first valid written date in s.
func findDate(s string) (dateMatch, bool) {
	best := dateMatch{start: -1}
	if !hasFourDigits(s) {
		return best, false // every date has its year in four digits; most lines have none
	}
	if len(s) > maxDateLine {
		s = s[:maxDateLine] // dates sit in short lines; this keeps the search cheap
	}
	try := func(m []int, iso string, ok bool) {
		if ok && (best.start < 0 || m[0] < best.start) {
			best = dateMatch{iso: iso, start: m[0], end: m[1]}
		}
	}
	for _, m := range reMDY.FindAllStringSubmatchIndex(s, 4) {
		iso, ok := isoDate(s[m[6]:m[7]], months[strings.ToLower(s[m[2]:m[3]])], s[m[4]:m[5]])
		try(m, iso, ok)
	}
	for _, m := range reDMY.FindAllStringSubmatchIndex(s, 4) {
		iso, ok := isoDate(s[m[6]:m[7]], months[strings.ToLower(s[m[4]:m[5]])], s[m[2]:m[3]])
		try(m, iso, ok)
	}
	for _, m := range reISO.FindAllStringSubmatchIndex(s, 4) {
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		iso, ok := isoDate(s[m[2]:m[3]], mo, s[m[6]:m[7]])
		try(m, iso, ok)
	}
	for _, m := range reNum.FindAllStringSubmatchIndex(s, 4) {
		iso, ok := numericDate(s, m)
		try(m, iso, ok)
	}
	if best.start < 0 { // a month and year alone, only when no whole date is written
		for _, m := range reMY.FindAllStringSubmatchIndex(s, 1) {
			if y, _ := strconv.Atoi(s[m[4]:m[5]]); y >= 1000 && y <= 2999 {
				best = dateMatch{iso: fmt.Sprintf("%04d-%02d", y, months[strings.ToLower(s[m[2]:m[3]])]), start: m[0], end: m[1]}
			}
		}
	}
	return best, best.start >= 0
}

// hasFourDigits reports four digits in a row.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// ParseDate reads one written date ("February 8, 2019", "8 February 2019",
// "2019-02-08", "3 juli 2006") and returns it as YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	m, ok := findDate(s)
	if !ok || len(m.iso) != len("2006-01-02") { // a month alone is no day
		return "", fmt.Errorf("no date in %q", s)
	}
	return m.iso, nil
}

// numericDate reads d/m/y forms: slashes are American (month first) unless
// the first number cannot be a month; dots are European (day first).
func numericDate(s string, m []int) (string, bool) {
	a, _ := strconv.Atoi(s[m[2]:m[3]])
	b, _ := strconv.Atoi(s[m[6]:m[7]])
	sep := s[m[4]:m[5]]
	if sep != s[m[8]:m[9]] {
		return "", false
	}
	month, day := a, b
	if sep == "." || a > 12 {
		month, day = b, a
	}
	return isoDate(s[m[10]:m[11]], month, strconv.Itoa(day))
}

// isoDate validates a calendar date and formats it.
func isoDate(year string, month int, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || d < 1 || y < 1000 || y > 2999 {
		return "", false
	}
	t := time.Date(y, time.Month(month), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// isDateLine reports a line that is a date, optionally after a place
// ("Washington, DC, May 15, 2007.", "The Hague, 3 July 2006") or a label
// ("Date: ..."), and returns the date and the place before it.
func isDateLine(s string) (iso, place string, ok bool) {
	m, found := findDate(s)
	if !found {
		return "", "", false
	}
	tail := strings.Trim(s[m.end:], " .,;")
	if tail != "" {
		return "", "", false
	}
	head := strings.TrimSpace(s[:m.start])
	head = strings.TrimSpace(strings.TrimSuffix(head, ","))
	if low := strings.ToLower(head); low == "date:" || low == "date" || low == "dated:" || low == "dated" {
		head = ""
	}
	if head != "" && (len(strings.Fields(head)) > 6 || strings.ContainsAny(head, ":;")) {
		return "", "", false
	}
	return m.iso, head, true
}
