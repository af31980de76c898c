package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// An analyst decides whether two organizations (or two people) are one.
// "Same" merges them: the one kept takes the other's letters, roles,
// affiliations and addresses, and its names as aliases; the other's node
// goes. "Different" keeps them apart, and they are never proposed again.
// Each decision is a (:MergeDecision) node with who and when.
//
// A merge can be undone (split). The decision keeps a copy of what moved,
// as relationships from the decision node to the letters, people and
// organizations involved (MERGED_SIGNATURE, MERGED_ADDRESS, …, holding the
// original relationship's properties, so types survive), and marks each
// relationship the merge created with mergeId. Splitting recreates the
// merged node and its relationships from the copy and deletes what the
// merge created. Merges are undone last first: a merge whose kept entity
// was merged again later is split after that later one.

// Decisions about two entities.
const (
	DecisionSame      = "same"
	DecisionDifferent = "different"
)

// A decision's status: a merge in force, a merge undone, or a keep-apart.
const (
	StatusMerged    = "merged"
	StatusSplit     = "split"
	StatusDifferent = "different"
	StatusUndone    = "undone"
)

// MergeDecision is an analyst's decision about two entities. For a merge,
// Keep is the entity that stays and Other the one merged into it; for a
// keep-apart, the two entities in id order.
type MergeDecision struct {
	ID           string
	Kind         string // KindOrganization or KindPerson
	Decision     string // DecisionSame or DecisionDifferent
	Status       string
	KeepID       string
	KeepName     string
	OtherID      string
	OtherName    string
	OtherAliases []string
	By, At       string
	UndoneBy     string
	UndoneAt     string
}

// labelOf is the node label of an entity kind that can be merged.
func labelOf(kind string) (string, error) {
	switch kind {
	case KindOrganization:
		return "Organization", nil
	case KindPerson:
		return "Person", nil
	}
	return "", Errorf(EINVALID, "only organizations and people can be merged, not %q", kind)
}

// KindOfID tells an entity's kind from its id prefix ("org:", "person:").
func KindOfID(id string) string {
	switch {
	case strings.HasPrefix(id, "org:"):
		return KindOrganization
	case strings.HasPrefix(id, "person:"):
		return KindPerson
	case strings.HasPrefix(id, "letter:"):
		return KindLetter
	case strings.HasPrefix(id, "office:"):
		return KindOffice
	}
	return ""
}

// mergeCypher holds the statements of merges and splits per label; labels
// cannot be parameters, so § stands for one and is replaced at init.
type mergeCypher struct {
	entities, decide, signatures, signedFor, via, affiliations, addresses, finish                                         string
	recreate, restoreSignatures, restoreSignedFor, restoreVia, restoreAffiliations, unaffiliate, restoreAddresses, unmark string
	keepApart                                                                                                             string
}

// Affiliations run from people to organizations, so their patterns depend
// on which kind is merged.
var affiliationPatterns = map[string]*strings.Replacer{
	KindOrganization: strings.NewReplacer(
		"§AFFILIATED", "(n:Person)-[:AFFILIATED_WITH]->(a)",
		"§KEPT_AFFILIATED", "(n)-[:AFFILIATED_WITH]->(b)",
		"§NEW_AFFILIATION", "(n)-[:AFFILIATED_WITH {mergeId: d.id}]->(b)",
		"§RESTORED_AFFILIATION", "(n)-[:AFFILIATED_WITH]->(a)"),
	KindPerson: strings.NewReplacer(
		"§AFFILIATED", "(a)-[:AFFILIATED_WITH]->(n:Organization)",
		"§KEPT_AFFILIATED", "(b)-[:AFFILIATED_WITH]->(n)",
		"§NEW_AFFILIATION", "(b)-[:AFFILIATED_WITH {mergeId: d.id}]->(n)",
		"§RESTORED_AFFILIATION", "(a)-[:AFFILIATED_WITH]->(n)"),
}

var mergeStatements = map[string]*mergeCypher{}

