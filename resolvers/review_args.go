package resolvers

import (
	"encoding/base64"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers/model"
)

// upload validates parseLetter's input: text, or a file name with its
// bytes in base64.
func upload(in model.ParseLetterInput) (graph.Upload, error) {
	u := graph.Upload{Text: str(in.Text), Filename: str(in.Filename)}
	if in.Data != nil && *in.Data != "" {
		data, err := base64.StdEncoding.DecodeString(*in.Data)
		if err != nil {
			return u, graph.Errorf(graph.EINVALID, "data: not base64 (%v)", err)
		}
		if u.Filename == "" {
			return u, graph.Errorf(graph.EINVALID, "filename: required with data (its extension says how to read the file)")
		}
		u.Data = data
	}
	if u.Text == "" && len(u.Data) == 0 {
		return u, graph.Errorf(graph.EINVALID, "text or data: paste the letter or drop its file")
	}
	return u, nil
}

// entityKind validates an optional kind filter.
func entityKind(kind *string) (string, error) {
	switch k := str(kind); k {
	case "", graph.KindOrganization, graph.KindPerson:
		return k, nil
	default:
		return "", graph.Errorf(graph.EINVALID, "kind must be organization or person (got %q)", k)
	}
}

// offsetPage validates first and offset.
func offsetPage(first, offset *int) (graph.Page, error) {
	size, err := pageSize(first, 20)
	if err != nil {
		return graph.Page{}, err
	}
	off, err := atLeast(offset, 0, 0, "offset")
	return graph.Page{First: size, Offset: off}, err
}

// decisionStatus validates an optional status filter.
func decisionStatus(s *string) (string, error) {
	switch st := str(s); st {
	case "", graph.StatusMerged, graph.StatusSplit, graph.StatusDifferent, graph.StatusUndone:
		return st, nil
	default:
		return "", graph.Errorf(graph.EINVALID, "status must be merged, split, different or undone (got %q)", st)
	}
}

// maxAliasesBytes bounds an imported aliases file.
const maxAliasesBytes = 1 << 20

// draftOf turns saveLetter's input into a draft; a null field is empty.
func draftOf(in model.LetterInput) *graph.LetterDraft {
	d := &graph.LetterDraft{ID: str(in.ID), Version: deref(in.Version), SHA256: str(in.Sha256), Source: str(in.Source),
		Text: str(in.Text), Date: str(in.Date), Title: str(in.Title), Recipients: parties(in.Recipients), CC: parties(in.Cc)}
	for _, s := range in.Signatories {
		if s == nil {
			continue
		}
		d.Signatories = append(d.Signatories, graph.DraftSignatory{
			Honorific: str(s.Honorific), Name: str(s.Name), Title: str(s.Title), Organization: str(s.Organization),
			PersonID: str(s.PersonID), OrganizationID: str(s.OrganizationID), Line: deref(s.Line), EndLine: deref(s.EndLine),
			Confidence: deref(s.Confidence), Reason: str(s.Reason), Provenance: str(s.Provenance),
		})
	}
	return d
}

func parties(in []*model.PartyInput) []graph.Party {
	out := make([]graph.Party, 0, len(in))
	for _, p := range in {
		if p != nil {
			out = append(out, graph.Party{Honorific: str(p.Honorific), Name: str(p.Name), Title: str(p.Title), Organization: str(p.Organization)})
		}
	}
	return out
}
