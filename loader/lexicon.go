package loader

import (
	"bufio"
	"embed"
	"strings"
	"sync"
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
		for job := range readLexicon("job_titles.txt") {
			first := strings.Split(job, ",")[0]
			if f := strings.Fields(strings.Split(first, "/")[0]); len(f) > 0 {
				if w := bare(f[len(f)-1]); !orgWords[w] && !headingGroupNouns[w] && len(w) > 3 {
					lex.jobHeads[w] = true
				}
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

// isGivenName reports a word that is a given name somewhere: "Maria",
// "Kenji", "Oluwaseun".
func isGivenName(w string) bool { return lexicon().given[bare(w)] }

// isSurname reports a frequent family name.
func isSurname(w string) bool { return lexicon().surnames[bare(w)] }

// isJobHead reports a noun that ends job titles ("Therapist", "Surveyor").
func isJobHead(w string) bool { return lexicon().jobHeads[w] }

// isCity reports a city of 100,000 people or more: "Brussels", "Chennai".
func isCity(s string) bool {
	return lexicon().cities[strings.ToLower(strings.Trim(collapse(s), " .,;"))]
}
