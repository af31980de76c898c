// The GraphQL documents the explorer sends, and the shapes it reads back.
// The shapes come from src/generated/graphql.ts, which graphql-codegen
// writes from schema/*.graphqls and these documents (npm run codegen;
// make test fails when it is stale). Only `kind`, a string in the schema,
// is narrowed here to the kinds the page knows (see normKind).

import type * as G from "./generated/graphql";

export type EntityKind = "ORGANIZATION" | "PERSON" | "LETTER" | "OFFICE";
export type PartnerOrder = G.PartnerOrder;

type WithKind<T> = Omit<T, "kind"> & { kind: EntityKind };

export type SearchHit = WithKind<G.SearchQuery["search"][number]>;
export type NetworkNode = WithKind<G.NetworkQuery["network"]["nodes"][number]>;
export type NetworkEdge = G.NetworkQuery["network"]["edges"][number];
export type Network = Omit<G.NetworkQuery["network"], "nodes"> & { nodes: NetworkNode[] };
export type Recipient = WithKind<G.RecipientFieldsFragment>;
export type LetterSummary = Omit<G.LetterSummaryFieldsFragment, "recipients"> & { recipients: Recipient[] };
export type Organization = Omit<NonNullable<G.OrganizationQuery["organization"]>, "letters"> & { letters: LetterSummary[] };
// A role as an organization lists it, or as a person's history does, with its letters.
export type Role = NonNullable<G.OrganizationQuery["organization"]>["people"][number] & {
  letters?: G.PersonQuery["roleHistory"][number]["letters"];
};
export type CoSigner = G.PartnersQuery["partners"][number];
export type Letter = Omit<NonNullable<G.LetterQuery["letter"]>, "recipients" | "cc"> & { recipients: Recipient[]; cc: Recipient[] };
export type Signature = Letter["signatories"][number];
export type Person = NonNullable<G.PersonQuery["person"]>;
export type Path = Omit<NonNullable<G.PathQuery["path"]>, "nodes"> & { nodes: NetworkNode[] };
export type Stats = G.StatsQuery["stats"];

// Documents are plain GraphQL (no interpolation), so graphql-codegen reads
// them from this file; shared selections are fragments, appended to the
// operations that spread them.
const RECIPIENT_FIELDS = /* GraphQL */ `
  fragment RecipientFields on Recipient { id kind name honorific title organization }
`;
const LETTER_SUMMARY_DOC = /* GraphQL */ `
  fragment LetterSummaryFields on Letter {
    id date year title signatureCount organizationCount recipients { ...RecipientFields }
  }
`;
const LETTER_SUMMARY_FIELDS = LETTER_SUMMARY_DOC + RECIPIENT_FIELDS;

export const Q_STATS = /* GraphQL */ `
  query Stats { stats { letters organizations people signatures coSignedPairs firstDate lastDate } }
`;

export const Q_SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { kind id name detail score }
  }
`;

export const Q_NETWORK = /* GraphQL */ `
  query Network($from: Int, $to: Int, $minShared: Int, $focus: ID, $depth: Int, $limit: Int) {
    network(from: $from, to: $to, minShared: $minShared, focus: $focus, depth: $depth, limit: $limit) {
      truncated
      nodes { id kind label weight community }
      edges { id source target weight kind }
    }
  }
`;

/** The communities of the organizations drawn, as the server finds them. */
export const Q_COMMUNITIES_OF = /* GraphQL */ `
  query CommunitiesOf($from: Int, $to: Int, $minShared: Int, $members: [ID!]) {
    network(from: $from, to: $to, minShared: $minShared, members: $members) {
      nodes { id community }
    }
  }
`;

const ORGANIZATION_DOC = /* GraphQL */ `
  query Organization($id: ID!, $letters: Int) {
    organization(id: $id) {
      id name aliases letterCount
      letters(first: $letters) { ...LetterSummaryFields }
      people { person { id name } organization { id name } title from to }
    }
  }
`;
export const Q_ORGANIZATION = ORGANIZATION_DOC + LETTER_SUMMARY_FIELDS;

export const Q_PARTNERS = /* GraphQL */ `
  query Partners($id: ID!, $from: Int, $to: Int, $orderBy: PartnerOrder, $first: Int) {
    partners(organization: $id, from: $from, to: $to, orderBy: $orderBy, first: $first) {
      organization { id name letterCount }
      shared jaccard weighted firstDate lastDate
    }
  }
`;

export const Q_PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    person(id: $id) { id name honorific }
    roleHistory(person: $id) {
      person { id name }
      organization { id name }
      title from to
      letters { id date title }
    }
  }
`;

const LETTER_DOC = /* GraphQL */ `
  query Letter($id: ID!) {
    letter(id: $id) {
      id date year title source salutation closing asks text
      signatureCount organizationCount version correctedBy correctedAt
      recipients { ...RecipientFields }
      cc { ...RecipientFields }
      signatories {
        position line title provenance
        person { id name }
        organization { id name }
      }
    }
  }
`;
export const Q_LETTER = LETTER_DOC + RECIPIENT_FIELDS;

const OFFICE_LETTERS_DOC = /* GraphQL */ `
  query OfficeLetters($id: ID!) {
    letters(filter: { recipient: $id }, first: 50) {
      totalCount
      edges { node { ...LetterSummaryFields } }
    }
  }
`;
export const Q_OFFICE_LETTERS = OFFICE_LETTERS_DOC + LETTER_SUMMARY_FIELDS;

export const Q_PATH = /* GraphQL */ `
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to) {
      length
      nodes { id kind label weight community }
      edges { id source target weight kind }
    }
  }
`;

const KINDS: EntityKind[] = ["ORGANIZATION", "PERSON", "LETTER", "OFFICE"];
const PREFIX_KIND: Record<string, EntityKind> = { org: "ORGANIZATION", person: "PERSON", letter: "LETTER", office: "OFFICE" };

/** An EntityKind as the schema spells it, whatever case the server sent; else from the id's prefix. */
export function normKind(kind: string | null | undefined, id?: string): EntityKind {
  const k = (kind ?? "").toUpperCase() as EntityKind;
  if (KINDS.includes(k)) return k;
  const prefix = id?.split(":")[0] ?? "";
  return PREFIX_KIND[prefix] ?? "ORGANIZATION";
}

export function normNetwork<T extends { nodes: NetworkNode[] }>(n: T): T {
  return { ...n, nodes: n.nodes.map((x) => ({ ...x, kind: normKind(x.kind, x.id) })) };
}
