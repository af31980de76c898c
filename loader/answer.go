package loader

import (
	"bytes"
	"encoding/json"

	"github.com/coalition-graph/coalition/graph"
)

// answerParty is a person or organization entry in the answer-file shape:
// null for an empty field, affiliations and address only when present.
type answerParty struct {
	Name         *string  `json:"name"`
	Honorific    *string  `json:"honorific"`
	Title        *string  `json:"title"`
	Organization *string  `json:"organization"`
	Affiliations []string `json:"affiliations,omitempty"`
	Address      string   `json:"address,omitempty"`
	Confidence   float64  `json:"confidence,omitempty"` // signatories only
	Reason       string   `json:"reason,omitempty"`     // why a signatory is flagged
}

// answer is the compared part of an answer file, in its key order.
type answer struct {
	Date        *string       `json:"date"`
	Title       *string       `json:"title"`
	Salutation  *string       `json:"salutation"`
	Recipients  []answerParty `json:"recipients"`
	CC          []answerParty `json:"cc"`
	Signatories []answerParty `json:"signatories"`
}

// AnswerJSON renders a parsed letter in the shape of the hand-checked
// answer files (what `coalition parse FILE` prints).
func AnswerJSON(l *graph.Letter) ([]byte, error) {
	a := answer{
		Date:        null(l.Date),
		Title:       null(l.Title),
		Salutation:  null(l.Salutation),
		Recipients:  parties(l.Recipients),
		CC:          parties(l.CC),
		Signatories: make([]answerParty, 0, len(l.Signatories)),
	}
	for _, s := range l.Signatories {
		a.Signatories = append(a.Signatories, answerParty{
			Name: null(s.Name), Honorific: null(s.Honorific), Title: null(s.Title),
			Organization: null(s.Organization), Affiliations: s.Affiliations, Address: s.Address,
			Confidence: s.Confidence, Reason: s.Reason,
		})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "&" as printed, like the answer files
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func parties(ps []graph.Party) []answerParty {
	out := make([]answerParty, 0, len(ps))
	for _, p := range ps {
		out = append(out, answerParty{
			Name: null(p.Name), Honorific: null(p.Honorific), Title: null(p.Title),
			Organization: null(p.Organization), Address: p.Address,
		})
	}
	return out
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
