package loader

import "testing"

// TestCollapse checks the fast path for strings already collapsed agrees
// with the slow one on every kind of white space.
func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{
		"":               "",
		"Jane Doe":       "Jane Doe",
		" Jane Doe":      "Jane Doe",
		"Jane Doe ":      "Jane Doe",
		"Jane  Doe":      "Jane Doe",
		"Jane\tDoe":      "Jane Doe",
		"Jane\u00a0Doe":  "Jane Doe",
		"Jane\u2003 Doe": "Jane Doe",
		"José Núñez":     "José Núñez",
		"   ":            "",
		"a\nb":           "a b",
		"Acme, Inc.":     "Acme, Inc.",
	} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}