func init() {
	for kind, label := range map[string]string{KindOrganization: "Organization", KindPerson: "Person"} {
		m := &mergeCypher{
			entities: `
OPTIONAL MATCH (a:§ {id: $merged})
OPTIONAL MATCH (b:§ {id: $keep})
RETURN a.name AS mergedName, b.name AS keepName`,
			decide: `
MATCH (a:§ {id: $merged}), (b:§ {id: $keep})
WITH a, b, reduce(acc = [], x IN [a.name] + coalesce(a.aliases, []) |
       CASE WHEN x = b.name OR x IN coalesce(b.aliases, []) OR x IN acc THEN acc ELSE acc + x END) AS added
CREATE (d:MergeDecision {id: randomUUID(), kind: $kind, decision: 'same', status: 'merged',
  keepId: b.id, keepName: b.name, otherId: a.id, otherName: a.name, otherAliases: coalesce(a.aliases, []),
  otherHonorific: a.honorific, keepHonorific: b.honorific, otherRecipient: a:Recipient, keepRecipient: b:Recipient,
  addedAliases: added, by: $by, at: $at})
RETURN d.id AS id`,
			// An organization's signature moves unless the kept one signed
			// the letter too; a person's always moves.
			signatures: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: $merged}), (b:§ {id: $keep})
MATCH (a)-[r:SIGNED]->(l:Letter)
CREATE (d)-[x:MERGED_SIGNATURE]->(l) SET x = properties(r)
WITH d, b, r, l
WHERE $kind = 'person' OR NOT EXISTS { (b)-[:SIGNED]->(l) }
CREATE (b)-[n:SIGNED]->(l) SET n = properties(r), n.mergeId = d.id`,
			// People who signed for the merged organization now sign for
			// the kept one.
			signedFor: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: $merged})
MATCH (a)-[:SIGNED]->(l:Letter)<-[s:SIGNED]-(p:Person)
WHERE s.organizationId = a.id
CREATE (d)-[:MERGED_SIGNED_FOR {person: p.id, position: s.position}]->(l)
SET s.organizationId = $keep
RETURN collect(DISTINCT p.id) AS people`,
			// Organizations that signed through the merged person now sign
			// through the kept one.
			via: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: $merged})
MATCH (a)-[:SIGNED]->(l:Letter)<-[s:SIGNED]-(o:Organization)
WHERE s.via = a.id
CREATE (d)-[:MERGED_VIA {organization: o.id}]->(l)
SET s.via = $keep`,
			affiliations: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: $merged}), (b:§ {id: $keep})
MATCH §AFFILIATED
CREATE (d)-[:MERGED_AFFILIATION]->(n)
WITH d, b, n
WHERE NOT EXISTS { §KEPT_AFFILIATED }
CREATE §NEW_AFFILIATION`,
			addresses: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: $merged}), (b:§ {id: $keep})
MATCH (l:Letter)-[r:ADDRESSED_TO]->(a)
CREATE (d)-[x:MERGED_ADDRESS]->(l) SET x = properties(r)
WITH d, b, r, l
WHERE NOT EXISTS { (l)-[:ADDRESSED_TO {kind: r.kind}]->(b) }
SET b:Recipient
CREATE (l)-[n:ADDRESSED_TO]->(b) SET n = properties(r), n.mergeId = d.id`,
			finish: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: $merged}), (b:§ {id: $keep})
SET b.aliases = coalesce(b.aliases, []) + d.addedAliases,
    b.honorific = coalesce(b.honorific, a.honorific)
SET b.aliasText = reduce(t = '', x IN b.aliases | t + ' ' + x)
DETACH DELETE a`,

			recreate: `
MATCH (d:MergeDecision {id: $decision})
CREATE (a:§ {id: d.otherId})
SET a.name = d.otherName, a.aliases = d.otherAliases, a.honorific = d.otherHonorific,
    a.aliasText = reduce(t = '', x IN d.otherAliases | t + ' ' + x)
FOREACH (_ IN CASE WHEN d.otherRecipient THEN [1] ELSE [] END | SET a:Recipient)`,
			restoreSignatures: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: d.otherId}), (b:§ {id: d.keepId})
