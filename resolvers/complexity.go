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
	// A network is one costly query however many fields are picked, and its
	// answer grows with the edges its nodes may have: 300 organizations
	// that co-sign much have tens of thousands (megabytes, like a nested
	// page), so it takes its share of the cost budget instead of none.
	c.Query.Network = func(child int, _, _, _ *int, _ *string, _ *int, limit *int, members []string) int {
		n := 300
		if limit != nil && *limit > 0 {
			n = min(*limit, maxNetwork)
		}
		if members != nil {
			n = min(len(members), maxNetwork)
		}
		// capped below the complexity limit: the largest network runs alone
		return 100 + n + min(n*(n-1)/2/networkEdgesPerCost, maxNetworkEdgeCost) + child
	}
}

// networkEdgesPerCost is how many possible edges of a network count as one
// unit of cost: the edges of a network of 300 (44,850) then cost about as
// much as a nested page of 50 organizations (6,351), which is about as
// large an answer.
const networkEdgesPerCost = 8

// maxNetworkEdgeCost keeps the largest network (maxNetwork) within the
// complexity limit; above the cost budget, it runs alone.
const maxNetworkEdgeCost = 12000
