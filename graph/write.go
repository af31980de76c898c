package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LetterImport is one parsed letter whose names the loader has resolved to
// stable ids: what the store needs to write it.
type LetterImport struct {
	Letter     *Letter
	Signatures []Signature
	Addressees []Addressee
}

// Signature is one resolved signature: a person (PersonID set) signing with a
// title, for an organization (OrganizationID set), or an organization alone.
type Signature struct {
	Position       int
	Line           int
	PersonID       string
	PersonName     string
	PersonAliases  []string // other names of the person, merged into this one
	Honorific      string
	Title          string
	OrganizationID string
	Organization   string   // canonical organization name
	Aliases        []string // aliases of the organization (acronyms, variants)
	Affiliations   []OrganizationRef
	// Provenance is ProvenanceParsed (the default) or ProvenanceCorrected;
	// Confidence is the parser's, when an analyst saved the signature.
	Provenance string
	Confidence float64
}

// OrganizationRef names an organization by id and canonical name.
type OrganizationRef struct {
	ID      string
	Name    string
	Aliases []string
}

// Addressee is a resolved recipient (Kind "to") or cc (Kind "cc") of a letter.
// Label says which node it is: "Person", "Organization" or "Office" (a title
// with no name, such as "Member of Congress").
type Addressee struct {
	Kind         string
	Position     int
	Label        string
	ID           string
	Name         string
	Honorific    string
	Title        string
	Organization string
}

// WriteResult says which letters a write created and which were already there.
type WriteResult struct {
	New       []string // letter ids written now
	Unchanged []string // letter ids already in the graph (same content hash)
}

// WriteLetters writes a batch of letters in one transaction: all of them or
// none. Letters whose content hash is already in the graph are skipped, so
// loading the same corpus twice, or again after a crash, changes nothing.
// The letters' co-signings are left pending: UpdateCoSigning counts them,
// once after all of a load's batches.
func (s *Store) WriteLetters(ctx context.Context, batch []LetterImport) (WriteResult, error) {
	var res WriteResult
	if len(batch) == 0 {
		return res, nil
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res = WriteResult{}
		fresh, err := s.newLetters(ctx, tx, batch)
		if err != nil {
			return nil, err
		}
		for _, li := range batch {
			if fresh[li.Letter.SHA256] {
				res.New = append(res.New, li.Letter.ID)
			} else {
				res.Unchanged = append(res.Unchanged, li.Letter.ID)
			}
		}
		var todo []LetterImport
		for _, li := range batch {
			if fresh[li.Letter.SHA256] {
				todo = append(todo, li)
				delete(fresh, li.Letter.SHA256) // the same letter twice in one batch is written once
			}
		}
		if len(todo) == 0 {
			return nil, nil
		}
		return nil, s.writeNew(ctx, tx, buildRows(todo))
	})
	if err != nil {
		return WriteResult{}, fmt.Errorf("write letters: %w", s.translate(err))
	}
	return res, nil
}

const existingLettersCypher = `
UNWIND $shas AS sha
MATCH (l:Letter {sha256: sha})
RETURN collect(l.sha256) AS shas`

// newLetters returns the set of the batch's content hashes not yet in the graph.
func (s *Store) newLetters(ctx context.Context, tx neo4j.ManagedTransaction, batch []LetterImport) (map[string]bool, error) {
	shas := make([]any, len(batch))
	fresh := make(map[string]bool, len(batch))
	for i, li := range batch {
		shas[i] = li.Letter.SHA256
		fresh[li.Letter.SHA256] = true
	}
	recs, err := s.txRun(ctx, tx, existingLettersCypher, map[string]any{"shas": shas})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		found, _, err := neo4j.GetRecordValue[[]any](rec, "shas")
		if err != nil {
			return nil, fmt.Errorf("decode existing letters: %w", err)
		}
		for _, sha := range found {
			delete(fresh, sha.(string))
		}
	}
	return fresh, nil
}

// writeOrganizationsCypher is a var: its LIMIT is recentLettersMax.
var writeOrganizationsCypher = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.aliases = [], o.letterCount = 0, o.letterYears = [], o.lettersByYear = []
WITH o, row, o.aliases + [a IN row.aliases WHERE NOT a IN o.aliases] AS aliases,
     coalesce(o.letterYears, []) AS oldYears, coalesce(o.lettersByYear, []) AS oldCounts
