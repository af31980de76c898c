package edit

import (
	"context"

	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/loader"
)

// MaxNames bounds the names one ResolveNames call takes.
const MaxNames = 500

// ResolveNames resolves organization and person names as Save would (with
// the graph's merge decisions) and says which are in the graph already.
func (s *Service) ResolveNames(ctx context.Context, organizations, people []string) ([]graph.NameMatch, error) {
	if len(organizations)+len(people) > MaxNames {
		return nil, graph.Errorf(graph.EINVALID, "at most %d names at once", MaxNames)
	}
	aliases, err := s.DecisionAliases(ctx)
	if err != nil {
		return nil, err
	}
	var out []graph.NameMatch
	var ids []string
	// One letter per name: resolving names together would let one name's
	// acronym decide another's entity.
	for _, group := range []struct {
		kind  string
		names []string
	}{{graph.KindOrganization, organizations}, {graph.KindPerson, people}} {
		for _, name := range group.names {
			m := graph.NameMatch{Kind: group.kind, Name: name}
			sig := graph.Signatory{Organization: name}
			if group.kind == graph.KindPerson {
				sig = graph.Signatory{Name: name}
			}
			li := loader.NewResolver(aliases).Resolve([]*graph.Letter{{SHA256: "names", Signatories: []graph.Signatory{sig}}})[0]
			if len(li.Signatures) > 0 {
				m.ID = li.Signatures[0].OrganizationID
				if group.kind == graph.KindPerson {
					m.ID = li.Signatures[0].PersonID
				}
				ids = append(ids, m.ID)
			}
			out = append(out, m)
		}
	}
	orgs, err := s.store.OrganizationsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	persons, err := s.store.PeopleByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if o := orgs[out[i].ID]; o != nil && out[i].Kind == graph.KindOrganization {
			out[i].Exists, out[i].Existing = true, o.Name
		}
		if p := persons[out[i].ID]; p != nil && out[i].Kind == graph.KindPerson {
			out[i].Exists, out[i].Existing = true, p.Name
		}
	}
	return out, nil
}
