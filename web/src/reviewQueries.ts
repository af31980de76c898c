// The GraphQL documents of the review loop: editing status, parsing and
// saving letters, resolving names, duplicate candidates and decisions.
// Their shapes come from src/generated/graphql.ts (npm run codegen).

import type * as G from "./generated/graphql";

export type LetterDraft = G.LetterDraftFieldsFragment;
export type SignatoryDraft = LetterDraft["signatories"][number];
export type PartyDraft = LetterDraft["recipients"][number];
export type ParsedLetter = G.ParseLetterMutation["parseLetter"];
export type NameMatch = G.ResolveNamesQuery["resolveNames"][number];
export type Candidate = G.CandidatesQuery["duplicateCandidates"]["candidates"][number];
export type CandidateSide = Candidate["a"];
export type Decision = G.DecisionFieldsFragment;
export type LetterInput = G.LetterInput;

export const Q_EDITING = /* GraphQL */ `
  query Editing { editing { enabled authorized editor } }
`;

const DRAFT_FIELDS = /* GraphQL */ `
  fragment LetterDraftFields on LetterDraft {
    id sha256 version source text date title corrected correctedBy correctedAt
    recipients { honorific name title organization }
    cc { honorific name title organization }
    signatories {
      honorific name title organization personId organizationId
      line endLine confidence reason provenance
    }
  }
`;

const PARSE_DOC = /* GraphQL */ `
  mutation ParseLetter($input: ParseLetterInput!) {
    parseLetter(input: $input) {
      format
      existing { id title date }
      draft { ...LetterDraftFields }
    }
  }
`;
export const M_PARSE_LETTER = PARSE_DOC + DRAFT_FIELDS;

const DRAFT_DOC = /* GraphQL */ `
  query LetterDraft($id: ID!) { letterDraft(id: $id) { ...LetterDraftFields } }
`;
export const Q_LETTER_DRAFT = DRAFT_DOC + DRAFT_FIELDS;

export const M_SAVE_LETTER = /* GraphQL */ `
  mutation SaveLetter($input: LetterInput!) {
    saveLetter(input: $input) { version letter { id title date } }
  }
`;

export const Q_RESOLVE_NAMES = /* GraphQL */ `
  query ResolveNames($organizations: [String!], $people: [String!]) {
    resolveNames(organizations: $organizations, people: $people) { kind name id exists existing }
  }
`;

const DECISION_FIELDS = /* GraphQL */ `
  fragment DecisionFields on MergeDecision {
    id kind decision status keepId keepName otherId otherName otherAliases by at undoneBy undoneAt
  }
`;

export const Q_CANDIDATES = /* GraphQL */ `
  query Candidates($kind: String, $first: Int, $offset: Int) {
    duplicateCandidates(kind: $kind, first: $first, offset: $offset) {
      totalCount
      candidates {
        kind score reason evidence sharedLetters
        sharedCoSigners(first: 8)
        a { ...CandidateSideFields }
        b { ...CandidateSideFields }
      }
    }
  }
  fragment CandidateSideFields on CandidateSide {
    id name honorific aliases letterCount firstDate lastDate titles
    letters(first: 5) { id date title }
  }
`;

const DECISIONS_DOC = /* GraphQL */ `
  query Decisions($first: Int) { mergeDecisions(first: $first) { ...DecisionFields } }
`;
export const Q_DECISIONS = DECISIONS_DOC + DECISION_FIELDS;

const MERGE_DOC = /* GraphQL */ `
  mutation MergeEntities($keep: ID!, $merged: ID!) { mergeEntities(keep: $keep, merged: $merged) { ...DecisionFields } }
`;
export const M_MERGE = MERGE_DOC + DECISION_FIELDS;

const KEEP_APART_DOC = /* GraphQL */ `
  mutation KeepApart($a: ID!, $b: ID!) { keepApart(a: $a, b: $b) { ...DecisionFields } }
`;
export const M_KEEP_APART = KEEP_APART_DOC + DECISION_FIELDS;

const UNDO_DOC = /* GraphQL */ `
  mutation UndoDecision($id: ID!) { undoDecision(id: $id) { ...DecisionFields } }
`;
export const M_UNDO = UNDO_DOC + DECISION_FIELDS;

export const Q_ALIASES_FILE = /* GraphQL */ `
  query AliasesFile { aliasesFile }
`;

export const M_IMPORT_ALIASES = /* GraphQL */ `
  mutation ImportAliases($text: String!) {
    importAliases(text: $text) { merged { id } keptApart { id } skipped }
  }
`;

/** A draft as the saveLetter mutation takes it. */
export function letterInput(d: LetterDraft, text?: string): LetterInput {
  const party = (p: PartyDraft) => ({ honorific: p.honorific, name: p.name, title: p.title, organization: p.organization });
  return {
    id: d.id,
    version: d.version,
    sha256: d.sha256,
    source: d.source,
    text: d.id ? null : text ?? d.text,
    date: d.date || null,
    title: d.title,
    recipients: d.recipients.map(party),
    cc: d.cc.map(party),
    signatories: d.signatories.map((s) => ({
      honorific: s.honorific, name: s.name, title: s.title, organization: s.organization,
      personId: s.personId, organizationId: s.organizationId,
      line: s.line, endLine: s.endLine, confidence: s.confidence, reason: s.reason, provenance: s.provenance,
    })),
  };
}
