package graph

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// LetterDraft is a letter as an analyst edits it: what the parser read (or
// what the graph holds), every field open to change, before it is saved.
// A draft with no ID is a new letter; one with an ID corrects that letter,
// and Version is the version the analyst started from.
type LetterDraft struct {
	ID      string
	SHA256  string
	Version int
	Source  string
	// Text is the source text; line numbers refer to it. A letter's
	// identity is the hash of its normalized text, so it cannot be edited.
	Text        string
	Date        string
	Title       string
	Recipients  []Party
	CC          []Party
	Signatories []DraftSignatory
	// Corrected is set when the draft comes from a saved correction.
	Corrected   bool
	CorrectedBy string
	CorrectedAt string
}

// DraftSignatory is one signatory of a draft. PersonID and OrganizationID
// are set when the analyst picked an entity from the graph; empty, the
// names are resolved as a load resolves them.
type DraftSignatory struct {
	Honorific      string
	Name           string
	Title          string
	Organization   string
	PersonID       string
	OrganizationID string
	// Line and EndLine are the source lines the parser read it from (0: none).
	Line    int
	EndLine int
	// Confidence and Reason are the parser's (see Signatory).
	Confidence float64
	Reason     string
	// Provenance is ProvenanceParsed or ProvenanceCorrected.
	Provenance string
}

// Where a signature came from: as the parser read it, or as an analyst
// corrected or added it.
const (
	ProvenanceParsed    = "parsed"
	ProvenanceCorrected = "corrected"
)

// Limits on what an edit may hold. They are generous for real letters (the
// longest in the corpus has 2,000 signatories) and keep one save small
// enough to write in one transaction.
const (
	MaxDraftSignatories = 5000
	MaxDraftParties     = 200
	MaxNameLength       = 200
	MaxHonorificLength  = 40
	MaxFieldLength      = 300
	MaxTitleLength      = 500
	MaxSourceLength     = 300
	MaxTextBytes        = 1 << 20
)

var shaPattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

const letterIDPrefix = "letter:"

// problems collects what is wrong with an edit, each with its field.
type problems []string

func (p *problems) add(field, format string, args ...any) {
	*p = append(*p, field+": "+fmt.Sprintf(format, args...))
}

// err returns an EINVALID error listing the first problems, or nil.
func (p problems) err(what string) error {
	if len(p) == 0 {
		return nil
	}
	shown := p
	if len(shown) > 10 {
		shown = shown[:10]
	}
	more := ""
	if len(p) > len(shown) {
		more = fmt.Sprintf("; and %d more", len(p)-len(shown))
	}
	return Errorf(EINVALID, "%s: %s%s", what, strings.Join(shown, "; "), more)
}

// text checks one free-text field: valid UTF-8, no control characters,
// at most max characters, and present when required.
func (p *problems) text(field, v string, max int, required bool) {
	switch {
	case !utf8.ValidString(v):
		p.add(field, "not valid UTF-8")
	case required && strings.TrimSpace(v) == "":
		p.add(field, "required")
	case utf8.RuneCountInString(v) > max:
		p.add(field, "too long (%d characters; at most %d)", utf8.RuneCountInString(v), max)
	case strings.ContainsFunc(v, func(r rune) bool { return unicode.IsControl(r) }):
		p.add(field, "contains a control character")
	}
}

// Validate checks a draft before it is resolved and saved; the error lists
// every problem with its field, such as "signatories[2].name: too long".
func (d *LetterDraft) Validate() error {
	var p problems
	switch {
	case d.ID != "" && !strings.HasPrefix(d.ID, letterIDPrefix):
		p.add("id", "%q is not a letter id (letter:…)", d.ID)
	case d.ID != "" && d.Version < 0:
		p.add("version", "must not be negative")
	}
	if d.ID == "" {
		p.checkText(d.Text, d.SHA256)
	}
	p.text("source", d.Source, MaxSourceLength, false)
	p.text("title", d.Title, MaxTitleLength, false)
	if d.Date != "" && !ValidDate(d.Date) {
		p.add("date", "%q is not a date: want YYYY-MM-DD (a real day) or YYYY-MM, years 1600 to 2100, or leave it empty", d.Date)
	}
	p.parties("recipients", d.Recipients)
	p.parties("cc", d.CC)
	lines := -1 // a letter read from JSON or CSV has no text to hold lines
	if d.Text != "" {
		lines = strings.Count(d.Text, "\n") + 1
	}
	p.signatories(d.Signatories, lines)
	return p.err("the letter cannot be saved")
}

