/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type LetterInput = {
  cc: Array<PartyInput>;
  /** YYYY-MM-DD, or YYYY-MM when the letter names its month alone */
  date: string | null | undefined;
  /** the letter to correct; empty to add a new letter */
  id: string | number | null | undefined;
  recipients: Array<PartyInput>;
  /** a new letter's content hash, when it has no text (read from JSON or CSV) */
  sha256: string | null | undefined;
  signatories: Array<SignatoryInput>;
  source: string | null | undefined;
  /** a new letter's text (a correction keeps the stored text) */
  text: string | null | undefined;
  title: string | null | undefined;
  /** the version the correction started from */
  version: number | null | undefined;
};

export type ParseLetterInput = {
  /** the dropped file's bytes, base64 */
  data: string | null | undefined;
  /** the dropped file's name; its extension says how to read it */
  filename: string | null | undefined;
  /** the letter's text, pasted */
  text: string | null | undefined;
};

export type PartnerOrder =
  /** most shared letters first */
  | 'COUNT'
  /** shared / (letters of A + letters of B - shared) */
  | 'JACCARD'
  /** each shared letter weighs 1/(organizations on it - 1) */
  | 'WEIGHTED';

export type PartyInput = {
  honorific: string | null | undefined;
  name: string | null | undefined;
  organization: string | null | undefined;
  title: string | null | undefined;
};

export type SignatoryInput = {
  confidence: number | null | undefined;
  endLine: number | null | undefined;
  honorific: string | null | undefined;
  line: number | null | undefined;
  name: string | null | undefined;
  organization: string | null | undefined;
  /** picked from the graph: keep this organization */
  organizationId: string | number | null | undefined;
  /** picked from the graph: keep this person */
  personId: string | number | null | undefined;
  /** parsed (as the parser read it) or corrected (changed or added by the analyst) */
  provenance: string | null | undefined;
  reason: string | null | undefined;
  title: string | null | undefined;
};

export type RecipientFieldsFragment = { id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null };

export type LetterSummaryFieldsFragment = { id: string, date: string | null, year: number | null, title: string | null, signatureCount: number, organizationCount: number, recipients: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { letters: number, organizations: number, people: number, signatures: number, coSignedPairs: number, firstDate: string | null, lastDate: string | null } };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ kind: string, id: string, name: string, detail: string | null, score: number }> };

export type NetworkQueryVariables = Exact<{
  from: number | null | undefined;
  to: number | null | undefined;
  minShared: number | null | undefined;
  focus: string | number | null | undefined;
  depth: number | null | undefined;
  limit: number | null | undefined;
}>;


export type NetworkQuery = { network: { truncated: boolean, nodes: Array<{ id: string, kind: string, label: string, weight: number, community: number }>, edges: Array<{ id: string, source: string, target: string, weight: number, kind: string }> } };

export type CommunitiesOfQueryVariables = Exact<{
  from: number | null | undefined;
  to: number | null | undefined;
  minShared: number | null | undefined;
  members: Array<string | number> | string | number | null | undefined;
}>;


export type CommunitiesOfQuery = { network: { nodes: Array<{ id: string, community: number }> } };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
  letters: number | null | undefined;
}>;


export type OrganizationQuery = { organization: { id: string, name: string, aliases: Array<string>, letterCount: number, letters: Array<{ id: string, date: string | null, year: number | null, title: string | null, signatureCount: number, organizationCount: number, recipients: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }> }>, people: Array<{ title: string | null, from: string | null, to: string | null, person: { id: string, name: string }, organization: { id: string, name: string } }> } | null };

export type PartnersQueryVariables = Exact<{
  id: string | number;
  from: number | null | undefined;
  to: number | null | undefined;
  orderBy: PartnerOrder | null | undefined;
  first: number | null | undefined;
}>;


export type PartnersQuery = { partners: Array<{ shared: number, jaccard: number, weighted: number, firstDate: string | null, lastDate: string | null, organization: { id: string, name: string, letterCount: number } }> };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, name: string, honorific: string | null } | null, roleHistory: Array<{ title: string | null, from: string | null, to: string | null, person: { id: string, name: string }, organization: { id: string, name: string }, letters: Array<{ id: string, date: string | null, title: string | null }> }> };

export type LetterQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterQuery = { letter: { id: string, date: string | null, year: number | null, title: string | null, source: string, salutation: string | null, closing: string | null, asks: Array<string>, text: string, signatureCount: number, organizationCount: number, version: number, correctedBy: string | null, correctedAt: string | null, recipients: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }>, cc: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }>, signatories: Array<{ position: number, line: number | null, title: string | null, provenance: string, person: { id: string, name: string } | null, organization: { id: string, name: string } | null }> } | null };

export type OfficeLettersQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeLettersQuery = { letters: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, year: number | null, title: string | null, signatureCount: number, organizationCount: number, recipients: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }> } }> } };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathQuery = { path: { length: number, nodes: Array<{ id: string, kind: string, label: string, weight: number, community: number }>, edges: Array<{ id: string, source: string, target: string, weight: number, kind: string }> } | null };

export type EditingQueryVariables = Exact<{ [key: string]: never; }>;


