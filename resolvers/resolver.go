// Package resolvers answers the GraphQL API (schema/*.graphqls): thin
// resolvers that turn arguments into graph.Store calls, dataloaders that
// batch nested fields, and the error presenter. gqlgen's generated executor
// lives in resolvers/generated and is never edited by hand.
package resolvers

//go:generate go tool gqlgen generate

import (
	"context"

	"github.com/coalition-graph/coalition/graph"
)

// Importer parses one plain-text letter and loads it; the mutation
// importLetter calls it. cmd wires it to the loader.
type Importer func(ctx context.Context, source, text string) (letter *graph.Letter, unchanged bool, parsed []byte, err error)

// Editor carries out the analyst's review loop (edit.Service is one; cmd
// wires it): parse and save letters, resolve names, list duplicate
// candidates, decide merges. by is who edits.
type Editor interface {
	Parse(ctx context.Context, u graph.Upload) (*graph.ParsedLetter, error)
	Draft(ctx context.Context, letterID string) (*graph.LetterDraft, error)
	Save(ctx context.Context, d *graph.LetterDraft, by string) (graph.SaveResult, error)
	ResolveNames(ctx context.Context, organizations, people []string) ([]graph.NameMatch, error)
	Candidates(ctx context.Context, kind string, p graph.Page) ([]*graph.DuplicateCandidate, int, error)
	Merge(ctx context.Context, keepID, otherID, by string) (*graph.MergeDecision, error)
	KeepApart(ctx context.Context, aID, bID, by string) (*graph.MergeDecision, error)
	Undo(ctx context.Context, decisionID, by string) (*graph.MergeDecision, error)
	Decisions(ctx context.Context, status string, p graph.Page) ([]*graph.MergeDecision, error)
	ExportAliases(ctx context.Context) (string, error)
	ImportAliases(ctx context.Context, text, by string) (*graph.AliasesImport, error)
}

// Resolver holds what the resolvers need.
type Resolver struct {
	Store *graph.Store
	// CoSigning answers partners, pairs, networks, communities and the
	// count of pairs, from the in-memory projection serve keeps current.
	CoSigning *graph.Projection
	// Import is nil when importing is switched off (no token configured).
	Import Importer
	// Edit carries out edits and reviews; nil answers that the review
	// loop is not available.
	Edit Editor
}

// editing returns the Editor and who edits, or FORBIDDEN when the request
// may not edit.
func (r *Resolver) editing(ctx context.Context) (Editor, string, error) {
	who, err := mayEdit(ctx)
	if err != nil {
		return nil, "", err
	}
	e, err := r.editor()
	return e, who, err
}

// editor returns the Editor, or an error when none is wired.
func (r *Resolver) editor() (Editor, error) {
	if r.Edit == nil {
		return nil, graph.Errorf(graph.EFORBIDDEN, "this server has no review loop")
	}
	return r.Edit, nil
}
