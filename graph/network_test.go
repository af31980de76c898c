package graph

import (
	"fmt"
	"testing"
)

// Each organization keeps its closest partner before any keeps its
// second: e's one edge, the lightest of all, is kept before c–d.
func TestStrongestEdges(t *testing.T) {
	edges := []edge{{"a", "b", 5}, {"a", "c", 4}, {"a", "d", 3}, {"b", "c", 1}, {"c", "d", 2}, {"d", "e", 1}}
	tests := []struct {
		budget int
		want   string
	}{
		{1, "[a-b:5]"},
		{3, "[a-b:5 a-c:4 a-d:3]"},
		{4, "[a-b:5 a-c:4 a-d:3 d-e:1]"},
		{5, "[a-b:5 a-c:4 a-d:3 c-d:2 d-e:1]"},
		{6, "[a-b:5 a-c:4 a-d:3 b-c:1 c-d:2 d-e:1]"},
		{10, "[a-b:5 a-c:4 a-d:3 b-c:1 c-d:2 d-e:1]"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.budget), func(t *testing.T) {
			var got []string
			for _, e := range strongestEdges(edges, tt.budget) {
				got = append(got, fmt.Sprintf("%s-%s:%g", e.a, e.b, e.w))
			}
			if fmt.Sprint(got) != tt.want {
				t.Errorf("got %v; want %s", got, tt.want)
			}
		})
	}
}
