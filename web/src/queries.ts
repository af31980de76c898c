// The GraphQL documents the explorer sends, and the shapes it reads back.
// They follow schema/*.graphqls; keep the two in step.

export type EntityKind = "ORGANIZATION" | "PERSON" | "LETTER" | "OFFICE";
export type PartnerOrder = "COUNT" | "JACCARD" | "WEIGHTED";

export interface SearchHit {
  kind: EntityKind;
  id: string;
  name: string;
  detail: string | null;
  score: number;
}

export interface NetworkNode {
  id: string;
  kind: EntityKind;
  label: string;
  weight: number;
  community: number;
}
export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  kind: string;
}
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

export interface OrgRef {
  id: string;
  name: string;
}
export interface PersonRef {
  id: string;
  name: string;
}
export interface Recipient {
  id: string;
  kind: EntityKind;
  name: string;
  honorific: string | null;
  title: string | null;
  organization: string | null;
}
export interface LetterSummary {
  id: string;
  date: string | null;
  year: number | null;
  title: string | null;
  signatureCount: number;
  organizationCount: number;
  recipients: Recipient[];
}
export interface Role {
  person: PersonRef;
  organization: OrgRef;
  title: string | null;
  from: string | null;
  to: string | null;
  letters?: { id: string; date: string | null; title: string | null }[];
}
export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  letterCount: number;
  letters: LetterSummary[];
  people: Role[];
}
export interface CoSigner {
  organization: OrgRef & { letterCount: number };
  shared: number;
  jaccard: number;
  weighted: number;
  firstDate: string | null;
  lastDate: string | null;
}
export interface Signature {
  position: number;
  line: number | null;
  title: string | null;
  person: PersonRef | null;
  organization: OrgRef | null;
}
export interface Letter {
  id: string;
  date: string | null;
  year: number | null;
  title: string | null;
  source: string;
  salutation: string | null;
  closing: string | null;
  asks: string[];
  text: string;
  signatureCount: number;
  organizationCount: number;
  signatories: Signature[];
  recipients: Recipient[];
  cc: Recipient[];
}
export interface Person {
  id: string;
  name: string;
  honorific: string | null;
}
export interface Path {
  length: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
export interface Stats {
  letters: number;
  organizations: number;
  people: number;
  signatures: number;
  coSignedPairs: number;
  firstDate: string | null;
  lastDate: string | null;
}

const RECIPIENT = `id kind name honorific title organization`;
const LETTER_SUMMARY = `id date year title signatureCount organizationCount recipients { ${RECIPIENT} }`;

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

export const Q_ORGANIZATION = /* GraphQL */ `
  query Organization($id: ID!, $letters: Int) {
    organization(id: $id) {
      id name aliases letterCount
      letters(first: $letters) { ${LETTER_SUMMARY} }
      people { person { id name } organization { id name } title from to }
    }
  }
`;

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

export const Q_LETTER = /* GraphQL */ `
  query Letter($id: ID!) {
    letter(id: $id) {
      id date year title source salutation closing asks text
      signatureCount organizationCount
      recipients { ${RECIPIENT} }
      cc { ${RECIPIENT} }
      signatories {
        position line title
        person { id name }
        organization { id name }
      }
    }
  }
`;

export const Q_OFFICE_LETTERS = /* GraphQL */ `
  query OfficeLetters($id: ID!) {
    letters(filter: { recipient: $id }, first: 50) {
      totalCount
      edges { node { ${LETTER_SUMMARY} } }
    }
  }
`;

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