MATCH (d)-[x:MERGED_SIGNATURE]->(l:Letter)
WHERE CASE WHEN $kind = 'person' THEN EXISTS { (b)-[:SIGNED {mergeId: d.id}]->(l) }
           ELSE EXISTS { (b)-[:SIGNED]->(l) } END
CREATE (a)-[r:SIGNED]->(l) SET r = properties(x)
WITH DISTINCT d, b
MATCH (b)-[r:SIGNED {mergeId: d.id}]->(:Letter)
DELETE r`,
			restoreSignedFor: `
MATCH (d:MergeDecision {id: $decision})-[x:MERGED_SIGNED_FOR]->(l:Letter)
MATCH (p:Person {id: x.person})-[s:SIGNED]->(l)
WHERE s.position = x.position AND s.organizationId = d.keepId
SET s.organizationId = d.otherId
RETURN collect(DISTINCT p.id) AS people`,
			restoreVia: `
MATCH (d:MergeDecision {id: $decision})-[x:MERGED_VIA]->(l:Letter)
MATCH (o:Organization {id: x.organization})-[s:SIGNED]->(l)
WHERE s.via = d.keepId
SET s.via = d.otherId`,
			restoreAffiliations: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: d.otherId})
MATCH (d)-[:MERGED_AFFILIATION]->(n)
MERGE §RESTORED_AFFILIATION`,
			unaffiliate: `
MATCH (d:MergeDecision {id: $decision}), (b:§ {id: d.keepId})
MATCH (b)-[r:AFFILIATED_WITH {mergeId: d.id}]-()
DELETE r`,
			restoreAddresses: `
MATCH (d:MergeDecision {id: $decision}), (a:§ {id: d.otherId}), (b:§ {id: d.keepId})
MATCH (d)-[x:MERGED_ADDRESS]->(l:Letter)
CREATE (l)-[r:ADDRESSED_TO]->(a) SET r = properties(x)
WITH DISTINCT d, b
MATCH (b)<-[r:ADDRESSED_TO {mergeId: d.id}]-(:Letter)
DELETE r`,
			keepApart: `
OPTIONAL MATCH (old:MergeDecision {pair: $pair, status: 'different'})
WITH old
CALL (old) {
  WITH old WHERE old IS NOT NULL
  RETURN old.id AS id
  UNION
  WITH old WHERE old IS NULL
  MATCH (a:§ {id: $keep}), (b:§ {id: $merged})
  CREATE (d:MergeDecision {id: randomUUID(), pair: $pair, kind: $kind, decision: 'different', status: 'different',
    keepId: a.id, keepName: a.name, otherId: b.id, otherName: b.name, otherAliases: coalesce(b.aliases, []),
    by: $by, at: $at})
  RETURN d.id AS id
}
RETURN id`,
			unmark: `
MATCH (d:MergeDecision {id: $decision}), (b:§ {id: d.keepId})
SET b.aliases = [x IN coalesce(b.aliases, []) WHERE NOT x IN d.addedAliases],
    b.honorific = d.keepHonorific
SET b.aliasText = reduce(t = '', x IN b.aliases | t + ' ' + x)
FOREACH (_ IN CASE WHEN NOT d.keepRecipient AND NOT EXISTS { (b)<-[:ADDRESSED_TO]-() } THEN [1] ELSE [] END | REMOVE b:Recipient)
WITH d
CALL (d) { MATCH (d)-[x]->() DELETE x }
SET d.status = 'split', d.undoneBy = $by, d.undoneAt = $at`,
		}
		for _, p := range []*string{&m.entities, &m.decide, &m.signatures, &m.signedFor, &m.via, &m.affiliations, &m.addresses,
			&m.finish, &m.recreate, &m.restoreSignatures, &m.restoreSignedFor, &m.restoreVia, &m.restoreAffiliations,
			&m.restoreAddresses, &m.unaffiliate, &m.unmark, &m.keepApart} {
			*p = strings.ReplaceAll(affiliationPatterns[kind].Replace(*p), "§", label)
		}
		mergeStatements[kind] = m
	}
}

