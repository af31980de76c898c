package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// An analyst adds a letter (CreateLetter) or corrects one (CorrectLetter).
// What they saved is kept as a (:Correction {sha256}) node beside the
// letter, keyed by the letter's content hash: a load that reads the same
// file again finds it and keeps the corrected reading (see Corrections).
// Letters carry a version that each correction raises; a correction names
// the version it started from and is refused when another saved first, so
// two analysts never overwrite each other unseen.

// SaveResult says what a save wrote.
type SaveResult struct {
	LetterID string
	Version  int
	// Entities whose signatures the save changed: their partners and
	// counts change with it.
	Organizations []string
	People        []string
}

const (
	letterExistsCypher = `
MATCH (l:Letter {sha256: $sha})
RETURN l.id AS id`

	markAddedCypher = `
MATCH (l:Letter {id: $id})
SET l.version = 0, l.addedBy = $by, l.addedAt = $at`

	// lockLetterCypher takes the letter's write lock before its version is
	// read, so two corrections of one letter run one after the other and
	// the second sees the first's version.
	lockLetterCypher = `
MATCH (l:Letter {id: $id})
SET l.editLock = true
RETURN l.id AS id`

	letterVersionCypher = `
MATCH (l:Letter {id: $id})
RETURN coalesce(l.version, 0) AS version, coalesce(l.correctedBy, '') AS by, coalesce(l.correctedAt, '') AS at`

	// letterEntitiesCypher lists what a letter's signatures and addressees
	// touch, before they are replaced.
	letterEntitiesCypher = `
MATCH (l:Letter {id: $id})
RETURN COLLECT { MATCH (o:Organization)-[:SIGNED]->(l) RETURN o.id } +
       COLLECT { MATCH (:Person)-[s:SIGNED]->(l) WHERE s.organizationId IS NOT NULL RETURN s.organizationId } +
       COLLECT { MATCH (p:Person)-[:SIGNED]->(l) MATCH (p)-[:AFFILIATED_WITH]->(a:Organization) RETURN a.id } AS organizations,
       COLLECT { MATCH (p:Person)-[:SIGNED]->(l) RETURN p.id } AS people,
       COLLECT { MATCH (l)-[:ADDRESSED_TO]->(r) RETURN r.id } AS recipients`

	deleteLetterEdgesCypher = `
MATCH (l:Letter {id: $id})
CALL (l) { MATCH (l)<-[s:SIGNED]-() DELETE s }
CALL (l) { MATCH (l)-[a:ADDRESSED_TO]->() DELETE a }`

	// ensureOrganizationsCypher creates a correction's new organizations
	// and adds aliases; counts are recounted after.
	ensureOrganizationsCypher = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.aliases = [], o.letterCount = 0
WITH o, o.aliases + [a IN row.aliases WHERE NOT a IN o.aliases] AS aliases
SET o.aliases = aliases, o.aliasText = reduce(t = '', a IN aliases | t + ' ' + a)`

	updateCorrectedLetterCypher = `
MATCH (l:Letter {id: $id})
SET l.date = $date, l.year = $year, l.title = $title,
    l.signatureCount = $signatures, l.organizationCount = $organizations,
    l.version = $version, l.correctedBy = $by, l.correctedAt = $at
REMOVE l.editLock`

	saveCorrectionCypher = `
MERGE (c:Correction {sha256: $sha})
SET c.letterId = $id, c.draft = $draft, c.version = $version, c.by = $by, c.at = $at,
    c.history = coalesce(c.history, []) + [$at + ' ' + $by + ' v' + toString($version)]`

	correctionsCypher = `
UNWIND $shas AS sha
MATCH (c:Correction {sha256: sha})
RETURN c.sha256 AS sha256, c.draft AS draft`
)

// CreateLetter writes a new letter an analyst added, in one transaction,
// with the draft as its correction when any signatory was corrected. A
// letter whose content is already in the graph is refused with ECONFLICT,
// naming it, so it is corrected rather than added twice.
func (s *Store) CreateLetter(ctx context.Context, li LetterImport, draft *LetterDraft, by string) (SaveResult, error) {
	l := li.Letter
	res := SaveResult{LetterID: l.ID}
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		recs, err := s.txRun(ctx, tx, letterExistsCypher, map[string]any{"sha": l.SHA256})
		if err != nil {
			return err
		}
		if len(recs) > 0 {
			id, _, _ := neo4j.GetRecordValue[string](recs[0], "id")
			return Errorf(ECONFLICT, "this letter is already in the graph as %s; open it there to correct it", id)
		}
		seq, err := s.stamp(ctx, tx)
		if err != nil {
			return err
		}
		r := buildRows([]LetterImport{li})
		r.letters[0].(map[string]any)["seq"] = seq
		if err := s.writeNew(ctx, tx, r); err != nil {
			return err
		}
		if _, err := s.txRun(ctx, tx, writeRolesCypher, map[string]any{"rows": roleRows([]LetterImport{li})}); err != nil {
			return err
		}
		at := now()
		if _, err := s.txRun(ctx, tx, markAddedCypher, map[string]any{"id": l.ID, "by": by, "at": at}); err != nil {
			return err
		}
		if hasCorrections(draft) {
			return s.saveCorrection(ctx, tx, l, draft, 0, by, at)
		}
		return nil
	})
	if err != nil {
		return SaveResult{}, fmt.Errorf("add letter: %w", err)
	}
	res.Organizations, res.People = entitiesOf(li)
	return res, nil
}

// CorrectLetter replaces a letter's date, title, recipients and signatures
// with a corrected reading, in one transaction: the version check, the new
// signatures, the recounted organizations and roles, and the correction
// node all commit together, or nothing does. version is the version the
// analyst started from; another save since gives ECONFLICT.
func (s *Store) CorrectLetter(ctx context.Context, li LetterImport, draft *LetterDraft, version int, by string) (SaveResult, error) {
	l := li.Letter
	res := SaveResult{LetterID: l.ID, Version: version + 1}
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		if err := s.changedLetters(ctx, tx); err != nil {
			return err
		}
		if err := s.checkVersion(ctx, tx, l.ID, version); err != nil {
			return err
		}
		old, err := s.letterEntities(ctx, tx, l.ID)
		if err != nil {
			return err
		}
		if _, err := s.txRun(ctx, tx, deleteLetterEdgesCypher, map[string]any{"id": l.ID}); err != nil {
			return err
		}
		r := buildRows([]LetterImport{li})
		if err := s.writeEdges(ctx, tx, r); err != nil {
			return err
		}
		at := now()
		row := r.letters[0].(map[string]any)
		if _, err := s.txRun(ctx, tx, updateCorrectedLetterCypher, map[string]any{
			"id": l.ID, "date": row["date"], "year": row["year"], "title": row["title"],
			"signatures": row["signatureCount"], "organizations": row["organizationCount"],
			"version": version + 1, "by": by, "at": at,
		}); err != nil {
			return err
		}
		orgs, people := entitiesOf(li)
		res.Organizations, res.People = union(old.organizations, orgs), union(old.people, people)
		if err := s.rederive(ctx, tx, res.Organizations, res.People); err != nil {
			return err
		}
		if err := s.deleteOrphans(ctx, tx, res.Organizations, res.People, old.recipients); err != nil {
			return err
		}
		return s.saveCorrection(ctx, tx, l, draft, version+1, by, at)
	})
	if err != nil {
		return SaveResult{}, fmt.Errorf("correct letter: %w", err)
	}
	return res, nil
}

// checkVersion locks the letter and refuses the save unless its version is
// the one the analyst started from.
func (s *Store) checkVersion(ctx context.Context, tx neo4j.ManagedTransaction, id string, version int) error {
	recs, err := s.txRun(ctx, tx, lockLetterCypher, map[string]any{"id": id})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return Errorf(ENOTFOUND, "letter %q not found", id)
	}
	recs, err = s.txRun(ctx, tx, letterVersionCypher, map[string]any{"id": id})
	if err != nil {
		return err
	}
	var current int
	var who, when string
	err = eachRow(recs, "letter version", func(r *row) { current, who, when = r.int("version"), r.str("by"), r.str("at") })
	if err != nil {
		return err
	}
	if current != version {
		return VersionConflict(who, when, current, version)
	}
	return nil
}

// VersionConflict is the error for a save that started from an older
// version of a letter than the graph has.
func VersionConflict(who, when string, current, started int) error {
	return Errorf(ECONFLICT, "someone else saved this letter since you opened it (%s at %s; now version %d, you started from version %d); reload it to see their changes, then make yours again",
		orDefault(who, "another editor"), orDefault(when, "an unknown time"), current, started)
}

type letterEntities struct {
	organizations, people, recipients []string
}

func (s *Store) letterEntities(ctx context.Context, tx neo4j.ManagedTransaction, id string) (letterEntities, error) {
	recs, err := s.txRun(ctx, tx, letterEntitiesCypher, map[string]any{"id": id})
	if err != nil {
		return letterEntities{}, err
	}
	var e letterEntities
	err = eachRow(recs, "letter entities", func(r *row) {
		e = letterEntities{organizations: r.strs("organizations"), people: r.strs("people"), recipients: r.strs("recipients")}
	})
	return e, err
}

// writeEdges writes a letter's signatures and addressees, and the people
// and organizations they need, to a letter that exists; roles and counts
// are derived after (rederive).
func (s *Store) writeEdges(ctx context.Context, tx neo4j.ManagedTransaction, r rows) error {
	steps := [][2]any{
		{ensureOrganizationsCypher, r.organizations},
		{writePeopleCypher, r.people},
		{writePersonSignaturesCypher, r.personSignatures},
		{writeOrganizationSignaturesCypher, r.organizationSignatures},
		{writeAffiliationsCypher, r.affiliations},
	}
	for _, label := range []string{"Person", "Organization", "Office"} {
		steps = append(steps, [2]any{writeAddresseesCypher[label], r.addressees[label]})
	}
	for _, st := range steps {
		for _, chunk := range chunks(st[1].([]any)) {
			if _, err := s.txRun(ctx, tx, st[0].(string), map[string]any{"rows": chunk}); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Store) saveCorrection(ctx context.Context, tx neo4j.ManagedTransaction, l *Letter, draft *LetterDraft, version int, by, at string) error {
	kept := *draft
	kept.ID, kept.SHA256, kept.Version, kept.Text = l.ID, l.SHA256, version, ""
	kept.Corrected, kept.CorrectedBy, kept.CorrectedAt = true, by, at
	data, err := json.Marshal(kept)
	if err != nil {
		return fmt.Errorf("encode correction: %w", err)
	}
	_, err = s.txRun(ctx, tx, saveCorrectionCypher, map[string]any{
		"sha": l.SHA256, "id": l.ID, "draft": string(data), "version": version, "by": by, "at": at,
	})
	return err
}

// Corrections returns the saved corrections of the letters with the given
// content hashes, keyed by hash: a load reads a file again and keeps what
// an analyst corrected instead of what the parser reads. The drafts carry
// no text (the file has it).
func (s *Store) Corrections(ctx context.Context, shas []string) (map[string]*LetterDraft, error) {
	recs, err := s.read(ctx, correctionsCypher, map[string]any{"shas": shas})
	if err != nil {
		return nil, fmt.Errorf("find corrections: %w", err)
	}
	out := map[string]*LetterDraft{}
	var bad error
	err = eachRow(recs, "correction", func(r *row) {
		var d LetterDraft
		if err := json.Unmarshal([]byte(r.str("draft")), &d); err != nil {
			bad = fmt.Errorf("decode correction of %s: %w", r.str("sha256"), err)
			return
		}
		out[r.str("sha256")] = &d
	})
	if err == nil {
		err = bad
	}
	return out, err
}

// write runs fn in one write transaction and translates its error.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) error) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, fn(tx)
	})
	if err != nil {
		return s.translate(err)
	}
	return nil
}

func hasCorrections(d *LetterDraft) bool {
	for _, sig := range d.Signatories {
		if sig.Provenance == ProvenanceCorrected {
			return true
		}
	}
	return false
}

// entitiesOf lists the organizations and people a letter's signatures name.
func entitiesOf(li LetterImport) (orgs, people []string) {
	for _, sig := range li.Signatures {
		if sig.OrganizationID != "" {
			orgs = append(orgs, sig.OrganizationID)
		}
		if sig.PersonID != "" {
			people = append(people, sig.PersonID)
		}
	}
	return union(orgs), union(people)
}

// union returns the distinct strings of the lists, sorted.
func union(lists ...[]string) []string {
	set := map[string]bool{}
	for _, l := range lists {
		for _, x := range l {
			set[x] = true
		}
	}
	return sortedKeys(set)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// now is the time an edit is stamped with, in UTC to the second.
func now() string { return time.Now().UTC().Format(time.RFC3339) }

const letterDraftCypher = `
MATCH (l:Letter {id: $id})
RETURN l.id AS id, l.sha256 AS sha256, coalesce(l.version, 0) AS version, l.source AS source, l.text AS text,
       l.date AS date, l.title AS title, l.correctedBy AS correctedBy, l.correctedAt AS correctedAt,
       COLLECT {
         MATCH (p:Person)-[s:SIGNED]->(l)
         OPTIONAL MATCH (o:Organization {id: s.organizationId})
         RETURN {position: s.position, line: s.line, name: p.name, personId: p.id, honorific: p.honorific,
                 title: s.title, organization: o.name, organizationId: o.id,
                 provenance: coalesce(s.provenance, 'parsed'), confidence: s.confidence} AS sig
       } + COLLECT {
         MATCH (o:Organization)-[s:SIGNED]->(l) WHERE s.via IS NULL
         RETURN {position: s.position, line: s.line, organization: o.name, organizationId: o.id,
                 provenance: coalesce(s.provenance, 'parsed'), confidence: s.confidence} AS sig
       } AS signatures,
       COLLECT {
         MATCH (l)-[a:ADDRESSED_TO]->(r)
         RETURN {kind: a.kind, position: a.position, honorific: a.honorific, title: a.title,
                 name: CASE WHEN r:Person THEN r.name END,
                 organization: CASE WHEN r:Organization THEN coalesce(a.organization, r.name) ELSE a.organization END} AS a
       } AS addressees`

// LetterDraft returns a stored letter as a draft to correct: its fields,
// its signatories with the ids of their entities and their provenance, and
// its version. ENOTFOUND when there is no such letter.
func (s *Store) LetterDraft(ctx context.Context, id string) (*LetterDraft, error) {
	recs, err := s.read(ctx, letterDraftCypher, map[string]any{"id": id})
	if err != nil {
		return nil, fmt.Errorf("read letter draft: %w", err)
	}
	if len(recs) == 0 {
		return nil, Errorf(ENOTFOUND, "letter %q not found", id)
	}
	var d *LetterDraft
	err = eachRow(recs, "letter draft", func(r *row) { d = decodeDraft(r) })
	return d, err
}

func decodeDraft(r *row) *LetterDraft {
	d := &LetterDraft{ID: r.str("id"), SHA256: r.str("sha256"), Version: r.int("version"), Source: r.str("source"),
		Text: r.str("text"), Date: r.str("date"), Title: r.str("title"),
		CorrectedBy: r.str("correctedBy"), CorrectedAt: r.str("correctedAt")}
	d.Corrected = d.CorrectedBy != ""
	type positioned struct {
		pos int
		sig DraftSignatory
	}
	var sigs []positioned
	for _, s := range r.list("signatures") {
		sigs = append(sigs, positioned{s.int("position"), DraftSignatory{
			Name: s.str("name"), PersonID: s.str("personId"), Honorific: s.str("honorific"), Title: s.str("title"),
			Organization: s.str("organization"), OrganizationID: s.str("organizationId"), Line: s.int("line"),
			Provenance: s.str("provenance"), Confidence: s.float("confidence"),
		}})
	}
	sort.SliceStable(sigs, func(i, j int) bool { return sigs[i].pos < sigs[j].pos })
	for _, s := range sigs {
		d.Signatories = append(d.Signatories, s.sig)
	}
	type party struct {
		kind string
		pos  int
		p    Party
	}
	var parties []party
	for _, a := range r.list("addressees") {
		parties = append(parties, party{a.str("kind"), a.int("position"), Party{Honorific: a.str("honorific"), Name: a.str("name"),
			Title: a.str("title"), Organization: a.str("organization")}})
	}
	sort.SliceStable(parties, func(i, j int) bool { return parties[i].pos < parties[j].pos })
	for _, p := range parties {
		if p.kind == "cc" {
			d.CC = append(d.CC, p.p)
		} else {
			d.Recipients = append(d.Recipients, p.p)
		}
	}
	return d
}
