package resolvers

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/coalition-graph/coalition/graph"
)

// loader batches the keys asked for during one short window into one fetch,
// so a list of 50 items whose resolvers each ask for a related item costs one
// Neo4j round trip, not 50.
type loader[V any] struct {
	fetch func(ctx context.Context, keys []string) (map[string]V, error)

	mu    sync.Mutex
	batch *batch[V]
}

type batch[V any] struct {
	keys    []string
	seen    map[string]bool
	done    chan struct{}
	results map[string]V
	err     error
	started bool
}

const (
	loaderWait     = 2 * time.Millisecond
	loaderMaxBatch = 500
)

// load returns the value for key (the zero value when there is none).
func (l *loader[V]) load(ctx context.Context, key string) (V, error) {
	b := l.enqueue(ctx, key)
	select {
	case <-b.done:
		return b.results[key], b.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}

// loadMany returns the values for keys in order, from as few batches as fit.
func (l *loader[V]) loadMany(ctx context.Context, keys []string) ([]V, error) {
	batches := make([]*batch[V], len(keys))
	for i, k := range keys {
		batches[i] = l.enqueue(ctx, k)
	}
	out := make([]V, len(keys))
	for i, b := range batches {
		select {
		case <-b.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if b.err != nil {
			return nil, b.err
		}
		out[i] = b.results[keys[i]]
	}
	return out, nil
}

// enqueue adds key to the open batch, opening one (and its timer) if needed.
func (l *loader[V]) enqueue(ctx context.Context, key string) *batch[V] {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.batch
	if b == nil {
		b = &batch[V]{seen: map[string]bool{}, done: make(chan struct{})}
		l.batch = b
		time.AfterFunc(loaderWait, func() { l.run(ctx, b) })
	}
	if !b.seen[key] {
		b.seen[key] = true
		b.keys = append(b.keys, key)
	}
	if len(b.keys) >= loaderMaxBatch {
		l.batch = nil
		go l.run(ctx, b)
	}
	return b
}

// run fetches a batch once: either its timer fired or it filled up, and
// whichever comes second finds it started and returns.
func (l *loader[V]) run(ctx context.Context, b *batch[V]) {
	l.mu.Lock()
	if l.batch == b {
		l.batch = nil
	}
	started := b.started
	b.started = true
	l.mu.Unlock()
	if started {
		return
	}
	b.results, b.err = l.fetch(ctx, b.keys)
	close(b.done)
}

// maxNested caps the nested letter lists a loader fetches per item; the
// resolver then trims to the requested first.
const maxNested = maxPage

// loaders are the per-request dataloaders.
type loaders struct {
	organizations       loader[*graph.Organization]
	people              loader[*graph.Person]
	letters             loader[*graph.Letter]
	signatures          loader[[]*graph.SignatureRow]
	addressees          loader[*graph.Addressees]
	organizationLetters loader[[]string]
	personLetters       loader[[]string]
	roles               loader[[]*graph.Role]
	sharedLetters       loader[[]string]
}

func newLoaders(s *graph.Store) *loaders {
	l := &loaders{}
	l.organizations.fetch = s.OrganizationsByID
	l.people.fetch = s.PeopleByID
	l.letters.fetch = s.LettersByID
	l.signatures.fetch = s.LetterSignatures
	l.addressees.fetch = s.LetterAddressees
	l.roles.fetch = s.RolesOfPeople
	l.organizationLetters.fetch = func(ctx context.Context, ids []string) (map[string][]string, error) {
		return s.OrganizationLetters(ctx, ids, maxNested)
	}
	l.personLetters.fetch = func(ctx context.Context, ids []string) (map[string][]string, error) {
		return s.PersonLetters(ctx, ids, maxNested)
	}
	l.sharedLetters.fetch = func(ctx context.Context, keys []string) (map[string][]string, error) {
		pairs := make([][2]string, 0, len(keys))
		for _, k := range keys {
			pairs = append(pairs, splitPairKey(k))
		}
		return s.SharedLetters(ctx, pairs, maxNested)
	}
	return l
}

type loadersKey struct{}

// WithLoaders gives every request its own dataloaders, so batches never mix
// requests and nothing is cached between them.
func WithLoaders(s *graph.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(s))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func loadersFor(ctx context.Context, s *graph.Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(s) // outside HTTP (tests): no batching across calls
}

// lettersByID loads letters in the order of ids, skipping unknown ones.
func (l *loaders) lettersByID(ctx context.Context, ids []string, first int) ([]*graph.Letter, error) {
	if first < len(ids) {
		ids = ids[:first]
	}
	letters, err := l.letters.loadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := letters[:0]
	for _, letter := range letters {
		if letter != nil {
			out = append(out, letter)
		}
	}
	return out, nil
}

func pairKey(a, b string) string { return a + "|" + b }

func splitPairKey(k string) [2]string {
	for i := 0; i < len(k); i++ {
		if k[i] == '|' {
			return [2]string{k[:i], k[i+1:]}
		}
	}
	return [2]string{k, ""}
}
