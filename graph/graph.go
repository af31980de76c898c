// Package graph owns the coalition domain (letters, people, organizations,
// signatures, roles, recipients, co-signing) and its Neo4j store: connecting,
// schema migration, batched writes and the read queries behind every
// coalition question. It is the only package that speaks Cypher.
package graph

// Entity kinds, as ids are prefixed and as the API names them.
const (
	KindOrganization = "organization"
	KindPerson       = "person"
	KindLetter       = "letter"
	KindOffice       = "office"
)

// Organization is a group that signs letters.
type Organization struct {
	ID          string
	Name        string
	Aliases     []string
	LetterCount int
}

// Person is someone who signs letters or receives them.
type Person struct {
	ID        string
	Name      string
	Honorific string
	// Aliases are other names the loader merged into this person (by the
	// aliases file or by rule; load --report says which).
	Aliases []string
}

// Role is a title a person held at an organization, with the first and last
// dated letters that show it and every letter that does.
type Role struct {
	PersonID       string
	OrganizationID string
	Title          string
	From, To       string // YYYY-MM-DD; "" when no letter showing it is dated
	LetterIDs      []string
}

// Recipient is a person, organization or office a letter is addressed or
// copied to.
type Recipient struct {
	ID           string
	Kind         string // KindPerson, KindOrganization or KindOffice
	Name         string
	Honorific    string
	Title        string
	Organization string
}

// RecipientCount says how often a set of letters went to one recipient.
type RecipientCount struct {
	Recipient
	Letters     int
	FirstDate   string
	LastDate    string
	AddressKind string // "to" or "cc"
}

// SignatureRow is one signature on a letter as stored.
// It carries its person and organization, read with it: a letter's
// signatories are nearly always shown with their names.
type SignatureRow struct {
	Position     int
	Line         int
	Title        string
	Person       *Person       // nil for an organization signing alone
	Organization *Organization // nil for a person signing for none
	Provenance   string        // ProvenanceParsed or ProvenanceCorrected
}

// CoSigner is a coalition partner of an organization: how much they co-sign.
type CoSigner struct {
	OrganizationID string
	Shared         int
	Jaccard        float64
	Weighted       float64
	FirstDate      string
	LastDate       string
	// Of is the organization whose partner this is (for listing shared letters).
	Of string

	rank int32 // the partner's place in name order, for ranking
}

// PartnerYear lists an organization's top partners in one year.
type PartnerYear struct {
	Year     int
	Letters  int
	Partners []*CoSigner
}

// Pair is two organizations that co-sign, and how much.
type Pair struct {
	A, B      string // organization ids, A < B
	Shared    int
	Jaccard   float64
	Weighted  float64
	FirstDate string
	LastDate  string

	rankA, rankB int32 // A's and B's places in name order, for ranking
}

// Mover is a person seen at more than one organization.
type Mover struct {
	PersonID string
	Roles    []*Role
}

// Community is a cluster of organizations that co-sign more with each other
// than with the rest, and its members that tie it to other clusters.
type Community struct {
	ID      int
	Members []string // organization ids, busiest first
	Bridges []Bridge
}

// Bridge is a community member with co-signing ties into other communities.
type Bridge struct {
	OrganizationID string
	Communities    int
	Ties           int
}

// Network is a subgraph for the visualization.
type Network struct {
	Nodes     []NetworkNode
	Edges     []NetworkEdge
	Truncated bool
	// EdgeCount is how many edges the nodes have among them; Edges holds
	// fewer, the strongest, when EdgesTruncated (NetworkQuery.MaxEdges).
	EdgeCount      int
	EdgesTruncated bool
}

// NetworkNode is one node of a Network or Path.
type NetworkNode struct {
	ID        string
	Kind      string
	Label     string
	Weight    float64
	Community int
}

// NetworkEdge is one edge of a Network or Path.
type NetworkEdge struct {
	ID     string
	Source string
	Target string
	Weight float64
	Kind   string
}

// Path is a shortest connection between two entities.
type Path struct {
	Nodes []NetworkNode
	Edges []NetworkEdge
}

// SearchHit is one full-text search result.
type SearchHit struct {
	Kind   string
	ID     string
	Name   string
	Detail string
	Score  float64
}

// Stats are totals over the whole graph.
type Stats struct {
	Letters       int
	Organizations int
	People        int
	Signatures    int
	Recipients    int
	CoSignedPairs int // distinct pairs of organizations that signed a letter together
	FirstDate     string
	LastDate      string
}

// Window restricts co-signing to letters dated in years From..To (inclusive);
// zero means open.
type Window struct {
	From, To int
}

// Open reports whether the window has no bounds.
func (w Window) Open() bool { return w.From == 0 && w.To == 0 }

// Page is offset pagination: First items after Offset.
type Page struct {
	First  int
	Offset int
}

// Size is the number of members.
func (c *Community) Size() int { return len(c.Members) }

// Length is the number of hops.
func (p *Path) Length() int { return len(p.Edges) }
