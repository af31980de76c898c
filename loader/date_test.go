package loader_test

import (
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"February 8, 2019", "2019-02-08"},
		{"February 8 2019", "2019-02-08"},
		{"8 February 2019", "2019-02-08"},
		{"8th of February, 2019", "2019-02-08"},
		{"Feb. 8, 2019", "2019-02-08"},
		{"Feb 8, 2019", "2019-02-08"},
		{"Sept. 5, 2004", "2004-09-05"},
		{"September 5th, 2004", "2004-09-05"},
		{"Amsterdam, September 5 2004", "2004-09-05"},
		{"Washington, DC, May 15, 2007.", "2007-05-15"},
		{"The Hague, 3 July 2006", "2006-07-03"},
		{"3 juli 2006", "2006-07-03"},
		{"3. Juli 2006", "2006-07-03"},
		{"3 juillet 2006", "2006-07-03"},
		{"3 de julio de 2006", "2006-07-03"},
		{"2019-02-08", "2019-02-08"},
		{"2019/2/8", "2019-02-08"},
		{"02/08/2019", "2019-02-08"},
		{"25/12/2019", "2019-12-25"},
		{"08.02.2019", "2019-02-08"},
		{"Submitted for consideration on December 15, 2006, to the Chronicle", "2006-12-15"},
		{"DECEMBER 12, 2007", "2007-12-12"},
	}
	for _, tt := range tests {
		got, err := loader.ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDate_Invalid(t *testing.T) {
	for _, in := range []string{"", "February 30, 2019", "13/13/2019", "H. Res. 106", "April 22 draft", "2.4 million", "May 2019"} {
		if got, err := loader.ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %q; want an error", in, got)
		}
	}
}

// TestParse_NoDate checks that a letter without a date line parses with
// an empty date (the answer's null), as letter 024 does.
func TestParse_NoDate(t *testing.T) {
	l, err := loader.ParseText("nodate.txt", "We urge the Council to act on the directive now, before the session closes, for the reasons the members set out.\n\nSincerely,\nJohn Stephens\nChairman\n")
	if err != nil {
		t.Fatal(err)
	}
	if l.Date != "" || l.Lines["date"] != 0 {
		t.Errorf("date = %q (line %d); want none", l.Date, l.Lines["date"])
	}
}

// A letter's date may stand anywhere as a line of its own, and may name a
// month alone.
func TestParse_DateAnywhere(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"a page's date under a label, no salutation", "An open letter to the river authority\n\nPublished\n4 May 2026\n\nStatement\n\nWe ask the authority to publish its water quality data every month.\n\nSigned,\n\nMarta Lindqvist\nPavel Dvorak\n", "2026-05-04"},
		{"a place and date closing the body", "Dear friends,\n\nWe stand with the fishers of the coast against the new port, which would end their work.\n\nRecife, 3 de março de 2016\n\nEntidades\n\nAssociação dos Pescadores\n", "2016-03-03"},
		{"a month and year under a label", "**Date:** July 2026\n\nDear Board,\n\nWe ask the board to open its drivers, as many users depend on them.\n\nSincerely,\n\nMarta Lindqvist\n", "2026-07"},
		{"a date inside a sentence is not the letter's", "Dear Board,\n\nOn May 4, 2026 the board closed its drivers, which many users depend on.\n\nSincerely,\n\nMarta Lindqvist\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := loader.ParseText(tt.name, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if l.Date != tt.want {
				t.Errorf("date = %q, want %q", l.Date, tt.want)
			}
		})
	}
}