// Merge merges the entity otherID into keepID, in one transaction, and
// records the decision with who and when. Both must exist and be of one
// kind; the result lists what to recount.
func (s *Store) Merge(ctx context.Context, keepID, otherID, by string) (*MergeDecision, SaveResult, error) {
	kind := KindOfID(keepID)
	if _, err := labelOf(kind); err != nil {
		return nil, SaveResult{}, err
	}
	if KindOfID(otherID) != kind {
		return nil, SaveResult{}, Errorf(EINVALID, "cannot merge %q into %q: not the same kind of entity", otherID, keepID)
	}
	if keepID == otherID {
		return nil, SaveResult{}, Errorf(EINVALID, "cannot merge %q into itself", keepID)
	}
	m := mergeStatements[kind]
	var id string
	var res SaveResult
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		if err := s.changedLetters(ctx, tx); err != nil {
			return err
		}
		p := map[string]any{"keep": keepID, "merged": otherID, "kind": kind, "by": by, "at": now()}
		if err := s.bothExist(ctx, tx, m, p); err != nil {
			return err
		}
		recs, err := s.txRun(ctx, tx, m.decide, p)
		if err != nil {
			return err
		}
		if err := eachRow(recs, "merge decision", func(r *row) { id = r.str("id") }); err != nil {
			return err
		}
		p["decision"] = id
		people := []string{}
		steps := []string{m.signatures, m.affiliations, m.addresses}
		if kind == KindOrganization {
			recs, err := s.txRun(ctx, tx, m.signedFor, p)
			if err != nil {
				return err
			}
			if err := eachRow(recs, "merged signatures", func(r *row) { people = r.strs("people") }); err != nil {
				return err
			}
			res.Organizations = []string{keepID}
		} else {
			steps = append(steps, m.via)
			people = []string{keepID}
		}
		for _, st := range append(steps, m.finish) {
			if _, err := s.txRun(ctx, tx, st, p); err != nil {
				return err
			}
		}
		res.People = people
		return s.rederive(ctx, tx, res.Organizations, res.People)
	})
	if err != nil {
		return nil, SaveResult{}, fmt.Errorf("merge: %w", err)
	}
	d, err := s.FindMergeDecision(ctx, id)
	return d, res, err
}

func (s *Store) bothExist(ctx context.Context, tx neo4j.ManagedTransaction, m *mergeCypher, p map[string]any) error {
	recs, err := s.txRun(ctx, tx, m.entities, p)
	if err != nil {
		return err
	}
	var merged, keep string
	if err := eachRow(recs, "entities", func(r *row) { merged, keep = r.str("mergedName"), r.str("keepName") }); err != nil {
		return err
	}
	switch {
	case keep == "":
		return Errorf(ENOTFOUND, "%q not found (was it merged or corrected away?)", p["keep"])
	case merged == "":
		return Errorf(ENOTFOUND, "%q not found (was it merged or corrected away?)", p["merged"])
	}
	return nil
}

const decisionStateCypher = `
MATCH (d:MergeDecision {id: $decision})
OPTIONAL MATCH (later:MergeDecision {otherId: d.keepId, status: 'merged'})
RETURN d.kind AS kind, d.status AS status, d.keepId AS keep, d.otherId AS other, later.keepName AS laterInto,
       COUNT { MATCH (n:Organization {id: d.keepId}) } + COUNT { MATCH (n:Person {id: d.keepId}) } > 0 AS keepExists,
       COUNT { MATCH (n:Organization {id: d.otherId}) } + COUNT { MATCH (n:Person {id: d.otherId}) } > 0 AS otherExists`

