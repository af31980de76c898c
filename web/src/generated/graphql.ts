/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type PartnerOrder =
  /** most shared letters first */
  | 'COUNT'
  /** shared / (letters of A + letters of B - shared) */
  | 'JACCARD'
  /** each shared letter weighs 1/(organizations on it - 1) */
  | 'WEIGHTED';

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


export type LetterQuery = { letter: { id: string, date: string | null, year: number | null, title: string | null, source: string, salutation: string | null, closing: string | null, asks: Array<string>, text: string, signatureCount: number, organizationCount: number, recipients: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }>, cc: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }>, signatories: Array<{ position: number, line: number | null, title: string | null, person: { id: string, name: string } | null, organization: { id: string, name: string } | null }> } | null };

export type OfficeLettersQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficeLettersQuery = { letters: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, year: number | null, title: string | null, signatureCount: number, organizationCount: number, recipients: Array<{ id: string, kind: string, name: string, honorific: string | null, title: string | null, organization: string | null }> } }> } };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathQuery = { path: { length: number, nodes: Array<{ id: string, kind: string, label: string, weight: number, community: number }>, edges: Array<{ id: string, source: string, target: string, weight: number, kind: string }> } | null };
