package loader

import (
	"context"
	"fmt"

	"github.com/coalition-graph/coalition/graph"
)

// An analyst sees a letter as a draft (graph.LetterDraft), corrects it, and
// saves it; the draft of a letter the parser read is DraftOf, and a saved
// correction is laid back over a letter read again by ApplyDraft.

// DraftOf returns a parsed letter as a draft for an analyst to check: every
// signatory as the parser read it, with its lines and confidence.
func DraftOf(l *graph.Letter) *graph.LetterDraft {
	d := &graph.LetterDraft{SHA256: l.SHA256, Source: l.Source, Text: l.Text, Date: l.Date, Title: l.Title,
		Recipients: l.Recipients, CC: l.CC}
	for _, s := range l.Signatories {
		d.Signatories = append(d.Signatories, graph.DraftSignatory{
			Honorific: s.Honorific, Name: s.Name, Title: s.Title, Organization: s.Organization,
			Line: s.Line, EndLine: s.EndLine, Confidence: s.Confidence, Reason: s.Reason,
			Provenance: graph.ProvenanceParsed,
		})
	}
	return d
}

// ApplyDraft replaces what a letter says (date, title, recipients, cc,
// signatories) with a draft's; its identity, source and text stay.
func ApplyDraft(l *graph.Letter, d *graph.LetterDraft) {
	l.Date, l.Title = d.Date, d.Title
	l.Recipients, l.CC = d.Recipients, d.CC
	l.Signatories = l.Signatories[:0:0]
	for _, s := range d.Signatories {
		sig := graph.Signatory{
			Honorific: s.Honorific, Name: s.Name, Title: s.Title, Organization: s.Organization,
			Line: s.Line, EndLine: s.EndLine, Confidence: s.Confidence, Reason: s.Reason,
		}
		if s.Provenance == graph.ProvenanceCorrected { // an analyst checked it
			sig.Confidence, sig.Reason = 1, ""
		}
		l.Signatories = append(l.Signatories, sig)
	}
}

// Corrections finds the saved corrections of letters by content hash;
// graph.Store.Corrections is one.
type Corrections func(ctx context.Context, shas []string) (map[string]*graph.LetterDraft, error)

// applyCorrections lays saved corrections over the letters read, so a
// letter an analyst corrected loads as corrected, not as parsed.
func applyCorrections(ctx context.Context, find Corrections, letters []letterFile) (int, error) {
	if find == nil || len(letters) == 0 {
		return 0, nil
	}
	shas := make([]string, len(letters))
	for i, lf := range letters {
		shas[i] = lf.letter.SHA256
	}
	found, err := find(ctx, shas)
	if err != nil {
		return 0, fmt.Errorf("load: read corrections: %w", err)
	}
	for _, lf := range letters {
		if d := found[lf.letter.SHA256]; d != nil {
			ApplyDraft(lf.letter, d)
		}
	}
	return len(found), nil
}
