package main

import (
	"context"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
	"github.com/coalition-graph/coalition/resolvers"
)

// importer wires the importLetter mutation to the loader: parse one
// plain-text letter, resolve its names, write it, and bring this server's
// projection up to date at once (other replicas see it at their next poll).
func importer(store *graph.Store, coSigning *graph.Projection) resolvers.Importer {
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
		if _, err := store.WriteRoles(ctx, batch); err != nil {
			return nil, false, nil, err
		}
		if _, err := coSigning.Refresh(ctx); err != nil {
			return nil, false, nil, err
		}
		stored, err := store.FindLetterByID(ctx, batch[0].Letter.ID)
		if err != nil {
			return nil, false, nil, err
		}
		return stored, len(res.Unchanged) > 0, parsed, nil
	}
}

// coSigningUpdater brings this server's co-signing projection up to date
// after an edit, before the edit answers, so partners, pairs and networks
// show it at once (other replicas see it at their next poll). nil: no
// projection to keep (coalition aliases).
func coSigningUpdater(coSigning *graph.Projection) func(context.Context, graph.SaveResult) error {
	return func(ctx context.Context, _ graph.SaveResult) error {
		if coSigning == nil {
			return nil
		}
		_, err := coSigning.Refresh(ctx)
		return err
	}
}
