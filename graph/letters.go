package graph

import (
	"context"
	"fmt"
	"strings"
)

const letterFields = `l.id AS id, l.date AS date, l.year AS year, l.title AS title, l.source AS source,
       l.salutation AS salutation, l.closing AS closing, l.body AS body, l.asks AS asks, l.text AS text,
       l.sha256 AS sha256, l.signatureCount AS signatureCount, l.organizationCount AS organizationCount,
       coalesce(l.version, 0) AS version, l.correctedBy AS correctedBy, l.correctedAt AS correctedAt`

const lettersByIDCypher = `
UNWIND $ids AS id
MATCH (l:Letter {id: id})
RETURN ` + letterFields

// LettersByID returns the letters with the given ids, keyed by id.
func (s *Store) LettersByID(ctx context.Context, ids []string) (map[string]*Letter, error) {
	recs, err := s.read(ctx, lettersByIDCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find letters by id: %w", err)
	}
	out := make(map[string]*Letter, len(recs))
	err = eachRow(recs, "letter", func(r *row) {
		l := decodeLetter(r)
		out[l.ID] = l
	})
	return out, err
}

func decodeLetter(r *row) *Letter {
	return &Letter{ID: r.str("id"), Date: r.str("date"), Year: r.int("year"), Title: r.str("title"),
		Source: r.str("source"), Salutation: r.str("salutation"), Closing: r.str("closing"), Body: r.str("body"),
		Asks: r.strs("asks"), Text: r.str("text"), SHA256: r.str("sha256"),
		SignatureCount: r.int("signatureCount"), OrganizationCount: r.int("organizationCount"),
		Version: r.int("version"), CorrectedBy: r.str("correctedBy"), CorrectedAt: r.str("correctedAt")}
}

// FindLetterByID returns ENOTFOUND when there is no such letter.
func (s *Store) FindLetterByID(ctx context.Context, id string) (*Letter, error) {
	m, err := s.LettersByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if l := m[id]; l != nil {
		return l, nil
	}
	return nil, Errorf(ENOTFOUND, "letter %q not found", id)
}

// LetterFilter narrows FindLetters. Dates are YYYY-MM-DD, inclusive.
type LetterFilter struct {
	Since, Until string
	Organization string
	Person       string
	Recipient    string
	Text         string // case-insensitive words in the title or text
}

const (
	lettersWhere = `
WHERE ($since IS NULL OR l.date >= $since) AND ($until IS NULL OR l.date <= $until)
  AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:SIGNED]->(l) })
  AND ($recipient IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(r) WHERE r.id = $recipient })
  AND ($text IS NULL OR all(w IN $text WHERE toLower(coalesce(l.title, '')) CONTAINS w OR toLower(l.text) CONTAINS w))`
	// Letters of one organization start from it rather than from all letters.
	lettersMatchAll = `MATCH (l:Letter)`
	lettersMatchOrg = `MATCH (:Organization {id: $organization})-[:SIGNED]->(l:Letter)`
	lettersPage     = `
RETURN ` + letterFields + `
ORDER BY l.date DESC, l.id
SKIP $offset LIMIT $first`
	lettersCount = `
RETURN count(l) AS n`
)

// FindLetters returns a page of letters, newest first, and how many match.
func (s *Store) FindLetters(ctx context.Context, f LetterFilter, p Page) ([]*Letter, int, error) {
	var words []any
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		words = append(words, w)
	}
	params := map[string]any{"since": nullable(f.Since), "until": nullable(f.Until), "organization": nullable(f.Organization),
		"person": nullable(f.Person), "recipient": nullable(f.Recipient), "text": nil, "offset": p.Offset, "first": p.First}
	if len(words) > 0 {
		params["text"] = words
	}
	match := lettersMatchAll
	if f.Organization != "" {
		match = lettersMatchOrg
	}
	recs, err := s.read(ctx, match+lettersWhere+lettersPage, params)
	if err != nil {
		return nil, 0, fmt.Errorf("find letters: %w", err)
	}
	var out []*Letter
	if err := eachRow(recs, "letter", func(r *row) { out = append(out, decodeLetter(r)) }); err != nil {
		return nil, 0, err
	}
	countCypher := match + lettersWhere + lettersCount
	if f == (LetterFilter{}) {
		countCypher = `MATCH (l:Letter) RETURN count(l) AS n`
	}
	n, err := s.count(ctx, countCypher, params)
	if err != nil {
		return nil, 0, fmt.Errorf("count letters: %w", err)
	}
	return out, n, nil
}

const letterSignaturesCypher = `
UNWIND $ids AS id
MATCH (l:Letter {id: id})
CALL (l) {
  MATCH (p:Person)-[s:SIGNED]->(l)
  OPTIONAL MATCH (o:Organization {id: s.organizationId})
  RETURN s.position AS position, s.line AS line, s.title AS title, p {.id, .name, .honorific} AS person,
         o {.id, .name, .aliases, .letterCount} AS organization, coalesce(s.provenance, 'parsed') AS provenance
  UNION ALL
  MATCH (o:Organization)-[s:SIGNED]->(l)
  WHERE s.via IS NULL
  RETURN s.position AS position, s.line AS line, null AS title, null AS person,
         o {.id, .name, .aliases, .letterCount} AS organization, coalesce(s.provenance, 'parsed') AS provenance
}
RETURN id, position, line, person, title, organization, provenance
ORDER BY id, position`

