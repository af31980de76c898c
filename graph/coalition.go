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

// Partners read the pre-aggregated CO_SIGNED edges (or their per-year
// CO_SIGNED_IN buckets in a window), never the letters themselves. Reads of
// CO_SIGNED from given organizations name the id index: with a filter on
// r.count the planner otherwise may start from the co_signed_count index and
// read every pair in the graph (400 ms instead of a few at 10,000 letters).
const (
	// partnersCypher ranks by count or weight in two passes over the
	// organization's pairs: the first finds the lowest score that makes the
	// list from that one property; the second reads partners' names, dates
	// and letter counts only for pairs scoring at least that (ties
	// included, so the order is the one a single pass gives). The busiest
	// organization at L has 37,000 partners: one pass took 180–198 ms, two
	// take 82–126.
	partnersCypher = `
MATCH (o:Organization {id: $id})-[r:CO_SIGNED]-()
USING INDEX o:Organization(id)
WHERE r.count >= $minShared
WITH o, CASE $order WHEN 'WEIGHTED' THEN r.weight ELSE toFloat(r.count) END AS score
ORDER BY score DESC
LIMIT $first
WITH o, min(score) AS lowest
MATCH (o)-[r:CO_SIGNED]-(p:Organization)
WHERE r.count >= $minShared AND CASE $order WHEN 'WEIGHTED' THEN r.weight ELSE toFloat(r.count) END >= lowest
` + partnersRankCypher

	// partnersJaccardCypher ranks in one pass: a pair's Jaccard needs the
	// partner's letter count, so there is nothing cheaper to cut by.
	partnersJaccardCypher = `
MATCH (o:Organization {id: $id})-[r:CO_SIGNED]-(p:Organization)
USING INDEX o:Organization(id)
WHERE r.count >= $minShared
` + partnersRankCypher

	partnersRankCypher = `WITH p, r.count AS shared, r.weight AS weighted, r.firstDate AS firstDate, r.lastDate AS lastDate,
     toFloat(r.count) / (o.letterCount + p.letterCount - r.count) AS jaccard
RETURN p.id AS id, shared, weighted, jaccard, firstDate, lastDate
ORDER BY CASE $order WHEN 'JACCARD' THEN jaccard WHEN 'WEIGHTED' THEN weighted ELSE toFloat(shared) END DESC,
         shared DESC, p.name
LIMIT $first`

	partnersWindowCypher = `
MATCH (o:Organization {id: $id})-[r:CO_SIGNED_IN]-(p:Organization)
WHERE r.year >= $from AND r.year <= $to
WITH o, p, sum(r.count) AS shared, sum(r.weight) AS weighted, min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
WHERE shared >= $minShared
WITH o, p, shared, weighted, firstDate, lastDate,
     COUNT { (o)-[:SIGNED]->(l:Letter) WHERE l.year >= $from AND l.year <= $to } AS lettersO,
     COUNT { (p)-[:SIGNED]->(l:Letter) WHERE l.year >= $from AND l.year <= $to } AS lettersP
WITH p, shared, weighted, firstDate, lastDate, toFloat(shared) / (lettersO + lettersP - shared) AS jaccard
RETURN p.id AS id, shared, weighted, jaccard, firstDate, lastDate
ORDER BY CASE $order WHEN 'JACCARD' THEN jaccard WHEN 'WEIGHTED' THEN weighted ELSE toFloat(shared) END DESC,
         shared DESC, p.name
LIMIT $first`
)

// Partners returns an organization's coalition partners ranked by order
// (OrderCount, OrderJaccard or OrderWeighted). ENOTFOUND for an unknown id.
func (s *Store) Partners(ctx context.Context, orgID string, w Window, minShared int, order string, first int) ([]*CoSigner, error) {
	cypher := partnersCypher
	if order == OrderJaccard {
		cypher = partnersJaccardCypher
	}
	params := map[string]any{"id": orgID, "minShared": minShared, "order": order, "first": first}
	if !w.Open() {
		cypher = partnersWindowCypher
		params["from"], params["to"] = w.bounds()
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("partners: %w", err)
	}
	var out []*CoSigner
	err = eachRow(recs, "partner", func(r *row) { out = append(out, decodeCoSigner(r, orgID)) })
	if err != nil || len(out) > 0 {
		return out, err
	}
	if _, err := s.FindOrganizationByID(ctx, orgID); err != nil {
		return nil, err
	}
	return out, nil
}

