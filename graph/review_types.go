package graph

// The analyst's review loop, as the API shows it: a letter parsed into a
// draft, names resolved against the graph, candidate duplicates side by
// side, and what an aliases file imported. The edit package makes them.

// Upload is a letter an analyst pastes (Text) or drops (Filename and Data).
type Upload struct {
	Text     string
	Filename string
	Data     []byte
}

// ParsedLetter is what the parser made of an upload, as a draft to check,
// and the letter already in the graph with the same content, if any.
type ParsedLetter struct {
	Draft    *LetterDraft
	Format   string // text, pdf, json or csv
	Existing *Letter
}

// NameMatch says which entity a name typed into a draft resolves to, and
// whether saving it would create that entity.
type NameMatch struct {
	Kind string
	Name string
	ID   string
	// Exists is false when saving would create a new entity; Existing is
	// then empty, else the entity's name in the graph.
	Exists   bool
	Existing string
}

// DuplicateCandidate is a pair that may be one entity, and the evidence.
type DuplicateCandidate struct {
	Kind     string
	A, B     *CandidateSide
	Score    float64
	Reason   string
	Evidence []string
	// SharedCoSigners are organizations on letters of both (their own
	// letters' other signers, for organizations; the organizations they
	// signed with, for people), most shared first.
	SharedCoSigners []string
	// SharedLetters counts letters both signed: two names on one letter
	// are nearly always two entities.
	SharedLetters int
}

// CandidateSide is one entity of a candidate pair, as the graph has it.
type CandidateSide struct {
	ID        string
	Name      string
	Honorific string
	Aliases   []string
	// LetterIDs are its letters, newest first; FirstDate and LastDate the
	// dated ones' span.
	LetterIDs []string
	FirstDate string
	LastDate  string
	// Titles: a person's "Title, Organization"; the people who signed for
	// an organization, "Name, Title".
	Titles []string
}

// LetterCount is how many letters it signed.
func (c *CandidateSide) LetterCount() int { return len(c.LetterIDs) }

// AliasesImport says what importing an aliases file decided.
type AliasesImport struct {
	Merged    []*MergeDecision
	KeptApart []*MergeDecision
	// Skipped lists lines that named no entity in the graph, or one
	// already merged as asked: loads still use them.
	Skipped []string
}
