package resolvers

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/coalition-graph/coalition/graph"
)

// loader batches the keys asked for during one short window into one fetch,
// so a list of 50 items whose resolvers each ask for a related item costs one
// Neo4j round trip, not 50. The batching and per-request cache are
// dataloadgen's (the loader gqlgen's documentation uses); prime adds a
// fetch ahead of the resolvers.
type loader[V any] struct {
	*dataloadgen.Loader[string, V]
	fetch func(ctx context.Context, keys []string) (map[string]V, error)
}

// A batch is fetched loaderWait after its first key (sibling resolvers run
// concurrently and arrive close together), or as soon as it holds
// loaderMaxBatch keys.
const (
	loaderWait     = 5 * time.Millisecond
	loaderMaxBatch = 500
)

// newLoader makes a loader of fetch, which returns the values it found by
// key; a key it did not find loads as the zero value.
func newLoader[V any](fetch func(ctx context.Context, keys []string) (map[string]V, error)) loader[V] {
	byPosition := func(ctx context.Context, keys []string) ([]V, []error) {
		got, err := fetch(ctx, keys)
		if err != nil {
			return nil, []error{err} // one error: every key's
		}
		out := make([]V, len(keys))
		for i, k := range keys {
			out[i] = got[k]
		}
		return out, nil
	}
	return loader[V]{
		Loader: dataloadgen.NewLoader(byPosition, dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(loaderMaxBatch)),
		fetch:  fetch,
	}
}

// load returns the value for key (the zero value when there is none).
func (l loader[V]) load(ctx context.Context, key string) (V, error) {
	return l.Load(ctx, key)
}

// loadMany returns the values for keys in order, from as few batches as fit.
func (l loader[V]) loadMany(ctx context.Context, keys []string) ([]V, error) {
	return l.LoadAll(ctx, keys)
}

// prime fetches keys now, in one round trip, so that the resolvers asking
// for them later find them cached, however their timing falls.
func (l loader[V]) prime(ctx context.Context, keys []string) error {
	todo := slices.Clone(keys)
	slices.Sort(todo)
	todo = slices.Compact(todo)
	if len(todo) == 0 {
		return nil
	}
	got, err := l.fetch(ctx, todo)
	if err != nil {
		return err
	}
	for _, k := range todo {
		l.Prime(k, got[k]) // the zero value marks a key known to be absent
	}
	return nil
}

// put caches a value fetched some other way (a page query's own rows).
func (l loader[V]) put(key string, v V) { l.Prime(key, v) }

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
	return &loaders{
		organizations: newLoader(s.OrganizationsByID),
		people:        newLoader(s.PeopleByID),
		letters:       newLoader(s.LettersByID),
		signatures:    newLoader(s.LetterSignatures),
		addressees:    newLoader(s.LetterAddressees),
		roles:         newLoader(s.RolesOfPeople),
		organizationLetters: newLoader(func(ctx context.Context, ids []string) (map[string][]string, error) {
			return s.OrganizationLetters(ctx, ids, maxNested)
		}),
		personLetters: newLoader(func(ctx context.Context, ids []string) (map[string][]string, error) {
			return s.PersonLetters(ctx, ids, maxNested)
		}),
		sharedLetters: newLoader(func(ctx context.Context, keys []string) (map[string][]string, error) {
			pairs := make([][2]string, 0, len(keys))
			for _, k := range keys {
				pairs = append(pairs, splitPairKey(k))
			}
			return s.SharedLetters(ctx, pairs, maxNested)
		}),
	}
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