// LetterSignatures returns each letter's signatures in signing order, keyed
// by letter id: one query for any number of letters.
func (s *Store) LetterSignatures(ctx context.Context, ids []string) (map[string][]*SignatureRow, error) {
	recs, err := s.read(ctx, letterSignaturesCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find signatures: %w", err)
	}
	out := make(map[string][]*SignatureRow, len(ids))
	err = eachRow(recs, "signature", func(r *row) {
		id := r.str("id")
		sig := &SignatureRow{Position: r.int("position"), Line: r.int("line"), Title: r.str("title"), Provenance: r.str("provenance")}
		if p := r.sub("person"); p != nil {
			sig.Person = decodePerson(p)
		}
		if o := r.sub("organization"); o != nil {
			sig.Organization = decodeOrganization(o)
		}
		out[id] = append(out[id], sig)
	})
	return out, err
}

const letterAddresseesCypher = `
UNWIND $ids AS id
MATCH (l:Letter {id: id})-[a:ADDRESSED_TO]->(r:Recipient)
RETURN id, a.kind AS kind, r.id AS rid, r.name AS name, a.honorific AS honorific, a.title AS title,
       a.organization AS organization,
       CASE WHEN r:Person THEN 'person' WHEN r:Organization THEN 'organization' ELSE 'office' END AS rkind
ORDER BY id, a.kind DESC, a.position`

// Addressees of letters: recipients ("to") and copies ("cc").
type Addressees struct {
	To, CC []*Recipient
}

// LetterAddressees returns each letter's recipients and cc, keyed by letter id.
func (s *Store) LetterAddressees(ctx context.Context, ids []string) (map[string]*Addressees, error) {
	recs, err := s.read(ctx, letterAddresseesCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find recipients: %w", err)
	}
	out := make(map[string]*Addressees, len(ids))
	err = eachRow(recs, "recipient", func(r *row) {
		id := r.str("id")
		a := out[id]
		if a == nil {
			a = &Addressees{}
			out[id] = a
		}
		rc := decodeRecipient(r)
		if r.str("kind") == "cc" {
			a.CC = append(a.CC, rc)
		} else {
			a.To = append(a.To, rc)
		}
	})
	return out, err
}

func decodeRecipient(r *row) *Recipient {
	return &Recipient{ID: r.str("rid"), Kind: r.str("rkind"), Name: r.str("name"), Honorific: r.str("honorific"),
		Title: r.str("title"), Organization: r.str("organization")}
}

const recipientsCypher = `
MATCH (l:Letter)
WHERE $organizations IS NULL OR EXISTS { (o:Organization)-[:SIGNED]->(l) WHERE o.id IN $organizations }
MATCH (l)-[a:ADDRESSED_TO]->(r:Recipient)
WHERE $kind IS NULL OR a.kind = $kind
WITH r, a.kind AS kind, count(DISTINCT l) AS letters, min(l.date) AS firstDate, max(l.date) AS lastDate,
     collect(a)[0] AS sample
RETURN r.id AS rid, r.name AS name, sample.honorific AS honorific, sample.title AS title,
       sample.organization AS organization, kind, letters, firstDate, lastDate,
       CASE WHEN r:Person THEN 'person' WHEN r:Organization THEN 'organization' ELSE 'office' END AS rkind
ORDER BY letters DESC, name
LIMIT $first`

// Recipients returns who the letters signed by any of the organizations (all
// letters when none) were addressed or copied to, most letters first.
// kind is "to", "cc" or "" for both.
func (s *Store) Recipients(ctx context.Context, organizations []string, kind string, first int) ([]*RecipientCount, error) {
	var orgs any
	if len(organizations) > 0 {
		orgs = organizations
	}
	recs, err := s.read(ctx, recipientsCypher, map[string]any{"organizations": orgs, "kind": nullable(kind), "first": first})
	if err != nil {
		return nil, fmt.Errorf("find recipients: %w", err)
	}
	var out []*RecipientCount
	err = eachRow(recs, "recipient", func(r *row) {
		out = append(out, &RecipientCount{Recipient: *decodeRecipient(r), Letters: r.int("letters"),
			FirstDate: r.str("firstDate"), LastDate: r.str("lastDate"), AddressKind: r.str("kind")})
	})
	return out, err
}

const sharedLettersCypher = `
UNWIND $pairs AS pair
MATCH (a:Organization {id: pair[0]})-[:SIGNED]->(l:Letter)<-[:SIGNED]-(b:Organization {id: pair[1]})
WITH pair, l ORDER BY l.date DESC, l.id
WITH pair, collect(l.id)[..$first] AS letters
RETURN pair[0] + '|' + pair[1] AS id, letters`

// SharedLetters returns, for each pair of organization ids, up to first
// letters both signed, keyed "a|b": one query for any number of pairs.
func (s *Store) SharedLetters(ctx context.Context, pairs [][2]string, first int) (map[string][]string, error) {
	ps := make([]any, len(pairs))
	for i, p := range pairs {
		ps[i] = []any{p[0], p[1]}
	}
	recs, err := s.read(ctx, sharedLettersCypher, map[string]any{"pairs": ps, "first": first})
	if err != nil {
		return nil, fmt.Errorf("find shared letters: %w", err)
	}
	out := make(map[string][]string, len(pairs))
	err = eachRow(recs, "shared letters", func(r *row) { out[r.str("id")] = r.strs("letters") })
	return out, err
}
