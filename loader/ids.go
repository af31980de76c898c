package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/coalition-graph/coalition/graph"
)

// Entity resolution turns the names printed in letters into stable ids.
//
// An id is a prefix and the slug of a normalized name ("org:council-for-
// global-equality", "person:pat-baumgartner", "office:member-of-congress"),
// so the same name gives the same id in every load and a URL built from it
// stays valid. Normalization folds case, accents, punctuation, whitespace and
// apostrophes (typographic or not), reads "&" as "and" and "U.S." as "US";
// for organizations it also drops a leading "The" and trailing legal forms
// ("Inc.", "LLC", "Ltd." ...). It never guesses beyond that: variants that
// are probably but not surely the same (an abbreviation, a typo, a middle
// initial) are reported by Duplicates for an analyst, who merges them with
// an aliases file.

// ID prefixes, one per kind of node.
const (
	orgPrefix    = "org:"
	personPrefix = "person:"
	officePrefix = "office:"
	letterPrefix = "letter:"
)

// OrganizationID returns the id of an organization name as printed. A
// trailing acronym in parentheses is not part of the name.
func OrganizationID(name string) string {
	base, _ := SplitAcronym(name)
	return orgPrefix + organizationKey(base)
}

// PersonID returns the id of a person's name (without honorific). Middle
// initials and suffixes stay: "John A. Smith" and "John Smith" may be two
// people, and merging them is an analyst's call.
func PersonID(name string) string { return personPrefix + personKey(name) }

// OfficeID returns the id of an office addressed by title alone ("Member of
// Congress"), or by title at an organization ("President" of "The White
// House").
func OfficeID(title, organization string) string {
	key := slugOf(nameTokens(title), title)
	if organization != "" {
		base, _ := SplitAcronym(organization)
		key += "-" + organizationKey(base)
	}
	return officePrefix + key
}

// LetterID returns the id of a letter with the given content hash.
func LetterID(sha string) string {
	if len(sha) > 16 {
		sha = sha[:16]
	}
	return letterPrefix + sha
}

// NormalizeText is the form of a letter's text that its identity hashes:
// line endings as \n, no trailing spaces, no leading or trailing blank lines,
// no byte-order mark. Re-saving a file on another system changes none of it.
func NormalizeText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRightFunc(line, unicode.IsSpace)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// ContentSHA256 returns the hex SHA-256 of a letter's normalized text.
func ContentSHA256(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:])
}

// SetIdentity fills in a letter's SHA256 and ID when they are missing. A
// letter with text hashes its normalized text; one read from structured data
// (JSON, CSV) has none, so it hashes its fields instead.
func SetIdentity(l *graph.Letter) {
	if l.SHA256 == "" {
		if strings.TrimSpace(l.Text) != "" {
			l.SHA256 = ContentSHA256(l.Text)
		} else {
			l.SHA256 = fieldsSHA256(l)
		}
	}
	if l.ID == "" {
		l.ID = LetterID(l.SHA256)
	}
}

// fieldsSHA256 hashes what a structured letter says, not where it came
// from: the same letter in two files, or under two letter_ids, is one letter.
func fieldsSHA256(l *graph.Letter) string {
	c := *l
	c.ID, c.SHA256, c.Source = "", "", ""
	c.Lines = nil
	data, err := json.Marshal(struct {
		*graph.Letter
		Kind string `json:"kind"`
	}{&c, "fields"})
	if err != nil { // cannot happen: the letter is plain strings and slices
		panic(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// SplitAcronym splits an acronym off an organization name: a trailing one
// in parentheses ("Center for Health and Gender Equity (CHANGE)" gives
// "Center for Health and Gender Equity" and "CHANGE"), or, when it is the
// initials of the rest of the name, one written in lower case or set off
// otherwise: "instituto colombiano de bienestar familiar (icbf)",
// "direccion de impuestos y aduanas nacionales -dian-", "... familiar,
// icbf", "icbf - instituto colombiano ...". A parenthesis that is not an
// acronym ("ANP (Dutch press service)") stays part of the name.
func SplitAcronym(name string) (base, acronym string) {
	name = strings.TrimSpace(name)
	if strings.HasSuffix(name, ")") {
		if open := strings.LastIndexByte(name, '('); open > 0 {
			inner := strings.TrimSpace(name[open+1 : len(name)-1])
			base = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name[:open]), ",;:-"))
			if base != "" && (acronymLike(inner) || initialsAcronym(inner, base)) {
				return base, inner
			}
			return name, ""
		}
	}
	return splitInitials(name)
}

// acronymSeparators set an acronym off the rest of a name.
const acronymSeparators = " ,;:-–—()"

// splitInitials splits off a first or last word that is the initials of
// the rest of the name.
func splitInitials(name string) (base, acronym string) {
	trimmed := strings.TrimRight(name, acronymSeparators)
	if i := strings.LastIndexAny(trimmed, acronymSeparators); i > 0 {
		last, rest := trimmed[i+1:], strings.TrimRight(trimmed[:i], acronymSeparators)
		if initialsAcronym(last, rest) {
			return rest, last
		}
	}
	trimmed = strings.TrimLeft(name, acronymSeparators)
	if i := strings.IndexAny(trimmed, acronymSeparators); i > 0 {
		first, rest := trimmed[:i], strings.TrimLeft(trimmed[i:], acronymSeparators)
		if initialsAcronym(first, rest) {
			return rest, first
		}
	}
	return name, ""
}

