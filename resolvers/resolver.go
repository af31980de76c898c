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

// Resolver holds what the resolvers need.
type Resolver struct {
	Store *graph.Store
	// CoSigning answers partners, pairs, networks, communities and the
	// count of pairs, from the in-memory projection serve keeps current.
	CoSigning *graph.Projection
	// Import is nil when importing is switched off (no token configured).
	Import Importer
}
