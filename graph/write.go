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
// New letters are stamped with the next value of the change counter, which
// tells a Projection what to read (see projection.go).
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
		seq, err := s.stamp(ctx, tx)
		if err != nil {
			return nil, err
		}
		r := buildRows(todo)
		for _, l := range r.letters {
			l.(map[string]any)["seq"] = seq
		}
		return nil, s.writeNew(ctx, tx, r)
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

// writeOrganizationsCypher adds an organization's aliases and letters.
const writeOrganizationsCypher = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.aliases = [], o.letterCount = 0
WITH o, row, o.aliases + [a IN row.aliases WHERE NOT a IN o.aliases] AS aliases
SET o.aliases = aliases,
    o.aliasText = reduce(t = '', a IN aliases | t + ' ' + a),
    o.letterCount = o.letterCount + row.letters`

// bumpChangeCounterCypher increments the counter of letter writes (see
// projection.go) and returns the stamp of this write's letters. It runs
// first in the transaction: the counter's lock, held until the commit,
// makes writes commit in the order of their stamps, and taking it before
// any other lock keeps writers from deadlocking on it.
const bumpChangeCounterCypher = `
MERGE (c:ChangeCounter {id: 'letters'})
ON CREATE SET c.value = 0, c.epoch = randomUUID()
SET c.value = c.value + 1
RETURN c.value AS seq`

// stamp bumps the change counter and returns the stamp of the letters the
// transaction writes.
func (s *Store) stamp(ctx context.Context, tx neo4j.ManagedTransaction) (int64, error) {
	recs, err := s.txRun(ctx, tx, bumpChangeCounterCypher, nil)
	if err != nil {
		return 0, err
	}
	if len(recs) != 1 {
		return 0, fmt.Errorf("change counter: %d records, want 1", len(recs))
	}
	seq, _, err := neo4j.GetRecordValue[int64](recs[0], "seq")
	if err != nil {
		return 0, fmt.Errorf("decode change counter: %w", err)
	}
	return seq, nil
}

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

	// writeRolesCypher merges a role's evidence in: idempotent, so a load
	// run again after a crash adds nothing twice. A new role (most, in a
	// load) skips comparing lists.
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
    h.letters = CASE WHEN size(h.letters) = 0 THEN row.letters
                     ELSE h.letters + [x IN row.letters WHERE NOT x IN h.letters] END`

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
	affiliations                             []any
	addressees                               map[string][]any
}

// buildRows flattens new letters into statement rows, aggregating what
// several letters share (an organization's letter count, a role's evidence) so that every node and relationship is touched once.
func buildRows(batch []LetterImport) rows {
	r := rows{addressees: map[string][]any{}}
	orgs := map[string]*orgRow{}
	people := map[string]map[string]any{}
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
			}
			for _, aff := range sig.Affiliations {
				addOrg(aff)
				if sig.PersonID != "" {
					affiliations[[2]string{sig.PersonID, aff.ID}] = true
				}
			}
		}
		for id := range letterOrgs {
			o := orgs[id]
			o.letters++
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
		r.organizations = append(r.organizations, map[string]any{"id": o.id, "name": o.name, "aliases": sortedKeys(o.aliases),
			"letters": o.letters})
	}
	for _, id := range sortedKeys(people) {
		r.people = append(r.people, people[id])
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
}

// WriteRoles records who held which title at which organization, with the
// first and last dated letters that show it and every letter that does,
// for a whole load at once: a person who signs in every batch has the role
// merged once, not once a batch. Loads call it after their last batch,
// with every letter they read, new or already in the graph, so a load run
// again after a crash between the two finishes the job; it is idempotent.
// It returns how many roles it wrote.
func (s *Store) WriteRoles(ctx context.Context, letters []LetterImport) (int, error) {
	var roles RoleSet
	roles.Add(letters)
	return s.WriteRoleSet(ctx, &roles)
}

// WriteRoleSet is WriteRoles for roles gathered batch by batch: a load
// keeps them, not its letters, until its last batch is written.
func (s *Store) WriteRoleSet(ctx context.Context, roles *RoleSet) (int, error) {
	for start := 0; start < len(roles.keys); start += maxRows {
		chunk := roles.rows(start, min(start+maxRows, len(roles.keys)))
		if _, err := s.run(ctx, writeRolesCypher, map[string]any{"rows": chunk}, true); err != nil {
			return 0, fmt.Errorf("write roles: %w", err)
		}
	}
	return len(roles.keys), nil
}

// RoleSet gathers the roles letters show: one per person, organization and
// title, with its letters and first and last dates, in the order first seen.
// The zero value is empty.
type RoleSet struct {
	roles   map[[3]string]*roleRow
	keys    [][3]string
	letters int
}

// Add gathers the roles of letters.
func (rs *RoleSet) Add(letters []LetterImport) {
	if rs.roles == nil {
		rs.roles = map[[3]string]*roleRow{}
	}
	rs.letters += len(letters)
	for _, li := range letters {
		for _, sig := range li.Signatures {
			if sig.PersonID == "" || sig.OrganizationID == "" {
				continue
			}
			key := [3]string{sig.PersonID, sig.OrganizationID, sig.Title}
			rr := rs.roles[key]
			if rr == nil {
				rr = &roleRow{}
				rs.roles[key] = rr
				rs.keys = append(rs.keys, key)
			}
			rr.add(li.Letter.ID, li.Letter.Date)
		}
	}
}

// Letters is how many letters were added.
func (rs *RoleSet) Letters() int { return rs.letters }

// rows returns the statement rows of roles start to end.
func (rs *RoleSet) rows(start, end int) []any {
	rows := make([]any, 0, end-start)
	for _, key := range rs.keys[start:end] {
		rr := rs.roles[key]
		letters := make([]any, len(rr.letters))
		for i, id := range rr.letters {
			letters[i] = id
		}
		rows = append(rows, map[string]any{"person": key[0], "organization": key[1], "title": key[2],
			"first": nullable(rr.first), "last": nullable(rr.last), "letters": letters})
	}
	return rows
}

// roleRows aggregates the letters' roles: one row per person, organization
// and title, in a stable order.
func roleRows(letters []LetterImport) []any {
	var roles RoleSet
	roles.Add(letters)
	return roles.rows(0, len(roles.keys))
}

// roleRow is one role's evidence; letters are ids, kept as strings (an
// interface holding a string would cost an allocation a signature).
type roleRow struct {
	first, last string
	letters     []string
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
