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
