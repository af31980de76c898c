// Package edit is the analyst's review loop: a letter parsed into a draft,
// checked and corrected, and saved; the duplicate candidates of the graph,
// ranked by evidence; merge, keep-apart and split decisions; and those
// decisions as an aliases file. It joins the loader (parsing and name
// resolution) to the graph store (the writes), so neither knows the other,
// and the resolvers stay one call deep.
package edit

import (
	"context"
	"sync"

	"github.com/coalition-graph/coalition/graph"
)

// Service carries out analysts' edits. It is safe for concurrent use.
type Service struct {
	store *graph.Store
	// changed, when set, is told after every write what it touched, before
	// the write's answer goes out: serve brings the co-signing projection
	// up to date with it, so partners and networks show the change at once.
	changed func(ctx context.Context, res graph.SaveResult) error

	mu         sync.Mutex // guards candidates
	candidates candidateCache
}

// New returns a Service writing to store; changed (may be nil) is told of
// each write.
func New(store *graph.Store, changed func(ctx context.Context, res graph.SaveResult) error) *Service {
	return &Service{store: store, changed: changed}
}

// wrote tells the hook of a write and drops the cached candidates.
func (s *Service) wrote(ctx context.Context, res graph.SaveResult) error {
	s.mu.Lock()
	s.candidates = candidateCache{}
	s.mu.Unlock()
	if s.changed == nil {
		return nil
	}
	return s.changed(ctx, res)
}
