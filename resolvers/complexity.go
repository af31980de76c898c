package resolvers

import (
	"github.com/coalition-graph/coalition/graph"
	"github.com/coalition-graph/coalition/resolvers/generated"
	"github.com/coalition-graph/coalition/resolvers/model"
)

// setComplexity counts a list field as its page size times the cost of one
// item, so aliases or nesting cannot multiply a costly field unnoticed.
func setComplexity(c *generated.ComplexityRoot) {
	times := func(def int) func(child int, first *int) int {
		return func(child int, first *int) int {
			n := def
			if first != nil && *first > 0 {
				// Out-of-range sizes are refused by the resolver with a
				// clearer message than a complexity error.
				n = min(*first, maxPage)
			}
			return 1 + n*child
		}
	}
	c.CoSigner.Letters = times(20)
	c.Community.Organizations = times(20)
	c.Organization.Letters = times(20)
	c.Person.Letters = times(20)
	c.Query.Movers = times(20)
	c.Query.Search = func(child int, _ string, first *int) int { return times(10)(child, first) }
	c.Query.Organizations = func(child int, _ *graph.OrganizationFilter, first *int, _ *string) int {
		return times(20)(child, first)
	}
	c.Query.People = func(child int, _ *graph.PersonFilter, first *int, _ *string) int { return times(20)(child, first) }
	c.Query.Letters = func(child int, _ *graph.LetterFilter, first *int, _ *string) int { return times(20)(child, first) }
	c.Query.Partners = func(child int, _ string, _, _, _ *int, _ *model.PartnerOrder, first *int) int {
		return times(20)(child, first)
	}
	c.Query.Pairs = func(child int, _, _, _ *int, first *int) int { return times(20)(child, first) }
	c.Query.Communities = func(child int, _, _, _ *int, first *int) int { return times(20)(child, first) }
	c.Query.Recipients = func(child int, _ []string, _ *model.AddressKind, first *int) int { return times(20)(child, first) }
	// The review's lists, and the whole-graph read behind the candidates.
	c.CandidateSide.Letters = times(5)
	c.Query.DuplicateCandidates = func(child int, _ *string, first, _ *int) int { return 100 + times(20)(child, first) }
	c.Query.MergeDecisions = func(child int, _ *string, first, _ *int) int { return times(20)(child, first) }
	// A network is one costly query however many fields are picked, and
	// each edge it may carry is marshalled as an object (a fifth of a unit:
	// the most edges weigh as much as a nested page of 50 organizations).
	c.Query.Network = func(child int, _, _, _ *int, _ *string, _ *int, limit *int, members []string, maxEdges *int) int {
		n := 300
		if limit != nil && *limit > 0 {
			n = min(*limit, maxNetwork)
		}
		if members != nil {
			n = min(len(members), maxNetwork)
		}
		// no more edges than n nodes can have
		e := defaultNetworkEdges
		if maxEdges != nil && *maxEdges > 0 {
			e = min(*maxEdges, maxNetworkEdges)
		}
		return 100 + n/10 + min(e, n*(n-1)/2)/5 + child
	}
}
