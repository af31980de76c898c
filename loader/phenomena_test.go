package loader_test

import (
	"fmt"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

// phenomenon is one kind of layout real letters use, shown on a short
// synthetic letter whose every signer is checked. Each rule the parser has
// is here on a case of its own, apart from the answer file that first
// showed it, with names and organizations that appear in no answer file.
type phenomenon struct {
	name string
	text string // a whole letter; when it has no salutation, layoutBody is put before it
	want []string
}

func checkPhenomena(t *testing.T, tests []phenomenon) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text
			if !hasSalutation(text) {
				text = layoutBody + text
			}
			l, err := loader.ParseText(tt.name, text)
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

func hasSalutation(text string) bool {
	for _, p := range []string{"Dear ", "To the ", "To whom"} {
		if len(text) >= len(p) && text[:len(p)] == p {
			return true
		}
	}
	return false
}

// TestParse_SignerRegion: what around the signatures is not a signer.
func TestParse_SignerRegion(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"illegible signature inside a list line", "Sincerely,\nMaria Ortiz; Kenji Watanabe; ------;\nPriya Raman; Tomas Novak.\n",
			[]string{sig("Maria Ortiz", "", "", ""), sig("Kenji Watanabe", "", "", ""), sig("Priya Raman", "", "", ""), sig("Tomas Novak", "", "", "")}},
		{"supporters introduced by a colon after the signature", "Sincerely,\nHelen Okafor,\nPresident.\n\nOrganizations listed in support:\nRiver Network; Clean Water Action; Trout Unlimited.\n",
			[]string{sig("Helen Okafor", "", "President", "")}},
		{"contact block gives its organization", "Kind regards,\nLena Kowalski                     Arjun Mehta\nPolicy Officer                    Member of the board\nContact information:\nBerlin Office:\nDigital Rights Watch e.V.\nKastanienallee 12\n10435 Berlin\n",
			[]string{sig("Lena Kowalski", "", "Policy Officer", "Digital Rights Watch e.V."), sig("Arjun Mehta", "", "Member of the board", "Digital Rights Watch e.V.")}},
		{"contact persons are no signers", "Sincerely,\n\nRiver Network\nClean Water Action\nTrout Unlimited\nWaterkeeper Alliance\n\nFor more information, contact:\nDana Whitfield\nCampaign Director\nClean Water Action\n",
			[]string{sig("", "", "", "River Network"), sig("", "", "", "Clean Water Action"), sig("", "", "", "Trout Unlimited"), sig("", "", "", "Waterkeeper Alliance")}},
		{"statement without a closing, list under an intro line", "Statement on the Riverside shelter closures\n\nThe undersigned groups are alarmed that the city is closing two of its three family shelters before the winter months, leaving hundreds of families without a place to stay at night.\n\nGROUPS ENDORSING THIS STATEMENT:\nRiverside Tenants Union (California)\nFamily Promise, Inc. (California)\nHaven (California)\nNeighbors Together\n\nContact us for more information about this statement or to join the groups above:\n\nCarla Mendes\nOrganizer\nRiverside Tenants Union\n",
			[]string{sig("", "", "", "Riverside Tenants Union (California)"), sig("", "", "", "Family Promise, Inc. (California)"), sig("", "", "", "Haven (California)"), sig("", "", "", "Neighbors Together")}},
		{"instructions and placeholders among the signers", "Signed,\n\nOpen Rights Group\nPrivacy International\nYour organization here\nTo sign, email signon@example.org with your name.\n",
			[]string{sig("", "", "", "Open Rights Group"), sig("", "", "", "Privacy International")}},
	})
}

