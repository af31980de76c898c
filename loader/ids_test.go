package loader_test

import (
	"strings"
	"testing"

	"github.com/coalition-graph/coalition/loader"
)

func TestOrganizationID(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"Council for Global Equality", "org:council-for-global-equality"},
		{"The Council for Global Equality", "org:council-for-global-equality"},
		{"the  council   for global equality.", "org:council-for-global-equality"},
		{"Center for Health and Gender Equity (CHANGE)", "org:center-for-health-and-gender-equity"},
		{"Iraq & Afghanistan Veterans of America", "org:iraq-and-afghanistan-veterans-of-america"},
		{"Iraq and Afghanistan Veterans of America", "org:iraq-and-afghanistan-veterans-of-america"},
		{"Ryder System, Inc.", "org:ryder-system"},
		{"Ryder System Inc", "org:ryder-system"},
		{"Coleman Global Telecommunications, LLC", "org:coleman-global-telecommunications"},
		{"Acme Ltd.", "org:acme"},
		{"News Corporation Limited", "org:news-corporation"},
		{"Roaring Spring Blank Book Co.", "org:roaring-spring-blank-book-co"},
		{"U.S. Chamber of Commerce", "org:us-chamber-of-commerce"},
		{"U. S. Chamber of Commerce", "org:us-chamber-of-commerce"},
		{"O'Reilly Media", "org:oreilly-media"},
		{"O’Reilly Media", "org:oreilly-media"},
		{"Lagardère", "org:lagardere"},
		{"Yahoo!", "org:yahoo"},
		{"Anti-Defamation League", "org:anti-defamation-league"},
		{"ANP (Dutch press service)", "org:anp-dutch-press-service"},
		{"The", "org:the"},
		{"Inc.", "org:inc"},
		{"—", "org:x-bda050585a00"}, // a short hash: see TestOrganizationID_NoLettersOrDigits
	}
	for _, tt := range tests {
		if got := loader.OrganizationID(tt.name); got != tt.want {
			t.Errorf("OrganizationID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPersonID(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"Pat Baumgartner", "person:pat-baumgartner"},
		{"PAT  BAUMGARTNER", "person:pat-baumgartner"},
		{"John D. Rockefeller, IV", "person:john-d-rockefeller-iv"},
		{"John D. Rockefeller IV", "person:john-d-rockefeller-iv"},
		{"John Conyers, Jr.", "person:john-conyers-jr"},
		{"John A. Smith", "person:john-a-smith"}, // middle initials stay: maybe not John Smith
		{"John Smith", "person:john-smith"},
		{"Tim O’Reilly", "person:tim-oreilly"},
		{"Ari Ne’eman", "person:ari-neeman"},
		{"Y.E.M.A. Timmerman-Buck", "person:yema-timmerman-buck"},
		{"F.W. Weisglas", "person:fw-weisglas"},
		{"F. W. Weisglas", "person:fw-weisglas"},
		{"Antonio ''Tony'' M. Taguba", "person:antonio-tony-m-taguba"},
		{"Cédric O", "person:cedric-o"},
	}
	for _, tt := range tests {
		if got := loader.PersonID(tt.name); got != tt.want {
			t.Errorf("PersonID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOfficeID(t *testing.T) {
	tests := []struct {
		title, organization string
		want                string
	}{
		{"Member of Congress", "", "office:member-of-congress"},
		{"Members of the United States Congress", "", "office:members-of-the-united-states-congress"},
		{"President", "The White House", "office:president-white-house"},
		{"Editor", "Chronicle of Higher Education", "office:editor-chronicle-of-higher-education"},
	}
	for _, tt := range tests {
		if got := loader.OfficeID(tt.title, tt.organization); got != tt.want {
			t.Errorf("OfficeID(%q, %q) = %q, want %q", tt.title, tt.organization, got, tt.want)
		}
	}
}

func TestSplitAcronym(t *testing.T) {
	tests := []struct {
		name, base, acronym string
	}{
		{"Center for Health and Gender Equity (CHANGE)", "Center for Health and Gender Equity", "CHANGE"},
		{"American Federation of Labor--Congress of Industrial Unions (AFL-CIO)", "American Federation of Labor--Congress of Industrial Unions", "AFL-CIO"},
		{"National Federation of Filipino American Associations (NaFFAA)", "National Federation of Filipino American Associations", "NaFFAA"},
		{"Disability Rights Wisconsin (WI P&A)", "Disability Rights Wisconsin", "WI P&A"},
		{"Southeast Kansas Independent Living Resource Center, Inc. (SKIL)", "Southeast Kansas Independent Living Resource Center, Inc.", "SKIL"},
		{"ANP (Dutch press service)", "ANP (Dutch press service)", ""},
		{"Michigan Alliance of State Employees with Disabilities (Michigan ASED)", "Michigan Alliance of State Employees with Disabilities (Michigan ASED)", ""},
		{"Manufacturer & Business Association (Erie, PA)", "Manufacturer & Business Association (Erie, PA)", ""},
		{"Presbyterian Church (USA), Washington Office", "Presbyterian Church (USA), Washington Office", ""},
		{"(ACLU)", "(ACLU)", ""},
		{"GLAAD", "GLAAD", ""},
	}
	for _, tt := range tests {
		base, acronym := loader.SplitAcronym(tt.name)
		if base != tt.base || acronym != tt.acronym {
			t.Errorf("SplitAcronym(%q) = %q, %q; want %q, %q", tt.name, base, acronym, tt.base, tt.acronym)
		}
	}
}

func TestContentSHA256(t *testing.T) {
	base := loader.ContentSHA256("Dear Sir:\n\nWe ask.\n\nSincerely,\nPat Doe")
	same := []string{
		"Dear Sir:\r\n\r\nWe ask.\r\n\r\nSincerely,\r\nPat Doe\r\n",
		"\n\n\nDear Sir:   \n\nWe ask.\t\n\nSincerely,\nPat Doe\n\n\n",
		"\ufeffDear Sir:\n\nWe ask.\n\nSincerely,\nPat Doe",
	}
	for _, text := range same {
		if got := loader.ContentSHA256(text); got != base {
			t.Errorf("ContentSHA256(%q) = %s, want %s (same letter)", text, got, base)
		}
	}
	if got := loader.ContentSHA256("Dear Sir:\n\nWe ask.\n\nSincerely,\nPat Doe, Jr."); got == base {
		t.Errorf("ContentSHA256 of a changed letter = %s, the same as the original", got)
	}
	if got, want := loader.LetterID(base), "letter:"+base[:16]; got != want {
		t.Errorf("LetterID = %q, want %q", got, want)
	}
}

// A name with no letters or digits gets an id of its own: two such names
// must not become one entity, and the same name always gets the same id.
func TestOrganizationID_NoLettersOrDigits(t *testing.T) {
	names := []string{"—", "***", "* * *", "-", "()", "...", "’"}
	seen := map[string]string{}
	for _, name := range names {
		id := loader.OrganizationID(name)
		if !strings.HasPrefix(id, "org:x-") || len(id) != len("org:x-")+12 {
			t.Errorf("OrganizationID(%q) = %q; want org:x- and 12 hex digits", name, id)
		}
		if other, ok := seen[id]; ok {
			t.Errorf("OrganizationID(%q) = OrganizationID(%q) = %q; want different ids", name, other, id)
		}
		seen[id] = name
		if again := loader.OrganizationID(" " + name + " "); again != id {
			t.Errorf("OrganizationID(%q) = %q, but %q with spaces around gives %q", name, id, name, again)
		}
	}
	if a, b := loader.PersonID("—"), loader.PersonID("***"); a == b {
		t.Errorf("PersonID(—) = PersonID(***) = %q; want different ids", a)
	}
	if a, b := loader.OfficeID("—", ""), loader.OfficeID("***", ""); a == b {
		t.Errorf("OfficeID(—) = OfficeID(***) = %q; want different ids", a)
	}
}
