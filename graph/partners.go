package graph

import (
	"context"
	"fmt"
)

// Partner orderings.
const (
	OrderCount    = "COUNT"
	OrderJaccard  = "JACCARD"
	OrderWeighted = "WEIGHTED"
)

// Partners returns an organization's coalition partners in a window ranked
// by order (OrderCount, OrderJaccard or OrderWeighted), then by shared
// letters, then by name: a walk over the organization's letters in the
// window. Jaccard divides the shared letters by the letters either signed
// in the window. ENOTFOUND for an unknown id.
func (p *Projection) Partners(ctx context.Context, orgID string, w Window, minShared int, order string, first int) ([]*CoSigner, error) {
	s, err := p.current(ctx)
	if err != nil {
		return nil, fmt.Errorf("partners: %w", err)
	}
	o, ok := s.org(orgID)
	if !ok {
		return nil, p.knownOrganization(ctx, orgID)
	}
	sp := s.window(w)
	scratch := s.scratch0()
	defer s.release(scratch)
	mine := s.lettersOf(o, sp)
	s.walk(scratch, o, mine, nil)
	top := topK[*CoSigner]{k: first, better: s.betterPartner(order)}
	for _, v := range scratch.touched {
		if int(scratch.shared[v]) < minShared {
			continue
		}
		c := s.coSigner(scratch, o, v)
		c.Jaccard = jaccard(c.Shared, len(mine), s.letterCount(v, sp))
		c.rank = s.nameRank[v]
		top.offer(c)
	}
	return top.sorted(), nil
}

// knownOrganization is nil for an organization that signed no letter and
// ENOTFOUND for one that does not exist.
func (p *Projection) knownOrganization(ctx context.Context, id string) error {
	_, err := p.store.FindOrganizationByID(ctx, id)
	return err
}

func (s *coSigning) coSigner(w *walkScratch, o, v int32) *CoSigner {
	return &CoSigner{Of: s.orgIDs[o], OrganizationID: s.orgIDs[v], Shared: int(w.shared[v]), Weighted: w.weight[v],
		FirstDate: s.date(w.first[v]), LastDate: s.date(w.last[v])}
}

func jaccard(shared, a, b int) float64 {
	if union := a + b - shared; union > 0 {
		return float64(shared) / float64(union)
	}
	return 0
}

// betterPartner orders partners by order, then shared letters, then name.
func (s *coSigning) betterPartner(order string) func(a, b *CoSigner) bool {
	score := func(c *CoSigner) float64 { return float64(c.Shared) }
	switch order {
	case OrderJaccard:
		score = func(c *CoSigner) float64 { return c.Jaccard }
	case OrderWeighted:
		score = func(c *CoSigner) float64 { return c.Weighted }
	}
	return func(a, b *CoSigner) bool {
		if x, y := score(a), score(b); !sameScore(x, y) {
			return x > y
		}
		if a.Shared != b.Shared {
			return a.Shared > b.Shared
		}
		return a.rank < b.rank
	}
}

// betterInYear orders a year's partners by shared letters, then weight, then name.
func betterInYear(a, b *CoSigner) bool {
	if a.Shared != b.Shared {
		return a.Shared > b.Shared
	}
	if !sameScore(a.Weighted, b.Weighted) {
		return a.Weighted > b.Weighted
	}
	return a.rank < b.rank
}

// PartnersByYear returns, for each year the organization co-signed, its top
// perYear partners that year (by shared letters, then weight, then name):
// how its coalition changed over time. ENOTFOUND for an unknown id.
func (p *Projection) PartnersByYear(ctx context.Context, orgID string, perYear int) ([]*PartnerYear, error) {
	s, err := p.current(ctx)
	if err != nil {
		return nil, fmt.Errorf("partners by year: %w", err)
	}
	o, ok := s.org(orgID)
	if !ok {
		return nil, p.knownOrganization(ctx, orgID)
	}
	all := s.lettersOf(o, span{0, int32(len(s.letterIDs))})
	var out []*PartnerYear
	for i := 0; i < len(all); {
		year := s.letterYears[all[i]]
		j := i + 1
		for j < len(all) && s.letterYears[all[j]] == year {
			j++
		}
		if year != 0 {
			if py := s.partnersIn(o, int(year), all[i:j], perYear); py != nil {
				out = append(out, py)
			}
		}
		i = j
	}
	return out, nil
}

// partnersIn lists o's top partners on its letters of one year; nil when
// it co-signed with no one that year.
func (s *coSigning) partnersIn(o int32, year int, letters []int32, perYear int) *PartnerYear {
	scratch := s.scratch0()
	defer s.release(scratch)
	s.walk(scratch, o, letters, nil)
	if len(scratch.touched) == 0 {
		return nil
	}
	sp := s.window(Window{From: year, To: year})
	top := topK[*CoSigner]{k: perYear, better: betterInYear}
	for _, v := range scratch.touched {
		c := s.coSigner(scratch, o, v)
		c.rank = s.nameRank[v]
		c.Jaccard = jaccard(c.Shared, len(letters), s.letterCount(v, sp))
		top.offer(c)
	}
	return &PartnerYear{Year: year, Letters: len(letters), Partners: top.sorted()}
}