// initialsAcronym reports whether word is the initials of name (a name of
// three words or more), with or without its small words: a word of three
// to ten letters.
func initialsAcronym(word, name string) bool {
	key := organizationKey(word)
	if !acronymKey(key) {
		return false
	}
	return slices.Contains(initialsOf(organizationKey(name)), key)
}

// acronymLike reports whether s reads as an acronym: one short word mostly
// in capitals ("CHANGE", "AFL-CIO", "NaFFAA"), or a few all-capital words
// ("WI P&A").
func acronymLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 12 {
		return false
	}
	words := strings.Fields(s)
	for _, w := range words {
		upper, lower := 0, 0
		for i, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				if i == 0 {
					return false
				}
				lower++
			case unicode.IsDigit(r) || strings.ContainsRune("&-./", r):
			default:
				return false
			}
		}
		if upper == 0 || lower > upper || (len(words) > 1 && lower > 0) {
			return false
		}
	}
	return true
}

// organizationKey is the normalized form of an organization name that its
// id is made from.
func organizationKey(name string) string {
	return slugOf(trimOrganizationTokens(nameTokens(name)), name)
}

// personKey is the normalized form of a person's name.
func personKey(name string) string { return slugOf(nameTokens(name), name) }

// legalForms are trailing words that say how an organization is
// incorporated, not which one it is. "Co." and "Corporation" are not among
// them: in "News Corporation" they are the name.
var legalForms = map[string]bool{
	"inc": true, "incorporated": true, "llc": true, "llp": true, "ltd": true,
	"limited": true, "plc": true, "lp": true, "nv": true, "gmbh": true,
}

func trimOrganizationTokens(toks []string) []string {
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
	}
	for len(toks) > 1 && legalForms[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// slugOf joins tokens with hyphens. A name with no letters or digits at all
// ("—", "***") still needs a stable id of its own, so it gets "x-" and a
// short hash of the name as printed (spacing aside): two such names never
// share an id, and so never merge two unrelated entities.
func slugOf(toks []string, name string) string {
	if len(toks) == 0 {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(norm.NFC.String(name)), " ")))
		return "x-" + hex.EncodeToString(sum[:6])
	}
	return strings.Join(toks, "-")
}

// nameTokens splits a name into lowercase, accent-free words. Apostrophes
// join ("O’Reilly" is "oreilly"), "&" is "and", every other mark separates,
// and a run of dotted single letters is one word ("U.S." and "U. S." are
// both "us"), so spacing and punctuation never split one name in two.
func nameTokens(s string) []string {
	s = foldName(s)
	var toks []string
	var dotted []bool
	var word strings.Builder
	end := func(dot bool) {
		if word.Len() > 0 {
			toks = append(toks, word.String())
			dotted = append(dotted, dot)
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		case r == '&':
			end(false)
			toks, dotted = append(toks, "and"), append(dotted, false)
		default:
			end(r == '.')
		}
	}
	end(false)
	return joinInitials(toks, dotted)
}

// joinInitials merges runs of two or more dotted single letters.
func joinInitials(toks []string, dotted []bool) []string {
	var out []string
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && dotted[j] && utf8.RuneCountInString(toks[j]) == 1 {
			j++
		}
		if j-i >= 2 {
			out = append(out, strings.Join(toks[i:j], ""))
			i = j
			continue
		}
		out = append(out, toks[i])
		i++
	}
	return out
}

// foldName lowercases, drops apostrophes and strips accents.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(dropApostrophes(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := letterFolds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// letterFolds are letters that have no decomposition into a base letter.
var letterFolds = map[rune]string{
	'ß': "ss", 'æ': "ae", 'ø': "o", 'œ': "oe", 'đ': "d", 'ð': "d", 'ł': "l", 'þ': "th", 'ı': "i",
}

func dropApostrophes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', '‘', 'ʼ', '`', '´', '′':
			return -1
		}
		return r
	}, s)
}

// smallWords carry no identity: "Council on X" and "Council for X" are the
// same words for the purpose of spotting a duplicate.
var smallWords = map[string]bool{
	"the": true, "of": true, "for": true, "and": true, "on": true, "in": true,
	"a": true, "an": true, "at": true, "to": true,
}

// spanishSmallWords are the same for names in Spanish ("Ministerio de
// Justicia y del Derecho").
var spanishSmallWords = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true,
	"y": true, "e": true, "en": true, "para": true, "por": true, "al": true,
}

// initialsOf gives the initials of a name of three or more words: of all
// its words, and without its small words in English (NAACP skips "for
// the", AFSCME skips "of") or in Spanish (DIAN skips "de" and "y").
func initialsOf(key string) []string {
	if strings.Count(key, "-") < 2 {
		return nil
	}
	var all, en, es, both []rune
	for w := range strings.SplitSeq(key, "-") {
		r, _ := utf8.DecodeRuneInString(w)
		all = append(all, r)
		if !smallWords[w] {
			en = append(en, r)
		}
		if !spanishSmallWords[w] {
			es = append(es, r)
		}
		if !smallWords[w] && !spanishSmallWords[w] {
			both = append(both, r)
		}
	}
	out := []string{string(en)}
	for _, s := range [][]rune{all, es, both} {
		if !slices.Contains(out, string(s)) {
			out = append(out, string(s))
		}
	}
	return out
}

// acronymKey reports whether an organization key can be an acronym for
// initialsAcronym and the acronym-in-letter rule: one word of 3 to 10
// letters (two letters name too many bodies).
func acronymKey(key string) bool {
	n := utf8.RuneCountInString(key)
	if n < 3 || n > 10 || strings.Contains(key, "-") {
		return false
	}
	for _, c := range key {
		if c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}