WITH o, row, aliases, oldCounts, oldYears + [y IN row.years WHERE NOT y IN oldYears] AS years
SET o.aliases = aliases,
    o.aliasText = reduce(t = '', a IN aliases | t + ' ' + a),
    o.letterCount = o.letterCount + row.letters,
    o.letterYears = years,
    o.lettersByYear = [i IN range(0, size(years) - 1) | coalesce(oldCounts[i], 0) +
        reduce(n = 0, j IN range(0, size(row.years) - 1) | n + CASE WHEN row.years[j] = years[i] THEN row.yearLetters[j] ELSE 0 END)]
WITH o, row
CALL (o, row) {
  UNWIND [i IN range(0, size(coalesce(o.recentLetters, [])) - 1) | [o.recentLetterDates[i], o.recentLetters[i]]] + row.recent AS e
  WITH e ORDER BY e[0] DESC, e[1] LIMIT ` + strconv.Itoa(recentLettersMax) + `
  RETURN collect(e[1]) AS ids, collect(e[0]) AS dates
}
SET o.recentLetters = ids, o.recentLetterDates = dates`

// The write, one statement per kind of row, each an UNWIND over the batch.
const (
	writePeopleCypher = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name
SET p.honorific = coalesce(row.honorific, p.honorific),
    p.aliases = coalesce(p.aliases, []) + [a IN coalesce(row.aliases, []) WHERE NOT a IN coalesce(p.aliases, [])]`

	writeLettersCypher = `
UNWIND $rows AS row
CREATE (l:Letter)
SET l = row`

	writePersonSignaturesCypher = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (l:Letter {id: row.letter})
CREATE (p)-[:SIGNED {title: row.title, organization: row.organization, organizationId: row.organizationId,
                     position: row.position, line: row.line, provenance: row.provenance, confidence: row.confidence}]->(l)`

	writeOrganizationSignaturesCypher = `
UNWIND $rows AS row
MATCH (o:Organization {id: row.organization}), (l:Letter {id: row.letter})
CREATE (o)-[:SIGNED {position: row.position, line: row.line, via: row.via, provenance: row.provenance, confidence: row.confidence}]->(l)`

	writeRolesCypher = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})
MERGE (p)-[h:HELD_ROLE {title: row.title}]->(o)
ON CREATE SET h.letters = []
SET h.firstSeen = CASE WHEN row.first IS NULL THEN h.firstSeen
                       WHEN h.firstSeen IS NULL OR row.first < h.firstSeen THEN row.first
                       ELSE h.firstSeen END,
    h.lastSeen = CASE WHEN row.last IS NULL THEN h.lastSeen
                      WHEN h.lastSeen IS NULL OR row.last > h.lastSeen THEN row.last
                      ELSE h.lastSeen END,
    h.letters = h.letters + [x IN row.letters WHERE NOT x IN h.letters]`

	writeAffiliationsCypher = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})
MERGE (p)-[:AFFILIATED_WITH]->(o)`
)

// Addressees carry a label chosen per row; Cypher cannot parameterize labels,
// so there is one statement per label.
var writeAddresseesCypher = map[string]string{}

func init() {
	for _, label := range []string{"Person", "Organization", "Office"} {
		writeAddresseesCypher[label] = `
