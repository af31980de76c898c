package graph

import (
	"context"
	"fmt"
)

const statsCypher = `
CALL () { MATCH (l:Letter) RETURN count(l) AS letters }
CALL () { MATCH (o:Organization) RETURN count(o) AS organizations }
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH ()-[s:SIGNED]->(:Letter) RETURN count(s) AS signatures }
CALL () { MATCH (r:Recipient) RETURN count(r) AS recipients }
CALL () { MATCH (l:Letter) WHERE l.date IS NOT NULL RETURN min(l.date) AS firstDate, max(l.date) AS lastDate }
RETURN letters, organizations, people, signatures, recipients, firstDate, lastDate`

// Stats returns totals over the whole graph: counts from Neo4j, and the
// distinct co-signing pairs from the projection (counted once per snapshot,
// walking every organization's letters).
func (p *Projection) Stats(ctx context.Context) (*Stats, error) {
	recs, err := p.store.read(ctx, statsCypher, nil)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	st := &Stats{}
	err = eachRow(recs, "stats", func(r *row) {
		*st = Stats{Letters: r.int("letters"), Organizations: r.int("organizations"), People: r.int("people"),
			Signatures: r.int("signatures"), Recipients: r.int("recipients"),
			FirstDate: r.str("firstDate"), LastDate: r.str("lastDate")}
	})
	if err != nil {
		return nil, err
	}
	s, err := p.current(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	st.CoSignedPairs = s.countPairs()
	return st, nil
}

// bounds turns an open end into the widest year.
func (w Window) bounds() (int, int) {
	from, to := w.From, w.To
	if to == 0 {
		to = 9999
	}
	return from, to
}