func decodeCoSigner(r *row, of string) *CoSigner {
	return &CoSigner{Of: of, OrganizationID: r.str("id"), Shared: r.int("shared"), Weighted: r.float("weighted"),
		Jaccard: r.float("jaccard"), FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")}
}

// bounds turns an open end into the widest year.
func (w Window) bounds() (int, int) {
	from, to := w.From, w.To
	if to == 0 {
		to = 9999
	}
	return from, to
}

const partnersByYearCypher = `
MATCH (o:Organization {id: $id})-[r:CO_SIGNED_IN]-(p:Organization)
WITH o, r.year AS year, p, r.count AS shared, r.weight AS weighted, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY year, shared DESC, weighted DESC, p.name
WITH o, year, collect({id: p.id, shared: shared, weighted: weighted, firstDate: firstDate, lastDate: lastDate,
                       lettersP: COUNT { (p)-[:SIGNED]->(:Letter {year: year}) }})[..$perYear] AS partners
WITH year, partners, COUNT { (o)-[:SIGNED]->(:Letter {year: year}) } AS letters
RETURN year, letters,
       [x IN partners | x {.*, jaccard: toFloat(x.shared) / (letters + x.lettersP - x.shared)}] AS partners
ORDER BY year`

// PartnersByYear returns, for each year the organization co-signed, its top
// perYear partners that year: how its coalition changed over time.
func (s *Store) PartnersByYear(ctx context.Context, orgID string, perYear int) ([]*PartnerYear, error) {
	recs, err := s.read(ctx, partnersByYearCypher, map[string]any{"id": orgID, "perYear": perYear})
	if err != nil {
		return nil, fmt.Errorf("partners by year: %w", err)
	}
	var out []*PartnerYear
	err = eachRow(recs, "partner year", func(r *row) {
		py := &PartnerYear{Year: r.int("year"), Letters: r.int("letters")}
		for _, pr := range r.list("partners") {
			py.Partners = append(py.Partners, decodeCoSigner(pr, orgID))
			if pr.err != nil && r.err == nil {
				r.err = pr.err
			}
		}
		out = append(out, py)
	})
	return out, err
}

const (
	pairsCypher = `
MATCH (a:Organization)-[r:CO_SIGNED]->(b:Organization)
WHERE r.count >= $minShared
WITH a, b, r ORDER BY r.count DESC, r.weight DESC, a.name, b.name LIMIT $first
RETURN a.id AS a, b.id AS b, r.count AS shared, r.weight AS weighted, r.firstDate AS firstDate, r.lastDate AS lastDate,
       toFloat(r.count) / (a.letterCount + b.letterCount - r.count) AS jaccard`

	pairsWindowCypher = `
MATCH (a:Organization)-[r:CO_SIGNED_IN]->(b:Organization)
WHERE r.year >= $from AND r.year <= $to
WITH a, b, sum(r.count) AS shared, sum(r.weight) AS weighted, min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
WHERE shared >= $minShared
WITH a, b, shared, weighted, firstDate, lastDate ORDER BY shared DESC, weighted DESC, a.name, b.name LIMIT $first
WITH a, b, shared, weighted, firstDate, lastDate,
     COUNT { (a)-[:SIGNED]->(l:Letter) WHERE l.year >= $from AND l.year <= $to } AS lettersA,
     COUNT { (b)-[:SIGNED]->(l:Letter) WHERE l.year >= $from AND l.year <= $to } AS lettersB
WITH a.id AS a, b.id AS b, a.name AS aName, b.name AS bName, shared, weighted, firstDate, lastDate,
     toFloat(shared) / (lettersA + lettersB - shared) AS jaccard
RETURN a, b, shared, weighted, firstDate, lastDate, jaccard
ORDER BY shared DESC, weighted DESC, aName, bName`
)

// Pairs returns the pairs of organizations that co-signed most, optionally
// within a window of years.
func (s *Store) Pairs(ctx context.Context, w Window, minShared, first int) ([]*Pair, error) {
	if !w.Open() {
		return s.pairsInWindow(ctx, w, minShared, first)
	}
	return s.pairsQuery(ctx, pairsCypher, map[string]any{"minShared": minShared, "first": first})
}

// pairsInWindowWhole sums every per-year pair in the window.
func (s *Store) pairsInWindowWhole(ctx context.Context, from, to, minShared, first int) ([]*Pair, error) {
	return s.pairsQuery(ctx, pairsWindowCypher, map[string]any{"minShared": minShared, "first": first, "from": from, "to": to})
}

func (s *Store) pairsQuery(ctx context.Context, cypher string, params map[string]any) ([]*Pair, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("pairs: %w", err)
	}
	var out []*Pair
	err = eachRow(recs, "pair", func(r *row) {
		out = append(out, &Pair{A: r.str("a"), B: r.str("b"), Shared: r.int("shared"), Weighted: r.float("weighted"),
			Jaccard: r.float("jaccard"), FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")})
	})
	return out, err
}

const statsCypher = `
CALL () { MATCH (l:Letter) RETURN count(l) AS letters }
CALL () { MATCH (o:Organization) RETURN count(o) AS organizations }
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH ()-[s:SIGNED]->(:Letter) RETURN count(s) AS signatures }
CALL () { MATCH (r:Recipient) RETURN count(r) AS recipients }
CALL () { MATCH ()-[c:CO_SIGNED]->() RETURN count(c) AS pairs }
CALL () { MATCH (l:Letter) WHERE l.date IS NOT NULL RETURN min(l.date) AS firstDate, max(l.date) AS lastDate }
RETURN letters, organizations, people, signatures, recipients, pairs, firstDate, lastDate`

// Stats returns totals over the whole graph.
func (s *Store) Stats(ctx context.Context) (*Stats, error) {
	recs, err := s.read(ctx, statsCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	st := &Stats{}
	err = eachRow(recs, "stats", func(r *row) {
		*st = Stats{Letters: r.int("letters"), Organizations: r.int("organizations"), People: r.int("people"),
			Signatures: r.int("signatures"), Recipients: r.int("recipients"), CoSignedPairs: r.int("pairs"),
			FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")}
	})
	return st, err
}
