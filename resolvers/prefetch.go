package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/coalition-graph/coalition/graph"
)

// A list resolver looks ahead at the fields the query asks of its items and
// fetches them for the whole list, one query per level, before gqlgen
// resolves the items. This keeps the round trips of a nested page fixed
// (page, organizations' letters, letters, signatures with their people and
// organizations) whatever the timing of the item resolvers; the timed
// batching of the loaders covers the rest.

// selected returns the sub-selection at path below the current field.
func selected(ctx context.Context, path ...string) (graphql.CollectedField, bool) {
	if !graphql.HasOperationContext(ctx) {
		return graphql.CollectedField{}, false
	}
	op := graphql.GetOperationContext(ctx)
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return graphql.CollectedField{}, false
	}
	f := fc.Field
	for _, name := range path {
		found := false
		for _, c := range graphql.CollectFields(op, f.Selections, nil) {
			if c.Name == name {
				f, found = c, true
				break
			}
		}
		if !found {
			return f, false
		}
	}
	return f, true
}

// firstArg reads a field's first argument, with the schema default def.
func firstArg(ctx context.Context, f graphql.CollectedField, def int) int {
	args := f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
	if n, ok := args["first"].(int64); ok && n > 0 {
		return min(int(n), maxPage)
	}
	if n, ok := args["first"].(int); ok && n > 0 {
		return min(n, maxPage)
	}
	return def
}

// prefetchOrganizations loads what a page of organizations will be asked for.
func (r *Resolver) prefetchOrganizations(ctx context.Context, orgs []*graph.Organization, path ...string) error {
	lettersField, ok := selected(ctx, append(path, "letters")...)
	if !ok || len(orgs) == 0 {
		return nil
	}
	l := loadersFor(ctx, r.Store)
	ids := make([]string, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	if err := l.organizationLetters.prime(ctx, ids); err != nil {
		return err
	}
	n := firstArg(ctx, lettersField, 20)
	var letterIDs []string
	for _, id := range ids {
		got, err := l.organizationLetters.load(ctx, id) // primed: no round trip
		if err != nil {
			return err
		}
		letterIDs = append(letterIDs, got[:min(n, len(got))]...)
	}
	return r.prefetchLetters(ctx, letterIDs, append(path, "letters")...)
}

// prefetchLetters loads letters and what a list of them will be asked for.
func (r *Resolver) prefetchLetters(ctx context.Context, ids []string, path ...string) error {
	l := loadersFor(ctx, r.Store)
	if err := l.letters.prime(ctx, ids); err != nil {
		return err
	}
	if _, ok := selected(ctx, append(path, "signatories")...); !ok {
		return nil
	}
	// Signatures come with their people and organizations.
	return l.signatures.prime(ctx, ids)
}

func letterIDs(letters []*graph.Letter) []string {
	ids := make([]string, len(letters))
	for i, l := range letters {
		ids[i] = l.ID
	}
	return ids
}

// primeOrganizations fetches in one query the organizations a list's items
// will be asked for under any of fields, so their resolvers find them
// without waiting for the loader's batching window.
func (r *Resolver) primeOrganizations(ctx context.Context, ids []string, fields ...string) error {
	for _, f := range fields {
		if _, ok := selected(ctx, f); ok {
			return loadersFor(ctx, r.Store).organizations.prime(ctx, ids)
		}
	}
	return nil
}