export type EditingQuery = { editing: { enabled: boolean, authorized: boolean, editor: string | null } };

export type LetterDraftFieldsFragment = { id: string | null, sha256: string, version: number, source: string | null, text: string, date: string | null, title: string | null, corrected: boolean, correctedBy: string | null, correctedAt: string | null, recipients: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null }>, cc: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null }>, signatories: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null, personId: string | null, organizationId: string | null, line: number | null, endLine: number | null, confidence: number | null, reason: string | null, provenance: string }> };

export type ParseLetterMutationVariables = Exact<{
  input: ParseLetterInput;
}>;


export type ParseLetterMutation = { parseLetter: { format: string, existing: { id: string, title: string | null, date: string | null } | null, draft: { id: string | null, sha256: string, version: number, source: string | null, text: string, date: string | null, title: string | null, corrected: boolean, correctedBy: string | null, correctedAt: string | null, recipients: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null }>, cc: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null }>, signatories: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null, personId: string | null, organizationId: string | null, line: number | null, endLine: number | null, confidence: number | null, reason: string | null, provenance: string }> } } };

export type LetterDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterDraftQuery = { letterDraft: { id: string | null, sha256: string, version: number, source: string | null, text: string, date: string | null, title: string | null, corrected: boolean, correctedBy: string | null, correctedAt: string | null, recipients: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null }>, cc: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null }>, signatories: Array<{ honorific: string | null, name: string | null, title: string | null, organization: string | null, personId: string | null, organizationId: string | null, line: number | null, endLine: number | null, confidence: number | null, reason: string | null, provenance: string }> } | null };

export type SaveLetterMutationVariables = Exact<{
  input: LetterInput;
}>;


export type SaveLetterMutation = { saveLetter: { version: number, letter: { id: string, title: string | null, date: string | null } } };

export type ResolveNamesQueryVariables = Exact<{
  organizations: Array<string> | string | null | undefined;
  people: Array<string> | string | null | undefined;
}>;


export type ResolveNamesQuery = { resolveNames: Array<{ kind: string, name: string, id: string | null, exists: boolean, existing: string | null }> };

export type DecisionFieldsFragment = { id: string, kind: string, decision: string, status: string, keepId: string, keepName: string, otherId: string, otherName: string, otherAliases: Array<string>, by: string, at: string, undoneBy: string | null, undoneAt: string | null };

export type CandidatesQueryVariables = Exact<{
  kind: string | null | undefined;
  first: number | null | undefined;
  offset: number | null | undefined;
}>;


export type CandidatesQuery = { duplicateCandidates: { totalCount: number, candidates: Array<{ kind: string, score: number, reason: string, evidence: Array<string>, sharedLetters: number, sharedCoSigners: Array<string>, a: { id: string, name: string, honorific: string | null, aliases: Array<string>, letterCount: number, firstDate: string | null, lastDate: string | null, titles: Array<string>, letters: Array<{ id: string, date: string | null, title: string | null }> }, b: { id: string, name: string, honorific: string | null, aliases: Array<string>, letterCount: number, firstDate: string | null, lastDate: string | null, titles: Array<string>, letters: Array<{ id: string, date: string | null, title: string | null }> } }> } };

export type CandidateSideFieldsFragment = { id: string, name: string, honorific: string | null, aliases: Array<string>, letterCount: number, firstDate: string | null, lastDate: string | null, titles: Array<string>, letters: Array<{ id: string, date: string | null, title: string | null }> };

export type DecisionsQueryVariables = Exact<{
  first: number | null | undefined;
}>;


export type DecisionsQuery = { mergeDecisions: Array<{ id: string, kind: string, decision: string, status: string, keepId: string, keepName: string, otherId: string, otherName: string, otherAliases: Array<string>, by: string, at: string, undoneBy: string | null, undoneAt: string | null }> };

export type MergeEntitiesMutationVariables = Exact<{
  keep: string | number;
  merged: string | number;
}>;


export type MergeEntitiesMutation = { mergeEntities: { id: string, kind: string, decision: string, status: string, keepId: string, keepName: string, otherId: string, otherName: string, otherAliases: Array<string>, by: string, at: string, undoneBy: string | null, undoneAt: string | null } };

export type KeepApartMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type KeepApartMutation = { keepApart: { id: string, kind: string, decision: string, status: string, keepId: string, keepName: string, otherId: string, otherName: string, otherAliases: Array<string>, by: string, at: string, undoneBy: string | null, undoneAt: string | null } };

export type UndoDecisionMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoDecisionMutation = { undoDecision: { id: string, kind: string, decision: string, status: string, keepId: string, keepName: string, otherId: string, otherName: string, otherAliases: Array<string>, by: string, at: string, undoneBy: string | null, undoneAt: string | null } };

export type AliasesFileQueryVariables = Exact<{ [key: string]: never; }>;


export type AliasesFileQuery = { aliasesFile: string };

export type ImportAliasesMutationVariables = Exact<{
  text: string;
}>;


export type ImportAliasesMutation = { importAliases: { skipped: Array<string>, merged: Array<{ id: string }>, keptApart: Array<{ id: string }> } };
