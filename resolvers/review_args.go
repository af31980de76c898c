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
