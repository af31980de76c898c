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
	// cache holds what prime fetched ahead of the resolvers that need it.
	cache map[string]V
}

type batch[V any] struct {
	keys    []string
	seen    map[string]bool
	done    chan struct{}
	results map[string]V
	err     error
	started bool
	opened  time.Time
	timer   *time.Timer
}

// A batch is fetched once no new key has come for loaderWait (sibling
// resolvers run concurrently and arrive close together, later on a busy
// machine), and at the latest loaderMaxWait after its first key.
const (
	loaderWait     = 3 * time.Millisecond
	loaderMaxWait  = 50 * time.Millisecond
	loaderMaxBatch = 500
)

// load returns the value for key (the zero value when there is none).
func (l *loader[V]) load(ctx context.Context, key string) (V, error) {
	if v, ok := l.cached(key); ok {
		return v, nil
	}
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
		if _, ok := l.cached(k); !ok {
			batches[i] = l.enqueue(ctx, k)
		}
	}
	out := make([]V, len(keys))
	for i, b := range batches {
		if b == nil {
			out[i], _ = l.cached(keys[i])
			continue
		}
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

// prime fetches keys now, in one round trip, so that the resolvers asking
// for them later find them cached, however their timing falls.
func (l *loader[V]) prime(ctx context.Context, keys []string) error {
	var todo []string
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		if _, ok := l.cached(k); !ok && !seen[k] {
			seen[k] = true
			todo = append(todo, k)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	got, err := l.fetch(ctx, todo)
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cache == nil {
		l.cache = map[string]V{}
	}
	for _, k := range todo {
		l.cache[k] = got[k] // the zero value marks a key known to be absent
	}
	return nil
}

// put caches a value fetched some other way (a page query's own rows).
func (l *loader[V]) put(key string, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cache == nil {
		l.cache = map[string]V{}
	}
	l.cache[key] = v
}

func (l *loader[V]) cached(key string) (V, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.cache[key]
	return v, ok
}

// enqueue adds key to the open batch, opening one (and its timer) if needed.
func (l *loader[V]) enqueue(ctx context.Context, key string) *batch[V] {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.batch
	if b == nil {
		b = &batch[V]{seen: map[string]bool{}, done: make(chan struct{}), opened: time.Now()}
		l.batch = b
		b.timer = time.AfterFunc(loaderWait, func() { l.run(ctx, b) })
	} else if time.Since(b.opened) < loaderMaxWait {
		b.timer.Reset(loaderWait)
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
