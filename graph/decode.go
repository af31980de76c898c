package graph

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// row decodes one record's values, remembering the first decoding error so
// a query's results are checked once, not value by value.
type row struct {
	rec *neo4j.Record
	err error
}

func (r *row) value(key string) any {
	v, ok := r.rec.Get(key)
	if !ok && r.err == nil {
		r.err = fmt.Errorf("decode: no column %q", key)
	}
	return v
}

func (r *row) fail(key string, v any, want string) {
	if r.err == nil {
		r.err = fmt.Errorf("decode %s: got %T, want %s", key, v, want)
	}
}

// str returns a string column; null is "".
func (r *row) str(key string) string { return asString(r, key, r.value(key)) }

func asString(r *row, key string, v any) string {
	switch s := v.(type) {
	case nil:
		return ""
	case string:
		return s
	}
	r.fail(key, v, "string")
	return ""
}

// int returns an integer column; null is 0.
func (r *row) int(key string) int {
	switch n := r.value(key).(type) {
	case nil:
		return 0
	case int64:
		return int(n)
	case float64:
		return int(n)
	default:
		r.fail(key, n, "integer")
		return 0
	}
}

// float returns a numeric column; null is 0.
func (r *row) float(key string) float64 {
	switch n := r.value(key).(type) {
	case nil:
		return 0
	case int64:
		return float64(n)
	case float64:
		return n
	default:
		r.fail(key, n, "number")
		return 0
	}
}

// items returns a list column's items; null is nil.
func (r *row) items(key string) []any {
	v := r.value(key)
	if v == nil {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		r.fail(key, v, "list")
	}
	return list
}

// strs returns a list-of-strings column; null is nil.
func (r *row) strs(key string) []string {
	list := r.items(key)
	if list == nil {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s := asString(r, key, x); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sub returns a map column (a map projection) as a row; null is nil.
func (r *row) sub(key string) *row {
	v := r.value(key)
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		r.fail(key, v, "map")
		return nil
	}
	return mapRow(m)
}

func mapRow(m map[string]any) *row {
	keys := make([]string, 0, len(m))
	vals := make([]any, 0, len(m))
	for k, v := range m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	return &row{rec: &neo4j.Record{Keys: keys, Values: vals}}
}

// ints returns a list-of-integers column; null is nil.
func (r *row) ints(key string) []int {
	list := r.items(key)
	if list == nil {
		return nil
	}
	out := make([]int, 0, len(list))
	for _, x := range list {
		n, ok := x.(int64)
		if !ok {
			r.fail(key, x, "integer")
			return nil
		}
		out = append(out, int(n))
	}
	return out
}

// list returns a list-of-maps column (a collect of map projections).
func (r *row) list(key string) []*row {
	items := r.items(key)
	if items == nil {
		return nil
	}
	out := make([]*row, 0, len(items))
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			r.fail(key, it, "map")
			continue
		}
		out = append(out, mapRow(m))
	}
	return out
}

// eachRow decodes every record with fn, returning the first error.
func eachRow(recs []*neo4j.Record, what string, fn func(*row)) error {
	for _, rec := range recs {
		r := &row{rec: rec}
		fn(r)
		if r.err != nil {
			return fmt.Errorf("decode %s: %w", what, r.err)
		}
	}
	return nil
}

// bool returns a boolean column; null is false.
func (r *row) bool(key string) bool {
	switch b := r.value(key).(type) {
	case nil:
		return false
	case bool:
		return b
	default:
		r.fail(key, b, "boolean")
		return false
	}
}
