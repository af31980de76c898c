package edit

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// The graph's decisions are written as an aliases file (see loader.Aliases):
// each merge in force a line "Kept Name = Merged Name; its aliases", each
// keep-apart a line "Name != Other Name". `coalition load --aliases` reads
// it on another machine to resolve the same entities, and ImportAliases
// records a file's lines as decisions in this graph.

// maxDecisions bounds the decisions one export reads.
const maxDecisions = 100_000

// ExportAliases returns the graph's decisions in force as an aliases file.
func (s *Service) ExportAliases(ctx context.Context) (string, error) {
	decisions, err := s.store.MergeDecisions(ctx, "", graph.Page{First: maxDecisions})
	if err != nil {
		return "", err
	}
	return aliasesText(decisions, time.Now().UTC()), nil
}

// aliasesText writes decisions as an aliases file. A merge whose kept
// entity was merged again later is listed under the entity that stays.
func aliasesText(decisions []*graph.MergeDecision, at time.Time) string {
	into := map[string]string{} // merged id → kept id, of merges in force
	names := map[string]string{}
	for _, d := range decisions {
		if d.Status == graph.StatusMerged {
			into[d.OtherID] = d.KeepID
			names[d.KeepID] = d.KeepName
		}
	}
	final := func(id string) string {
		for range len(into) + 1 {
			next, ok := into[id]
			if !ok {
				break
			}
			id = next
		}
		return id
	}
	variants := map[string][]string{}          // final kept id → names merged into it
	for i := len(decisions) - 1; i >= 0; i-- { // oldest first
		d := decisions[i]
		if d.Status != graph.StatusMerged {
			continue
		}
		keep := final(d.KeepID)
		for _, n := range append([]string{d.OtherName}, d.OtherAliases...) {
			if n != names[keep] && !slices.Contains(variants[keep], n) {
				variants[keep] = append(variants[keep], n)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Merge decisions exported from the coalition graph on %s.\n", at.Format("2006-01-02"))
	fmt.Fprintf(&b, "# Load with: coalition load --aliases FILE PATH...; record in another graph with: coalition aliases import FILE\n")
	keeps := make([]string, 0, len(variants))
	for k := range variants {
		keeps = append(keeps, k)
	}
	slices.Sort(keeps)
	for _, k := range keeps {
		fmt.Fprintf(&b, "%s%s = %s\n", prefixOf(k), names[k], strings.Join(variants[k], "; "))
	}
	wroteHeader := false
	for i := len(decisions) - 1; i >= 0; i-- {
		d := decisions[i]
		if d.Status != graph.StatusDifferent {
			continue
		}
		if !wroteHeader {
			b.WriteString("# Kept apart: never proposed as duplicates again.\n")
			wroteHeader = true
		}
		fmt.Fprintf(&b, "%s%s != %s\n", prefixOf(d.KeepID), d.KeepName, d.OtherName)
	}
	return b.String()
}

func prefixOf(id string) string {
	if graph.KindOfID(id) == graph.KindPerson {
		return "person: "
	}
	return ""
}

// DecisionAliases are the graph's merges as aliases, for resolving names
// the way the graph has decided them.
func (s *Service) DecisionAliases(ctx context.Context) (*loader.Aliases, error) {
	text, err := s.ExportAliases(ctx)
	if err != nil {
		return nil, err
	}
	a, err := loader.ParseAliases("the graph's merge decisions", strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("decisions as aliases: %w", err)
	}
	return a, nil
}

// ImportAliases records an aliases file's lines as decisions by `by`:
// each variant found in the graph is merged into its canonical entity,
// and each "A != B" kept apart.
func (s *Service) ImportAliases(ctx context.Context, text, by string) (*graph.AliasesImport, error) {
	a, err := loader.ParseAliases("aliases", strings.NewReader(text))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%v", err)
	}
	res := &graph.AliasesImport{}
	for _, m := range a.Merges() {
		keep, err := s.findEntity(ctx, m.Kind, m.Canonical)
		if err != nil {
			return res, err
		}
		if keep == "" {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s: not in the graph", m.Canonical))
			continue
		}
		for _, v := range m.Variants {
			other, err := s.findEntity(ctx, m.Kind, v)
			if err != nil {
				return res, err
			}
			if other == "" || other == keep {
				res.Skipped = append(res.Skipped, fmt.Sprintf("%s = %s: %s", m.Canonical, v, map[bool]string{true: "already one entity", false: "not in the graph"}[other == keep]))
				continue
			}
			d, err := s.Merge(ctx, keep, other, by)
			if err != nil {
				return res, err
			}
			res.Merged = append(res.Merged, d)
		}
	}
	for _, p := range a.Apart() {
		x, err := s.findEntity(ctx, p.Kind, p.A)
		if err != nil {
			return res, err
		}
		y, err := s.findEntity(ctx, p.Kind, p.B)
		if err != nil {
			return res, err
		}
		if x == "" || y == "" || x == y {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s != %s: not two entities in the graph", p.A, p.B))
			continue
		}
		d, err := s.KeepApart(ctx, x, y, by)
		if err != nil {
			return res, err
		}
		res.KeptApart = append(res.KeptApart, d)
	}
	return res, nil
}

// findEntity returns the id of the entity a name resolves to in the graph:
// by the id a load would give the name, else by name or alias.
func (s *Service) findEntity(ctx context.Context, kind, name string) (string, error) {
	id := loader.PersonID(name)
	if kind == graph.KindOrganization {
		id = loader.OrganizationID(name)
	}
	found, err := s.store.EntitiesExist(ctx, []string{id})
	if err != nil {
		return "", err
	}
	if found[id] {
		return id, nil
	}
	return s.store.FindEntityByName(ctx, kind, name)
}