// checkText checks a new letter's text, or the hash that names a letter
// read from structured data (JSON, CSV), which has no text.
func (p *problems) checkText(text, sha string) {
	switch {
	case len(text) > MaxTextBytes:
		p.add("text", "too long (%d bytes; at most %d)", len(text), MaxTextBytes)
	case !utf8.ValidString(text):
		p.add("text", "not valid UTF-8")
	case strings.TrimSpace(text) == "" && sha == "":
		p.add("text", "required: paste the letter or drop its file")
	case strings.TrimSpace(text) == "" && !shaPattern.MatchString(sha):
		p.add("sha256", "want the 64 hex digits the parse gave")
	}
}

func (p *problems) parties(field string, parties []Party) {
	if len(parties) > MaxDraftParties {
		p.add(field, "too many (%d; at most %d)", len(parties), MaxDraftParties)
		return
	}
	for i, r := range parties {
		f := fmt.Sprintf("%s[%d]", field, i)
		p.text(f+".honorific", r.Honorific, MaxHonorificLength, false)
		p.text(f+".name", r.Name, MaxNameLength, false)
		p.text(f+".title", r.Title, MaxFieldLength, false)
		p.text(f+".organization", r.Organization, MaxFieldLength, false)
		if strings.TrimSpace(r.Name+r.Title+r.Organization) == "" {
			p.add(f, "give a name, a title or an organization (or remove it)")
		}
	}
}

func (p *problems) signatories(sigs []DraftSignatory, lines int) {
	switch {
	case len(sigs) == 0:
		p.add("signatories", "a letter needs at least one signatory")
	case len(sigs) > MaxDraftSignatories:
		p.add("signatories", "too many (%d; at most %d)", len(sigs), MaxDraftSignatories)
		return
	}
	for i, s := range sigs {
		f := fmt.Sprintf("signatories[%d]", i)
		p.text(f+".honorific", s.Honorific, MaxHonorificLength, false)
		p.text(f+".name", s.Name, MaxNameLength, false)
		p.text(f+".title", s.Title, MaxFieldLength, false)
		p.text(f+".organization", s.Organization, MaxFieldLength, false)
		if strings.TrimSpace(s.Name) == "" && strings.TrimSpace(s.Organization) == "" && s.OrganizationID == "" {
			p.add(f, "give a name or an organization (or remove the signatory)")
		}
		if strings.TrimSpace(s.Name) == "" && s.PersonID != "" {
			p.add(f+".personId", "given without a name")
		}
		if s.PersonID != "" && !strings.HasPrefix(s.PersonID, "person:") {
			p.add(f+".personId", "%q is not a person id (person:…)", s.PersonID)
		}
		if s.OrganizationID != "" && !strings.HasPrefix(s.OrganizationID, "org:") {
			p.add(f+".organizationId", "%q is not an organization id (org:…)", s.OrganizationID)
		}
		if s.Line < 0 || s.EndLine < 0 || lines >= 0 && (s.Line > lines || s.EndLine > lines) {
			p.add(f+".line", "outside the text's %d lines", lines)
		}
		if s.Provenance != "" && s.Provenance != ProvenanceParsed && s.Provenance != ProvenanceCorrected {
			p.add(f+".provenance", "want %q or %q", ProvenanceParsed, ProvenanceCorrected)
		}
	}
}

// ValidDate reports whether s is a real calendar day as YYYY-MM-DD, or a
// month as YYYY-MM (a letter dated "July 2026"), in the years letters are
// written in.
func ValidDate(s string) bool {
	layout := "2006-01-02"
	if len(s) == len("2006-01") {
		layout = "2006-01"
	}
	t, err := time.Parse(layout, s)
	return err == nil && t.Year() >= 1600 && t.Year() <= 2100
}
