// One example per coalition question. Each becomes a tab in the playground.
// Ids are "<kind>:<slug of the name>", e.g. org:council-for-global-equality.

export interface Example {
  query: string;
  variables?: Record<string, unknown>;
}

const v = (o: Record<string, unknown>) => o;

export const EXAMPLES: Example[] = [
  {
    query: `# Coalition Graph Explorer — GraphQL playground
#
# Each tab holds one coalition question. Press ▶ (or Ctrl/Cmd+Enter) to run.
# Ids are "<kind>:<slug of the name>": org:…, person:…, letter:…, office:….
# Open the Docs pane (book icon, left) for every field and argument.

# Who is in the graph? Search names, aliases and titles.
query Search {
  search(text: "Council for Global Equality", first: 10) {
    kind
    id
    name
    detail
    score
  }
  stats {
    letters
    organizations
    people
    firstDate
    lastDate
  }
}`,
    // No variables on the first tab: GraphiQL 5 starts its variables editor
    // empty for the tab shown first, so its example must stand alone.
  },
  {
    query: `# Who co-signs with an organization? Switch orderBy to COUNT, JACCARD or WEIGHTED.
query Partners($org: ID!, $orderBy: PartnerOrder) {
  partners(organization: $org, orderBy: $orderBy, first: 10) {
    organization { id name letterCount }
    shared
    jaccard
    weighted
    firstDate
    lastDate
  }
}`,
    variables: v({ org: "org:council-for-global-equality", orderBy: "COUNT" }),
  },
  {
    query: `# How did an organization's partners change, year by year?
query PartnersByYear($org: ID!) {
  partnersByYear(organization: $org, perYear: 3) {
    year
    letters
    partners { organization { name } shared }
  }
}`,
    variables: v({ org: "org:national-council-on-disability" }),
  },
  {
    query: `# Which organizations co-sign together most (optionally within years)?
query Pairs($from: Int, $to: Int) {
  pairs(from: $from, to: $to, minShared: 2, first: 15) {
    a { name }
    b { name }
    shared
    jaccard
    firstDate
    lastDate
  }
}`,
  },
  {
    query: `# An organization: its letters and the people who signed for it, with titles.
query Organization($org: ID!) {
  organization(id: $org) {
    name
    aliases
    letterCount
    letters(first: 5) { id date title }
    people { person { id name } title from to }
  }
}`,
    variables: v({ org: "org:national-council-on-disability" }),
  },
  {
    query: `# Who held which role where, and when? (first and last evidence)
query RoleHistory($person: ID!) {
  roleHistory(person: $person) {
    organization { name }
    title
    from
    to
    letters { id date title }
  }
}`,
    variables: v({ person: "person:lex-frieden" }),
  },
  {
    query: `# People seen at more than one organization.
query Movers {
  movers(first: 10) {
    person { name }
    roles { organization { name } title from to }
  }
}`,
  },
  {
    query: `# Who does a coalition write to? (recipients and cc)
query Recipients($orgs: [ID!]) {
  recipients(organizations: $orgs, first: 10) {
    recipient { id name title organization }
    kind
    letters
    firstDate
    lastDate
  }
}`,
    variables: v({ orgs: ["org:council-for-global-equality"] }),
  },
  {
    query: `# A letter: signatories (with their source line), recipients, cc, and the text.
query Letters {
  letters(filter: { text: "disability" }, first: 3) {
    totalCount
    edges {
      node {
        id
        date
        title
        recipients { name title }
        cc { name }
        signatories { position line title person { name } organization { name } }
      }
    }
  }
}`,
  },
  {
    query: `# How are two organizations or people connected?
query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    length
    nodes { id kind label }
    edges { source target kind }
  }
}`,
    variables: v({ from: "org:council-for-global-equality", to: "org:anti-defamation-league" }),
  },
  {
    query: `# Clusters of organizations that co-sign together, and who bridges them.
query Communities {
  communities(minShared: 1, first: 5) {
    id
    size
    organizations(first: 5) { name letterCount }
    bridges { organization { name } communities ties }
  }
}`,
  },
  {
    query: `# The network the explorer draws (busiest organizations, or a focus's neighbourhood).
query Network($focus: ID) {
  network(minShared: 1, focus: $focus, depth: 1, limit: 50) {
    truncated
    nodes { id label weight community }
    edges { source target weight }
  }
}`,
    variables: v({ focus: "org:council-for-global-equality" }),
  },
];