// TestParse_RoleHistory: past roles with years, joint roles, a signer
// printed twice, ranks and services after names.
func TestParse_RoleHistory(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{"roles with periods, a joint role, one more role", "Sincerely,\nAdmiral Ruth A. Delgado, USN (Ret.), Commander, U.S. Fleet Forces Atlantic ('05-'08); Major General Tom H. Reyes, USAF (Ret.), Director, Air National Guard/Commander, First Air Force (2001 - 2004); Deputy Director, Joint Staff ('98-'01); General Ola Brandt, USA (Ret.), Chief, Army Reserve (ended in '99).\n",
			[]string{sig("Ruth A. Delgado", "Admiral", "Commander", "U.S. Fleet Forces Atlantic"), sig("Tom H. Reyes", "Major General", "Director", "Air National Guard"), sig("Ola Brandt", "General", "Chief", "Army Reserve")}},
		{"a signer printed twice keeps the first role", "Sincerely,\nGeneral Ruth A. Delgado, USMC (Ret.), Co-Chair, Veterans Advisory Board; Admiral Ken Ito, USN (Ret.), Member, Veterans Advisory Board; General Ruth A. Delgado, USMC (Ret.), Commandant, U.S. Marine Corps ('03-'06).\n",
			[]string{sig("Ruth A. Delgado", "General", "Co-Chair", "Veterans Advisory Board"), sig("Ken Ito", "Admiral", "Member", "Veterans Advisory Board")}},
		{"two people of one name at two organizations stay two", "Sincerely,\n\nDavid Smith, Director, Prairie Rivers Network\nDavid Smith, Treasurer, Ohio Environmental Council\n",
			[]string{sig("David Smith", "", "Director", "Prairie Rivers Network"), sig("David Smith", "", "Treasurer", "Ohio Environmental Council")}},
		{"a service alone is the organization; before a role it is dropped", "Sincerely,\nGeneral Ann Kowal, USAF (Ret.).\nAdmiral Bo Lind, USN (Ret.), Chief of Naval Operations ('86-'90).\nCaptain Ray Ortiz, USMC (Retired)\n",
			[]string{sig("Ann Kowal", "General", "", "USAF"), sig("Bo Lind", "Admiral", "Chief of Naval Operations", ""), sig("Ray Ortiz", "Captain", "", "USMC")}},
		{"a rank and service after the name are the honorific", "Sincerely,\nDana Price,\nSMSgt, USAFR (RET),\nPresident, Air Reserve Enlisted Council.\n",
			[]string{sig("Dana Price", "SMSgt, USAFR (RET)", "President", "Air Reserve Enlisted Council")}},
		{"a title keeps its article; a region after it is part of it", "Sincerely,\nGeneral Paul Okonjo, USA (Ret.), The Inspector General, U.S. Army ('01-'03); Admiral Lise Berg, USN (Ret.), Supreme Allied Commander, Atlantic/Commander, Joint Forces Command ('00-'02).\n",
			[]string{sig("Paul Okonjo", "General", "The Inspector General", "U.S. Army"), sig("Lise Berg", "Admiral", "Supreme Allied Commander, Atlantic", "")}},
	})
}

// TestParse_RoleHistoryKept checks what the answer files do not show:
// the periods and the further roles are kept beside the first.
func TestParse_RoleHistoryKept(t *testing.T) {
	l, err := loader.ParseText("history", layoutBody+"Sincerely,\nMajor General Tom H. Reyes, USAF (Ret.), Director, Air National Guard/Commander, First Air Force (2001 - 2004); Deputy Director, Joint Staff ('98-'01); Admiral Ken Ito, USN (Ret.), Member, Veterans Advisory Board; Major General Tom H. Reyes, USAF (Ret.), Commander, Air Force Reserve Command.\n")
	if err != nil {
		t.Fatal(err)
	}
	s := l.Signatories[0]
	if s.Period != "2001 - 2004" {
		t.Errorf("period = %q; want %q", s.Period, "2001 - 2004")
	}
	want := "[{Deputy Director Joint Staff '98-'01} {Commander Air Force Reserve Command }]"
	if got := fmt.Sprint(s.OtherRoles); got != want {
		t.Errorf("other roles = %s; want %s", got, want)
	}
	if len(l.Signatories) != 2 {
		t.Errorf("%d signatories; want 2", len(l.Signatories))
	}
}