const undoDifferentCypher = `
MATCH (d:MergeDecision {id: $decision})
SET d.status = 'undone', d.undoneBy = $by, d.undoneAt = $at`

// Undo undoes a decision, in one transaction: a merge is split (the
// merged entity comes back with its own letters, roles and names), a
// keep-apart is forgotten (the pair may be proposed again). ENOTFOUND for
// an unknown decision; ECONFLICT for one already undone, or a merge whose
// kept entity was merged again since (split that one first).
func (s *Store) Undo(ctx context.Context, decisionID, by string) (*MergeDecision, SaveResult, error) {
	var res SaveResult
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		if err := s.changedLetters(ctx, tx); err != nil {
			return err
		}
		p := map[string]any{"decision": decisionID, "by": by, "at": now()}
		recs, err := s.txRun(ctx, tx, decisionStateCypher, p)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return Errorf(ENOTFOUND, "decision %q not found", decisionID)
		}
		var st struct {
			kind, status, keep, other, laterInto string
			keepExists, otherExists              bool
		}
		err = eachRow(recs, "decision", func(r *row) {
			st.kind, st.status, st.keep, st.other, st.laterInto = r.str("kind"), r.str("status"), r.str("keep"), r.str("other"), r.str("laterInto")
			st.keepExists, st.otherExists = r.bool("keepExists"), r.bool("otherExists")
		})
		if err != nil {
			return err
		}
		switch {
		case st.status == StatusDifferent:
			_, err := s.txRun(ctx, tx, undoDifferentCypher, p)
			return err
		case st.status != StatusMerged:
			return Errorf(ECONFLICT, "this decision was already undone")
		case !st.keepExists && st.laterInto != "":
			return Errorf(ECONFLICT, "%s was merged into %s after this merge; split that merge first", st.keep, st.laterInto)
		case !st.keepExists:
			return Errorf(ECONFLICT, "%s is no longer in the graph; this merge cannot be split", st.keep)
		case st.otherExists:
			return Errorf(ECONFLICT, "%s is in the graph again (a later load or correction made it); merge it into %s, or correct those letters, before splitting", st.other, st.keep)
		}
		res, err = s.split(ctx, tx, st.kind, p)
		return err
	})
	if err != nil {
		return nil, SaveResult{}, fmt.Errorf("undo decision: %w", err)
	}
	d, err := s.FindMergeDecision(ctx, decisionID)
	return d, res, err
}

func (s *Store) split(ctx context.Context, tx neo4j.ManagedTransaction, kind string, p map[string]any) (SaveResult, error) {
	m := mergeStatements[kind]
	if m == nil {
		return SaveResult{}, Errorf(EINTERNAL, "decision of unknown kind %q", kind)
	}
	p["kind"] = kind
	var res SaveResult
	if _, err := s.txRun(ctx, tx, m.recreate, p); err != nil {
		return res, err
	}
	recs, err := s.txRun(ctx, tx, decisionEntitiesCypher, p)
	if err != nil {
		return res, err
	}
	var keep, other string
	if err := eachRow(recs, "decision", func(r *row) { keep, other = r.str("keep"), r.str("other") }); err != nil {
		return res, err
	}
	steps := []string{m.restoreSignatures, m.restoreAffiliations, m.unaffiliate, m.restoreAddresses}
	if kind == KindOrganization {
		recs, err := s.txRun(ctx, tx, m.restoreSignedFor, p)
		if err != nil {
			return res, err
		}
		if err := eachRow(recs, "split signatures", func(r *row) { res.People = r.strs("people") }); err != nil {
			return res, err
		}
		res.Organizations = []string{keep, other}
	} else {
		steps = append(steps, m.restoreVia)
		res.People = []string{keep, other}
	}
	for _, st := range append(steps, m.unmark) {
		if _, err := s.txRun(ctx, tx, st, p); err != nil {
			return res, err
		}
	}
	return res, s.rederive(ctx, tx, res.Organizations, res.People)
}

