package loader_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// sig renders a signatory as "name|honorific|title|organization".
func sig(name, hon, title, org string) string {
	return strings.Join([]string{name, hon, title, org}, "|")
}

const layoutBody = "Dear Senator:\n\nWe, the undersigned, urge you to support the bill because it protects the rights of workers and families in every state.\n\n"

// TestParse_Layouts covers signature layouts beyond the answer files: each
// letter is short, and every signer is checked.
func TestParse_Layouts(t *testing.T) {
	tests := []struct {
		name string
		sigs string
		want []string
	}{
		{"org list under headings", "Sincerely,\n\nNational Organizations\nAmerican Civil Liberties Union\nAmnesty International USA\nOxfam America\n\nState and Local Organizations\nEquality California\nFairness West Virginia\n",
			[]string{sig("", "", "", "American Civil Liberties Union"), sig("", "", "", "Amnesty International USA"), sig("", "", "", "Oxfam America"),
				sig("", "", "", "Equality California"), sig("", "", "", "Fairness West Virginia")}},
		{"org list, name-like entries", "Sincerely,\n\nEaster Seals\nEpilepsy Foundation\nMarch of Dimes\nUnited Spinal Association\n",
			[]string{sig("", "", "", "Easter Seals"), sig("", "", "", "Epilepsy Foundation"), sig("", "", "", "March of Dimes"), sig("", "", "", "United Spinal Association")}},
		{"bulleted and numbered", "Signed,\n\n- Greenpeace\n- Jane Roe, Free Software Foundation Europe\n1. Dr. Hans Müller, Universität Berlin\n2. ffii.org\n",
			[]string{sig("", "", "", "Greenpeace"), sig("Jane Roe", "", "", "Free Software Foundation Europe"), sig("Hans Müller", "Dr.", "", "Universität Berlin"), sig("", "", "", "ffii.org")}},
		{"comma-separated organizations", "Signed,\nACLU, Amnesty International USA, Human Rights Watch, Public Citizen, Color Of Change, and Southern Poverty Law Center.\n",
			[]string{sig("", "", "", "ACLU"), sig("", "", "", "Amnesty International USA"), sig("", "", "", "Human Rights Watch"), sig("", "", "", "Public Citizen"), sig("", "", "", "Color Of Change"), sig("", "", "", "Southern Poverty Law Center")}},
		{"name, title, organization per line", "Respectfully submitted,\n\nJane Doe, Executive Director, Friends of the Earth\nRev. Dr. William Barber II, Co-Chair, Poor People's Campaign\nProf. Ann Lee, Ph.D., Professor of Law, Georgetown University Law Center\n",
			[]string{sig("Jane Doe", "", "Executive Director", "Friends of the Earth"), sig("William Barber II", "Rev. Dr.", "Co-Chair", "Poor People's Campaign"), sig("Ann Lee", "Prof.", "Professor of Law", "Georgetown University Law Center")}},
		{"blocks without blank lines", "Sincerely,\nJane Doe\nDirector\nOxfam\nJohn Roe\nPolicy Advocate\nGreenpeace\nAnn Lee,\nOrganizer,\nJobs With Justice\nBob Smith (Friends of the Earth)\nTim Jones (D-CA)\nCarl Hart, Chair*\n\n*Affiliations for identification purposes only.\n",
			[]string{sig("Jane Doe", "", "Director", "Oxfam"), sig("John Roe", "", "Policy Advocate", "Greenpeace"), sig("Ann Lee", "", "Organizer", "Jobs With Justice"),
				sig("Bob Smith", "", "", "Friends of the Earth"), sig("Tim Jones", "", "", ""), sig("Carl Hart", "", "Chair", "")}},
		{"blocks with addresses", "With best regards,\n\nDr. Robert Chen\nDirector of Research\nElectronic Frontier Foundation\n815 Eddy Street\nSan Francisco, CA 94109\n\nAna Lopez\nOxfam\n",
			[]string{sig("Robert Chen", "Dr.", "Director of Research", "Electronic Frontier Foundation"), sig("Ana Lopez", "", "", "Oxfam")}},
		{"semicolon list of people", "In solidarity,\nRev. Jane Doe, President, Interfaith Alliance; Rabbi Jonah Pesner, Director,\nReligious Action Center of Reform Judaism; Bishop John Smith,\nPresiding Bishop, Evangelical Lutheran Church in America.\n",
			[]string{sig("Jane Doe", "Rev.", "President", "Interfaith Alliance"), sig("Jonah Pesner", "Rabbi", "Director", "Religious Action Center of Reform Judaism"), sig("John Smith", "Bishop", "Presiding Bishop", "Evangelical Lutheran Church in America")}},
		{"record blocks", "Sincerely,\nJim McGovern,\nMember of Congress.\nWalter B. Jones,\nMember of Congress.\n",
			[]string{sig("Jim McGovern", "", "Member of Congress", ""), sig("Walter B. Jones", "", "Member of Congress", "")}},
		{"ranks with two roles; a former role stays whole (convention 22)", "Sincerely,\nGeneral Paul J. Kern, USA (Ret.), Former Commanding General, U.S. Army Materiel Command.\nLieutenant General Robert G. Gard, Jr., USA (Ret.), Chairman, Center for Arms Control.\n",
			[]string{sig("Paul J. Kern", "General", "Former Commanding General, U.S. Army Materiel Command", ""), sig("Robert G. Gard, Jr.", "Lieutenant General", "Chairman", "Center for Arms Control")}},
		{"supporters after the signature", "Sincerely,\nPatrick Campbell,\nChief Legislative Counsel.\nOrganizations supporting the HADD Act:\nVeterans of Foreign Wars; The American Legion; Military Officers Association of America.\n",
			[]string{sig("Patrick Campbell", "", "Chief Legislative Counsel", "")}},
		{"dashes and reversed lines", "Sincerely,\n\nJane Doe – Executive Director, ACLU\n\nJohn Roe\nACLU of Texas, Policy Director\n\nBy: Ann Lee, President, Sierra Club\n",
			[]string{sig("Jane Doe", "", "Executive Director", "ACLU"), sig("John Roe", "", "Policy Director", "ACLU of Texas"), sig("Ann Lee", "", "President", "Sierra Club")}},
		{"signed copies", "/s/ Jane Doe\nJane Doe\nPresident, Veterans for American Ideals\n",
			[]string{sig("Jane Doe", "", "President", "Veterans for American Ideals")}},
		{"two columns", "Yours sincerely,\n\n[signed]                    [signed]\nAnn Lee                     Bo Li\nPresident of the Senate     Speaker of the House\n",
			[]string{sig("Ann Lee", "", "President of the Senate", ""), sig("Bo Li", "", "Speaker of the House", "")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := loader.ParseText(tt.name, layoutBody+tt.sigs)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range l.Signatories {
				got = append(got, sig(s.Name, s.Honorific, s.Title, s.Organization))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("signatories:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestParse_Headers covers address blocks, salutations and dates.
func TestParse_Headers(t *testing.T) {
	tests := []struct {
		name, head string
		date       string
		rcpt       []string
	}{
		{"block recipients", "March 3, 2021\n\nThe Honorable Nancy Pelosi\nSpeaker\nU.S. House of Representatives\nWashington, DC 20515\n\nThe Honorable Kevin McCarthy\nRepublican Leader\nU.S. House of Representatives\nWashington, DC 20515\n\nDear Speaker Pelosi and Leader McCarthy:\n\n",
			"2021-03-03", []string{sig("Nancy Pelosi", "The Honorable", "Speaker", "U.S. House of Representatives"), sig("Kevin McCarthy", "The Honorable", "Republican Leader", "U.S. House of Representatives")}},
		{"company recipient", "Feb. 8, 2019\n\nMr. Jeff Bezos\nChief Executive Officer\nAmazon.com, Inc.\n410 Terry Avenue North\nSeattle, WA 98109\n\nDear Mr. Bezos:\n\n",
			"2019-02-08", []string{sig("Jeff Bezos", "Mr.", "Chief Executive Officer", "Amazon.com, Inc.")}},
		{"record run-in salutation", "April 1, 2010.\nHon. Carl Levin,\nChairman, Committee on Armed Services, U.S. Senate, Washington, DC.\nDear Mr. Chairman: ",
			"2010-04-01", []string{sig("Carl Levin", "Hon.", "Chairman", "Committee on Armed Services, U.S. Senate")}},
		{"letterhead with address", "AMERICAN CIVIL LIBERTIES UNION\n125 Broad Street\nNew York, NY 10004\n\n3 juli 2006\n\nDear Council Members,\n\n",
			"2006-07-03", []string{sig("", "", "Council Members", "")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.head + "We, the undersigned, urge you to support the bill because it protects the rights of workers and families in every state.\n\nSincerely,\nJane Doe\n"
			l, err := loader.ParseText(tt.name, text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range l.Recipients {
				got = append(got, sig(r.Name, r.Honorific, r.Title, r.Organization))
			}
			if l.Date != tt.date || fmt.Sprint(got) != fmt.Sprint(tt.rcpt) {
				t.Errorf("date %q, recipients %q; want %q, %q", l.Date, got, tt.date, tt.rcpt)
			}
		})
	}
}
