package graph

// Letter is one sign-on letter as read from its source: who wrote it, to whom,
// when, and who signed it. The parser fills it; entity resolution turns its
// names into Organization and Person ids before the store writes it.
type Letter struct {
	// ID is a stable id derived from SHA256 (set by the loader).
	ID string `json:"id,omitempty"`
	// SHA256 is the hash of the normalized letter text: a letter's identity.
	SHA256 string `json:"sha256,omitempty"`
	// Source names where the letter came from (a file path or URL).
	Source string `json:"source,omitempty"`
	// Date is the letter's own date as YYYY-MM-DD, or "" when it has none.
	Date  string `json:"date"`
	Title string `json:"title,omitempty"`

	Salutation string   `json:"salutation,omitempty"`
	Recipients []Party  `json:"recipients"`
	CC         []Party  `json:"cc"`
	Body       string   `json:"body,omitempty"`
	Asks       []string `json:"asks,omitempty"`
	Closing    string   `json:"closing,omitempty"`

	Signatories []Signatory `json:"signatories"`

	// Text is the source text the fields were read from; Line numbers refer to it.
	Text string `json:"-"`
	// Lines gives the 1-based source line of the date, salutation and closing
	// (keys "date", "salutation", "closing"), for provenance.
	Lines map[string]int `json:"-"`

	// Stored-letter facts, filled when read back from the graph.
	Year              int `json:"-"`
	SignatureCount    int `json:"-"`
	OrganizationCount int `json:"-"`
	// Version rises with each correction (0: as loaded); CorrectedBy and
	// CorrectedAt name the last one.
	Version     int    `json:"-"`
	CorrectedBy string `json:"-"`
	CorrectedAt string `json:"-"`
}

// Party is a recipient or a cc of a letter: a person (with their title and
// organization) or an office or organization alone (Name empty).
type Party struct {
	Honorific    string `json:"honorific"`
	Name         string `json:"name"`
	Title        string `json:"title"`
	Organization string `json:"organization"`
	Address      string `json:"address,omitempty"`
	// Line is the 1-based line of the source text the party starts on.
	Line int `json:"-"`
}

// Signatory is one signature on a letter: a person signing (optionally for
// an organization), or an organization signing alone (Name empty).
type Signatory struct {
	Honorific    string   `json:"honorific"`
	Name         string   `json:"name"`
	Title        string   `json:"title"`
	Organization string   `json:"organization"`
	Affiliations []string `json:"affiliations,omitempty"`
	Address      string   `json:"address,omitempty"`
	// Period is when the signer held the title, as printed ("'98-'00",
	// "2004"), for signers who list past roles.
	Period string `json:"period,omitempty"`
	// OtherRoles are further roles printed in the same entry, after the
	// first (which gives Title and Organization).
	OtherRoles []SignatoryRole `json:"otherRoles,omitempty"`
	// Confidence is the parser's estimate that name, title and
	// organization are all read right (0 to 1); Reason says, when it is
	// low, what makes the parser unsure.
	Confidence float64 `json:"confidence,omitempty"`
	Reason     string  `json:"reason,omitempty"`
	// Layout is how the signature was printed, as the parser read it:
	// "blocks", "list", "organizations", "table"; Evidence names the
	// decisions the parser made for it ("title split from its body").
	Layout   string   `json:"-"`
	Evidence []string `json:"-"`
	// Line and EndLine are the 1-based first and last source lines of the
	// signature; the Lines fields give each part's own line (0 when absent).
	Line             int `json:"-"`
	EndLine          int `json:"-"`
	NameLine         int `json:"-"`
	TitleLine        int `json:"-"`
	OrganizationLine int `json:"-"`
}

// SignatoryRole is one more role a signer lists: a past command, a second
// office.
type SignatoryRole struct {
	Title        string `json:"title,omitempty"`
	Organization string `json:"organization,omitempty"`
	Period       string `json:"period,omitempty"`
}