const decisionEntitiesCypher = `
MATCH (d:MergeDecision {id: $decision})
RETURN d.keepId AS keep, d.otherId AS other`

// KeepApart records that two entities are different, so they are never
// proposed as duplicates again. Deciding it twice returns the first
// decision.
func (s *Store) KeepApart(ctx context.Context, aID, bID, by string) (*MergeDecision, error) {
	kind := KindOfID(aID)
	if _, err := labelOf(kind); err != nil {
		return nil, err
	}
	if KindOfID(bID) != kind {
		return nil, Errorf(EINVALID, "%q and %q are not the same kind of entity", aID, bID)
	}
	if aID == bID {
		return nil, Errorf(EINVALID, "%q is one entity; there is nothing to keep apart", aID)
	}
	if aID > bID {
		aID, bID = bID, aID
	}
	var id string
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		p := map[string]any{"keep": aID, "merged": bID, "kind": kind, "by": by, "at": now(), "pair": kind + "|" + aID + "|" + bID}
		if err := s.bothExist(ctx, tx, mergeStatements[kind], p); err != nil {
			return err
		}
		recs, err := s.txRun(ctx, tx, mergeStatements[kind].keepApart, p)
		if err != nil {
			return err
		}
		return eachRow(recs, "decision", func(r *row) { id = r.str("id") })
	})
	if err != nil {
		return nil, fmt.Errorf("keep apart: %w", err)
	}
	return s.FindMergeDecision(ctx, id)
}

const mergeDecisionFields = `d.id AS id, d.kind AS kind, d.decision AS decision, d.status AS status,
       d.keepId AS keepId, d.keepName AS keepName, d.otherId AS otherId, d.otherName AS otherName,
       coalesce(d.otherAliases, []) AS otherAliases, d.by AS by, d.at AS at, d.undoneBy AS undoneBy, d.undoneAt AS undoneAt`

const (
	mergeDecisionCypher = `
MATCH (d:MergeDecision {id: $id})
RETURN ` + mergeDecisionFields

	mergeDecisionsCypher = `
MATCH (d:MergeDecision)
WHERE $status IS NULL OR d.status = $status
RETURN ` + mergeDecisionFields + `
ORDER BY d.at DESC, d.id
SKIP $offset LIMIT $first`
)

func decodeMergeDecision(r *row) *MergeDecision {
	return &MergeDecision{ID: r.str("id"), Kind: r.str("kind"), Decision: r.str("decision"), Status: r.str("status"),
		KeepID: r.str("keepId"), KeepName: r.str("keepName"), OtherID: r.str("otherId"), OtherName: r.str("otherName"),
		OtherAliases: r.strs("otherAliases"), By: r.str("by"), At: r.str("at"), UndoneBy: r.str("undoneBy"), UndoneAt: r.str("undoneAt")}
}

// FindMergeDecision returns one decision; ENOTFOUND if there is none.
func (s *Store) FindMergeDecision(ctx context.Context, id string) (*MergeDecision, error) {
	recs, err := s.read(ctx, mergeDecisionCypher, map[string]any{"id": id})
	if err != nil {
		return nil, fmt.Errorf("find decision: %w", err)
	}
	if len(recs) == 0 {
		return nil, Errorf(ENOTFOUND, "decision %q not found", id)
	}
	var d *MergeDecision
	err = eachRow(recs, "decision", func(r *row) { d = decodeMergeDecision(r) })
	return d, err
}

// MergeDecisions returns decisions, newest first; status "" for all.
func (s *Store) MergeDecisions(ctx context.Context, status string, p Page) ([]*MergeDecision, error) {
	recs, err := s.read(ctx, mergeDecisionsCypher, map[string]any{"status": nullable(status), "offset": p.Offset, "first": p.First})
	if err != nil {
		return nil, fmt.Errorf("find decisions: %w", err)
	}
	var out []*MergeDecision
	err = eachRow(recs, "decision", func(r *row) { out = append(out, decodeMergeDecision(r)) })
	return out, err
}
