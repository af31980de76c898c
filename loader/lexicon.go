package loader

import (
	"bufio"
	"embed"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// The lexicons in lexicon/ come from general-purpose packages (US Census
// names, Faker's locales and job titles, cleanco's legal forms, GeoNames
// cities), rebuilt
// by `make lexicon` (tools/lexicon/build.py). They know nothing of the
// answer files: they are what a new letter's names and titles are
// checked against.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexicons holds the word sets, read once on first use.
type lexicons struct {
	given, surnames, countries, cities, legalForms map[string]bool
	// jobHeads are the nouns that end job titles ("librarian" in
	// "Academic librarian", "accountant" in "Accountant, chartered").
	jobHeads map[string]bool
}

var (
	lexOnce sync.Once
	lex     lexicons
)

func lexicon() *lexicons {
	lexOnce.Do(func() {
		lex.given = readLexicon("given_names.txt")
		lex.surnames = readLexicon("surnames.txt")
		lex.countries = readLexicon("countries.txt")
		lex.cities = readLexicon("cities.txt")
		lex.legalForms = readLexicon("legal_forms.txt")
		lex.jobHeads = make(map[string]bool)
		for entry := range readLexicon("job_titles.txt") {
			lang, job, _ := strings.Cut(entry, ":")
			first := strings.Split(job, ",")[0]
			f := strings.Fields(strings.Split(first, "/")[0])
			if len(f) == 0 {
				continue
			}
			head := f[len(f)-1] // "Academic librarian", "Altenpfleger"
			if romance[lang] {
				head = f[0] // "Profesor de economía", "Abogado"
			} else if slavic[lang] {
				head = slavicHead(f) // "Системный администратор", "Агроном по защите растений"
			}
			w := bare(head)
			if !orgWords[w] && !headingGroupNouns[w] && !connectors[w] && !titleModifiers[w] && !fieldWords[w] && len(w) > 3 {
				lex.jobHeads[w] = true
			}
		}
	})
	return &lex
}

func readLexicon(name string) map[string]bool {
	f, err := lexiconFiles.Open("lexicon/" + name)
	if err != nil {
		panic("loader: lexicon " + name + " is not embedded: " + err.Error())
	}
	defer f.Close()
	m := make(map[string]bool)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if t := sc.Text(); t != "" && !strings.HasPrefix(t, "#") {
			m[t] = true
		}
	}
	return m
}

// slavic languages put adjectives before the head noun of a job title and
// its complements after it.
var slavic = wordSet(`ru uk bg`)

// reSlavicAdjective is the ending of an adjective of those languages.
var reSlavicAdjective = regexp.MustCompile(`(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ій|ня|на|ен)$`)

// slavicHead is a Slavic job title's head noun: its first word that is
// no adjective.
func slavicHead(f []string) string {
	for _, w := range f {
		if !reSlavicAdjective.MatchString(strings.ToLower(w)) {
			return w
		}
	}
	return f[len(f)-1]
}

// romance languages put the head noun of a job title first.
var romance = wordSet(`es fr it pt ro ca gl`)

// isGivenName reports a word that is a given name somewhere: "Maria",
// "Kenji", "Oluwaseun".
func isGivenName(w string) bool { return lexicon().given[bare(w)] }

// isSurname reports a frequent family name.
func isSurname(w string) bool { return lexicon().surnames[bare(w)] }

// isJobHead reports a noun that heads job titles ("Therapist", "Surveyor",
// "Profesor"), also in its feminine forms ("Restauradora", "Lehrerin").
func isJobHead(w string) bool {
	heads := lexicon().jobHeads
	if heads[w] || academicStatuses[w] || orgRoleHeads[w] {
		return true
	}
	if inflectedHead(heads, w) {
		return true
	}
	for _, pre := range []string{"vice", "vize", "sub"} { // "Vicerrector", "Vizepräsidentin", "Subdirectora"
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 5 {
			if strings.HasPrefix(rest, "rr") {
				rest = rest[1:] // Spanish doubles the r after a prefix
			}
			if knownHead(heads, rest) {
				return true
			}
		}
	}
	// a German or Dutch compound ends in its head: "Vorstandsvorsitzende",
	// "Hauptgeschäftsführer", "Bestuursvoorzitter"
	if len(w) >= 12 {
		for i := 4; i <= len(w)-6; i++ {
			if w[i-1] < utf8.RuneSelf && knownHead(heads, w[i:]) {
				return true
			}
		}
	}
	return false
}

// knownHead reports the part of a word after a prefix, or the last part of
// a compound, that is a head in any of the title lexicons.
func knownHead(heads map[string]bool, t string) bool {
	return heads[t] || orgRoleHeads[t] || titleHeads[t] || inflectedHead(heads, t)
}

// inflectedHead reports a feminine or inflected form of a known head:
// "presidenta", "Präsidentin", "directrice", "Vorsitzende".
func inflectedHead(heads map[string]bool, w string) bool {
	for _, f := range [][2]string{{"ora", "or"}, {"a", "o"}, {"a", ""}, {"in", ""}, {"rice", "eur"}, {"trice", "teur"}, {"euse", "eur"}, {"ienne", "ien"}, {"ère", "er"}, {"e", ""}} {
		if strings.HasSuffix(w, f[0]) && len(w) > len(f[0])+3 && heads[strings.TrimSuffix(w, f[0])+f[1]] {
			return true
		}
	}
	return false
}

// isCity reports a city of 100,000 people or more: "Brussels", "Chennai".
func isCity(s string) bool {
	return lexicon().cities[strings.ToLower(strings.Trim(collapse(s), " .,;"))]
}