UNWIND $rows AS row
MERGE (r:` + label + ` {id: row.id})
ON CREATE SET r.name = row.name
SET r:Recipient
WITH r, row
MATCH (l:Letter {id: row.letter})
CREATE (l)-[:ADDRESSED_TO {kind: row.kind, title: row.title, organization: row.organization, honorific: row.honorific, position: row.position}]->(r)`
	}
}

func (s *Store) writeNew(ctx context.Context, tx neo4j.ManagedTransaction, r rows) error {
	steps := []struct {
		cypher string
		rows   []any
	}{
		{writeOrganizationsCypher, r.organizations},
		{writePeopleCypher, r.people},
		{writeLettersCypher, r.letters},
		{writePersonSignaturesCypher, r.personSignatures},
		{writeOrganizationSignaturesCypher, r.organizationSignatures},
		{writeRolesCypher, r.roles},
		{writeAffiliationsCypher, r.affiliations},
	}
	for _, label := range []string{"Person", "Organization", "Office"} {
		steps = append(steps, struct {
			cypher string
			rows   []any
		}{writeAddresseesCypher[label], r.addressees[label]})
	}
	for _, st := range steps {
		for _, chunk := range chunks(st.rows) {
			if _, err := s.txRun(ctx, tx, st.cypher, map[string]any{"rows": chunk}); err != nil {
				return err
			}
		}
	}
	return nil
}

// maxRows bounds the rows one statement receives, so its parameters stay modest.
const maxRows = 20000

// chunks splits huge row lists into statements of at most maxRows rows.
func chunks(rows []any) [][]any {
	var out [][]any
	for start := 0; start < len(rows); start += maxRows {
		out = append(out, rows[start:min(start+maxRows, len(rows))])
	}
	return out
}

func (s *Store) txRun(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	s.queries.Add(1)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// rows holds a batch flattened into the parameter lists of the statements.
type rows struct {
	organizations, people, letters           []any
	personSignatures, organizationSignatures []any
	roles, affiliations                      []any
	addressees                               map[string][]any
}

// buildRows flattens new letters into statement rows, aggregating what
// several letters share (an organization's letter count, a pair's co-signings,
// a role's evidence) so that every node and relationship is touched once.
func buildRows(batch []LetterImport) rows {
	r := rows{addressees: map[string][]any{}}
	orgs := map[string]*orgRow{}
	people := map[string]map[string]any{}
	roles := map[[3]string]*roleRow{}
	affiliations := map[[2]string]bool{}

	for _, li := range batch {
		l := li.Letter
		letterOrgs := map[string]bool{}
		addOrg := func(ref OrganizationRef) {
			o := orgs[ref.ID]
			if o == nil {
				o = &orgRow{id: ref.ID, name: ref.Name, aliases: map[string]bool{}}
				orgs[ref.ID] = o
			}
			for _, a := range ref.Aliases {
				o.aliases[a] = true
			}
		}
		signedBy := map[string]bool{}
		for _, sig := range li.Signatures {
			if sig.PersonID != "" {
				people[sig.PersonID] = map[string]any{"id": sig.PersonID, "name": sig.PersonName, "honorific": nullable(sig.Honorific),
					"aliases": sig.PersonAliases}
				r.personSignatures = append(r.personSignatures, map[string]any{
					"person": sig.PersonID, "letter": l.ID, "title": nullable(sig.Title),
					"organization": nullable(sig.Organization), "organizationId": nullable(sig.OrganizationID),
					"position": sig.Position, "line": sig.Line, "provenance": provenanceOf(sig), "confidence": nullableFloat(sig.Confidence),
				})
			}
			if sig.OrganizationID != "" {
				addOrg(OrganizationRef{ID: sig.OrganizationID, Name: sig.Organization, Aliases: sig.Aliases})
				letterOrgs[sig.OrganizationID] = true
				if !signedBy[sig.OrganizationID] {
					signedBy[sig.OrganizationID] = true
					r.organizationSignatures = append(r.organizationSignatures, map[string]any{
						"organization": sig.OrganizationID, "letter": l.ID, "position": sig.Position, "line": sig.Line,
						"via": nullable(sig.PersonID), "provenance": provenanceOf(sig), "confidence": nullableFloat(sig.Confidence),
					})
				}
				if sig.PersonID != "" {
					key := [3]string{sig.PersonID, sig.OrganizationID, sig.Title}
					rr := roles[key]
					if rr == nil {
						rr = &roleRow{}
						roles[key] = rr
					}
					rr.add(l.ID, l.Date)
				}
			}
			for _, aff := range sig.Affiliations {
				addOrg(aff)
				if sig.PersonID != "" {
					affiliations[[2]string{sig.PersonID, aff.ID}] = true
				}
			}
		}
		year := Year(l.Date)
		for id := range letterOrgs {
			o := orgs[id]
			o.letters++
			o.recent = append(o.recent, []any{recentKey(l.Date), l.ID})
			if year != 0 {
				if o.years == nil {
					o.years = map[int]int{}
				}
				o.years[year]++
			}
		}
		r.letters = append(r.letters, letterRow(l, len(li.Signatures), len(letterOrgs)))
		for _, a := range li.Addressees {
			r.addressees[a.Label] = append(r.addressees[a.Label], map[string]any{
				"id": a.ID, "name": a.Name, "letter": l.ID, "kind": a.Kind, "title": nullable(a.Title),
				"organization": nullable(a.Organization), "honorific": nullable(a.Honorific), "position": a.Position,
			})
		}
	}

	for _, id := range sortedKeys(orgs) {
		o := orgs[id]
		years, counts := o.yearRows()
		r.organizations = append(r.organizations, map[string]any{"id": o.id, "name": o.name, "aliases": sortedKeys(o.aliases),
			"letters": o.letters, "years": years, "yearLetters": counts, "recent": o.newest()})
	}
	for _, id := range sortedKeys(people) {
		r.people = append(r.people, people[id])
	}
	for key, rr := range roles {
		r.roles = append(r.roles, map[string]any{
			"person": key[0], "organization": key[1], "title": key[2],
			"first": nullable(rr.first), "last": nullable(rr.last), "letters": rr.letters,
		})
	}
	for key := range affiliations {
		r.affiliations = append(r.affiliations, map[string]any{"person": key[0], "organization": key[1]})
	}
	return r
}

type orgRow struct {
	id, name string
	aliases  map[string]bool
	letters  int
	years    map[int]int // letters per year, of those with a date
	recent   [][]any     // [recentKey, letter id] of its letters in the batch
}

// newest returns the organization's newest recentLettersMax letters of
// the batch, as [recentKey, letter id] rows, so a row stays small when an
// organization signs thousands of letters in one load.
func (o *orgRow) newest() []any {
	sort.Slice(o.recent, func(i, j int) bool {
		a, b := o.recent[i], o.recent[j]
		if a[0] != b[0] {
			return a[0].(string) > b[0].(string)
		}
		return a[1].(string) < b[1].(string)
	})
	out := make([]any, 0, min(len(o.recent), recentLettersMax))
	for _, e := range o.recent[:min(len(o.recent), recentLettersMax)] {
		out = append(out, e)
	}
	return out
}

// yearRows returns the organization's years with letters, in order, and
// how many letters in each.
func (o *orgRow) yearRows() (years, counts []any) {
	ys := make([]int, 0, len(o.years))
	for y := range o.years {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	years, counts = make([]any, len(ys)), make([]any, len(ys))
	for i, y := range ys {
		years[i], counts[i] = y, o.years[y]
	}
	return years, counts
}

type roleRow struct {
	first, last string
	letters     []any
}

func (rr *roleRow) add(letterID, date string) {
	rr.letters = append(rr.letters, letterID)
	if date == "" {
		return
	}
	if rr.first == "" || date < rr.first {
		rr.first = date
	}
	if date > rr.last {
		rr.last = date
	}
}

func letterRow(l *Letter, signatures, organizations int) map[string]any {
	asks := make([]any, len(l.Asks))
	for i, a := range l.Asks {
		asks[i] = a
	}
	return map[string]any{
		"id": l.ID, "sha256": l.SHA256, "source": l.Source, "date": nullable(l.Date), "year": nullableInt(Year(l.Date)),
		"title": nullable(l.Title), "salutation": nullable(l.Salutation), "body": nullable(l.Body),
		"closing": nullable(l.Closing), "asks": asks, "text": l.Text,
		"signatureCount": signatures, "organizationCount": organizations,
		"coSigning": coSigningState(organizations),
	}
}

// Year returns the year of a YYYY-MM-DD date, or 0 when there is none.
func Year(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullableFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

// provenanceOf is a signature's stored provenance: only corrections are
// marked, so a load writes no more than before; reads take none as parsed.
func provenanceOf(sig Signature) any {
	if sig.Provenance == ProvenanceCorrected {
		return ProvenanceCorrected
	}
	return nil
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
