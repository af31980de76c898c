package loader_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// FuzzReadCSV feeds arbitrary text to the CSV signature reader: it must not
// panic, every error must be a *loader.ParseError naming the file, and every
// signature it accepts must have a person or an organization.
func FuzzReadCSV(f *testing.F) {
	b, err := os.ReadFile("testdata/formats/signatures.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	const head = "letter_id,date,title,person,person_title,organization,recipient\n"
	f.Add(head)
	f.Add("")
	f.Add("\ufeffLetter_ID,Date,Title,Person,Person_Title,Organization\nl1,2019,T,,,Sierra Club\n")
	f.Add(head + "l1,2019-02-08,T,Jane Doe,Director,Acme,\"Donald J. Trump, President, The White House\"\n")
	f.Add(head + "l1,2019-02-08,,Jane Doe,,,\nl1,2020-01-01,,John Roe,,,\n")
	f.Add(head + "l1,not a date,,Jane Doe,,,\n")
	f.Add(head + "l1,,,\"unterminated,,,\n")
	f.Add(head + "l1,,,Jane \x00Doe,,,\n")
	f.Add(head + "l1,,,Jane \xffDoe,,,\n")
	f.Add(head + ",,,,,,\nl1\n")
	f.Add("letter_id,letter_id\n")
	f.Fuzz(func(t *testing.T, text string) {
		letters, err := loader.ReadCSV("fuzz.csv", strings.NewReader(text))
		if err != nil {
			var pe *loader.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *loader.ParseError", err, err)
			}
			if pe.File != "fuzz.csv" {
				t.Errorf("error %q names %q, want fuzz.csv", err, pe.File)
			}
			return
		}
		if len(letters) == 0 {
			t.Fatal("no letters and no error")
		}
		for _, l := range letters {
			if !strings.HasPrefix(l.Source, "fuzz.csv#") {
				t.Errorf("source %q does not name the file", l.Source)
			}
			if len(l.Signatories) == 0 {
				t.Errorf("%s: a letter without signatures", l.Source)
			}
			for i, s := range l.Signatories {
				if s.Name == "" && s.Organization == "" {
					t.Errorf("%s: signatories[%d] has neither name nor organization", l.Source, i)
				}
			}
		}
	})
}
