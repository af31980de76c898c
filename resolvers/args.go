package resolvers

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers/model"
)

// maxPage caps every list an API request may ask for.
const maxPage = 100

// first validates a page size: default when nil, 1..maxPage otherwise.
func pageSize(n *int, def int) (int, error) {
	if n == nil {
		return def, nil
	}
	if *n < 1 || *n > maxPage {
		return 0, graph.Errorf(graph.EINVALID, "first must be between 1 and %d (got %d)", maxPage, *n)
	}
	return *n, nil
}

// page turns first/after into an offset page. Cursors are opaque to clients.
func page(n *int, after *string) (graph.Page, error) {
	size, err := pageSize(n, 20)
	if err != nil {
		return graph.Page{}, err
	}
	p := graph.Page{First: size}
	if after != nil && *after != "" {
		raw, err := base64.RawURLEncoding.DecodeString(*after)
		off, err2 := strconv.Atoi(strings.TrimPrefix(string(raw), "offset:"))
		if err != nil || err2 != nil || off < 0 || !strings.HasPrefix(string(raw), "offset:") {
			return graph.Page{}, graph.Errorf(graph.EINVALID, "after: not a cursor from this API")
		}
		p.Offset = off
	}
	return p, nil
}

func cursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(offset)))
}

func pageInfo(p graph.Page, got, total int) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: p.Offset+got < total}
	if got > 0 {
		c := cursor(p.Offset + got)
		info.EndCursor = &c
	}
	return info
}

// window validates a year window.
func window(from, to *int) (graph.Window, error) {
	var w graph.Window
	if from != nil {
		w.From = *from
	}
	if to != nil {
		w.To = *to
	}
	for _, y := range []int{w.From, w.To} {
		if y != 0 && (y < 1000 || y > 9999) {
			return w, graph.Errorf(graph.EINVALID, "years must have four digits (got %d)", y)
		}
	}
	if w.To != 0 && w.From > w.To {
		return w, graph.Errorf(graph.EINVALID, "from (%d) is after to (%d)", w.From, w.To)
	}
	return w, nil
}

// atLeast validates a lower-bounded count with a default.
func atLeast(n *int, def, min int, name string) (int, error) {
	if n == nil {
		return def, nil
	}
	if *n < min || *n > 1_000_000 {
		return 0, graph.Errorf(graph.EINVALID, "%s must be at least %d (got %d)", name, min, *n)
	}
	return *n, nil
}

// date validates an optional YYYY-MM-DD argument.
func date(s *string, name string) (string, error) {
	if s == nil || *s == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", *s); err != nil {
		return "", graph.Errorf(graph.EINVALID, "%s must be a date like 2019-02-08 (got %q)", name, *s)
	}
	return *s, nil
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ptr[T any](v T) *T { return &v }

// optional returns nil for "", so GraphQL shows null rather than "".
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func validDates(since, until string) error {
	if _, err := date(&since, "since"); err != nil {
		return err
	}
	_, err := date(&until, "until")
	return err
}

// maxNetwork caps the organizations one network request may draw, and
// maxNetworkEdges its edges: the explorer draws 50,000 edges in seconds,
// and 300 busy organizations co-sign in up to 44,850 pairs.
const (
	maxNetwork          = 2000
	maxNetworkEdges     = 50000
	defaultNetworkEdges = 2000 // the schema's default maxEdges
)

// ExplorerNetwork is the network the explorer draws first, every argument
// at its default; serve has the projection compute it after each refresh.
func ExplorerNetwork() graph.NetworkQuery {
	q, err := networkQuery(nil, nil, nil, nil, nil, nil, nil, nil)
	if err != nil {
		panic(err) // the defaults are valid
	}
	return q
}

func networkQuery(from, to, minShared *int, focus *string, depth, limit *int, members []string, maxEdges *int) (graph.NetworkQuery, error) {
	w, err := window(from, to)
	if err != nil {
		return graph.NetworkQuery{}, err
	}
	q := graph.NetworkQuery{Window: w, Focus: str(focus), Members: members}
	if len(members) > maxNetwork {
		return q, graph.Errorf(graph.EINVALID, "at most %d members (got %d)", maxNetwork, len(members))
	}
	if q.MinShared, err = atLeast(minShared, 1, 1, "minShared"); err != nil {
		return q, err
	}
	if q.Depth, err = atLeast(depth, 1, 1, "depth"); err != nil {
		return q, err
	}
	if q.Depth > 2 {
		return q, graph.Errorf(graph.EINVALID, "depth must be 1 or 2 (got %d)", q.Depth)
	}
	if q.Limit, err = atLeast(limit, 300, 1, "limit"); err != nil {
		return q, err
	}
	if q.Limit > maxNetwork {
		return q, graph.Errorf(graph.EINVALID, "limit must be at most %d (got %d)", maxNetwork, q.Limit)
	}
	if q.MaxEdges, err = atLeast(maxEdges, defaultNetworkEdges, 1, "maxEdges"); err != nil {
		return q, err
	}
	if q.MaxEdges > maxNetworkEdges {
		return q, graph.Errorf(graph.EINVALID, "maxEdges must be at most %d (got %d)", maxNetworkEdges, q.MaxEdges)
	}
	return q, nil
}

// edges makes a connection's edges, each carrying the cursor that resumes
// after it.
func edges[T, E any](p graph.Page, nodes []T, edge func(cursor string, node T) E) []E {
	out := make([]E, len(nodes))
	for i, n := range nodes {
		out[i] = edge(cursor(p.Offset+i+1), n)
	}
	return out
}

// deref returns the value v points to, or the zero value for nil.
func deref[T any](v *T) T {
	var zero T
	if v == nil {
		return zero
	}
	return *v
}
