package loader_test

import (
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

func TestSplitName(t *testing.T) {
	tests := []struct {
		in, hon, name string
	}{
		{"Bishop Pat Baumgartner", "Bishop", "Pat Baumgartner"},
		{"Rev. Jane Doe", "Rev.", "Jane Doe"},
		{"Rev. Dr. William Barber II", "Rev. Dr.", "William Barber II"},
		{"Dr. Gordon B. Browning", "Dr.", "Gordon B. Browning"},
		{"The Honorable Mike Pompeo", "The Honorable", "Mike Pompeo"},
		{"Hon. Barack Obama", "Hon.", "Barack Obama"},
		{"Sen. Tim Johnson", "Sen.", "Tim Johnson"},
		{"General Joseph Hoar", "General", "Joseph Hoar"},
		{"Vice Admiral Lee F. Gunn", "Vice Admiral", "Lee F. Gunn"},
		{"Lieutenant General Claudia J. Kennedy", "Lieutenant General", "Claudia J. Kennedy"},
		{"Adm. Michael G. Mullen", "Adm.", "Michael G. Mullen"},
		{"Captain Jonathon F. Kuniholm", "Captain", "Jonathon F. Kuniholm"},
		{"Mrs Sharon Dijksma", "Mrs", "Sharon Dijksma"},
		{"Israel Charny, Ph.D.", "Ph.D.", "Israel Charny"},
		{"Gregory H. Stanton, J.D., Ph.D.", "J.D., Ph.D.", "Gregory H. Stanton"},
		{"Jonathan M. Young, Ph.D., J.D.", "Ph.D., J.D.", "Jonathan M. Young"},
		{"Dr. Fernando M. Torres-Gil, Ph.D.", "Dr.", "Fernando M. Torres-Gil"},
		{"Arend Lammertink, Ir", "Ir", "Arend Lammertink"},
		{"Harmen van der Wal, Mr.", "Mr.", "Harmen van der Wal"},
		{"John Conyers, Jr.", "", "John Conyers, Jr."},
		{"John D. Rockefeller, IV", "", "John D. Rockefeller, IV"},
		{"James A. Baker III", "", "James A. Baker III"},
		{"Tim Johnson (IL)", "", "Tim Johnson"},
		{"Ari Ne’eman", "", "Ari Ne’eman"},
		{"General Board of Church and Society", "", "General Board of Church and Society"},
	}
	for _, tt := range tests {
		hon, name := loader.SplitName(tt.in)
		if hon != tt.hon || name != tt.name {
			t.Errorf("SplitName(%q) = %q, %q; want %q, %q", tt.in, hon, name, tt.hon, tt.name)
		}
	}
}
