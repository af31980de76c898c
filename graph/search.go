package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

const searchCypher = `
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first})
YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.title, node.id) AS name, score,
       CASE WHEN node:Organization THEN 'organization' WHEN node:Person THEN 'person' ELSE 'letter' END AS kind,
       CASE WHEN node:Organization THEN reduce(t = '', a IN coalesce(node.aliases, []) | t + CASE t WHEN '' THEN '' ELSE ', ' END + a)
            WHEN node:Letter THEN node.date
            ELSE node.honorific END AS detail
ORDER BY score DESC, name`

// Search finds organizations, people and letters whose names, aliases or
// titles contain words starting with the words of text, best first.
func (s *Store) Search(ctx context.Context, text string, first int) ([]*SearchHit, error) {
	query := luceneQuery(text)
	if query == "" {
		return nil, nil
	}
	recs, err := s.read(ctx, searchCypher, map[string]any{"query": query, "first": first})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var out []*SearchHit
	err = eachRow(recs, "search hit", func(r *row) {
		out = append(out, &SearchHit{ID: r.str("id"), Name: r.str("name"), Kind: r.str("kind"), Detail: r.str("detail"), Score: r.float("score")})
	})
	return out, err
}

// luceneQuery turns user text into a Lucene query that cannot be malformed:
// only letters and digits survive, and every word must match as a word or a
// word prefix ("glob" finds "Global").
func luceneQuery(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 8 {
		words = words[:8]
	}
	parts := make([]string, 0, len(words))
	for _, w := range words {
		if lucenReserved[w] {
			continue
		}
		parts = append(parts, "("+w+" OR "+w+"*)")
	}
	return strings.Join(parts, " AND ")
}

// Lucene treats these words as operators even in lower case in some parsers.
var lucenReserved = map[string]bool{"and": true, "or": true, "not": true, "to": true}
