package loader

import (
	"fmt"
	"slices"
)

// Apart returns the pairs of names the file says are different entities.
func (a *Aliases) Apart() []ApartNames {
	if a == nil {
		return nil
	}
	return slices.Clone(a.apart)
}

// Add adds b's merges and keep-aparts to a, as a load adds the graph's
// merge decisions to the analyst's aliases file. A name both give the same
// meaning is fine, so a file exported from the graph loads beside it; a
// name they give different meanings is an error that names it.
func (a *Aliases) Add(b *Aliases) error {
	if b == nil {
		return nil
	}
	for _, t := range []struct {
		dst, src *aliasTable
		what     string
	}{{&a.orgs, &b.orgs, "organization"}, {&a.people, &b.people, "person"}} {
		if err := t.dst.add(t.src, t.what); err != nil {
			return err
		}
	}
	a.apart = append(a.apart, b.apart...)
	return nil
}

func (t *aliasTable) add(src *aliasTable, what string) error {
	for key, into := range src.canonical {
		if have, ok := t.canonical[key]; ok && have != into {
			return fmt.Errorf("aliases disagree about the %s %q: one makes it %q, the other %q",
				what, src.display(key), src.display(into), t.display(have))
		}
	}
	for key, into := range src.canonical {
		t.canonical[key] = into
	}
	for key, name := range src.names {
		if _, ok := t.names[key]; !ok {
			t.names[key] = name
		}
		for _, v := range src.variants[key] {
			if !slices.Contains(t.variants[key], v) {
				t.variants[key] = append(t.variants[key], v)
			}
		}
	}
	return nil
}

// display is a key's name as written, for messages.
func (t *aliasTable) display(key string) string {
	if name, ok := t.names[key]; ok {
		return name
	}
	return key
}

// MergeNames is one merge an aliases file states: variants that are the
// entity named Canonical.
type MergeNames struct {
	Kind      string // graph.KindOrganization or graph.KindPerson
	Canonical string
	Variants  []string
}

// Merges returns the file's merges, organizations first, in name order.
func (a *Aliases) Merges() []MergeNames {
	if a == nil {
		return nil
	}
	var out []MergeNames
	for _, t := range []struct {
		table *aliasTable
		kind  string
	}{{&a.orgs, "organization"}, {&a.people, "person"}} {
		for _, key := range sortedMapKeys(t.table.names) {
			out = append(out, MergeNames{Kind: t.kind, Canonical: t.table.names[key], Variants: slices.Clone(t.table.variants[key])})
		}
	}
	return out
}
