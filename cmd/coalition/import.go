package main

import (
	"context"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/resolvers"
)

// importer wires the importLetter mutation to the loader: parse one
// plain-text letter, resolve its names, write it.
func importer(store *graph.Store) resolvers.Importer {
	return func(ctx context.Context, source, text string) (*graph.Letter, bool, []byte, error) {
		if source == "" {
			source = "import"
		}
		known, err := store.OrganizationNames(ctx)
		if err != nil {
			return nil, false, nil, err
		}
		letter, err := loader.ParseWith(source, text, loader.Options{KnownOrganizations: known})
		if err != nil {
			return nil, false, nil, graph.Errorf(graph.EINVALID, "%v", err)
		}
		parsed, err := loader.AnswerJSON(letter)
		if err != nil {
			return nil, false, nil, err
		}
		batch := loader.NewResolver(nil).Resolve([]*graph.Letter{letter})
		res, err := store.WriteLetters(ctx, batch)
		if err != nil {
			return nil, false, nil, err
		}
		if _, err := store.UpdateCoSigning(ctx, nil); err != nil {
			return nil, false, nil, err
		}
		stored, err := store.FindLetterByID(ctx, batch[0].Letter.ID)
		if err != nil {
			return nil, false, nil, err
		}
		return stored, len(res.Unchanged) > 0, parsed, nil
	}
}

// coSigningUpdater brings co-signing up to date after an edit, before the
// edit answers, so partners, pairs and networks show it at once.
func coSigningUpdater(store *graph.Store) func(context.Context, graph.SaveResult) error {
	return func(ctx context.Context, _ graph.SaveResult) error {
		_, err := store.UpdateCoSigning(ctx, nil)
		return err
	}
}
