// The example operations the landing page opens with (each in its own GraphiQL tab). A test runs them all.

export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    title: "Who said it?",
    query: `# Paste a quotation (any quotes, punctuation or case): who said it, when, where, and who disputes it.
query WhoSaid($quote: String!) {
  whoSaid(quote: $quote) {
    score
    statement {
      text
      kind
      saidOn
      speaker { name ... on Person { roles { title organization { name } } } }
      evidence { excerpt start end article { title publishedOn publisher } }
      disputes { text speaker { name } }
      disputedBy { text speaker { name } }
    }
  }
}`,
    variables: { quote: "“Moscow has no say here”" },
  },
  {
    title: "Resolve a name",
    query: `# A name as users type it → canonical entities, best first.
query Resolve($name: String!) {
  resolveEntity(name: $name) {
    score
    entity { id name aliases __typename }
  }
}`,
    variables: { name: "Ukraine's president" },
  },
  {
    title: "A speaker's statements",
    query: `query SpeakerStatements($speaker: ID!) {
  statements(filter: { speaker: $speaker }, first: 10) {
    totalCount
    edges { node { saidOn kind text mentions { name } disputedBy { speaker { name } text } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { speaker: "person/donald-trump" },
  },
  {
    title: "Strikes in Russia",
    query: `# Strikes on targets anywhere inside a place, with the target's place chain.
{
  strikes(filter: { place: "place/russia" }, first: 20) {
    totalCount
    edges {
      node {
        attacker { name }
        target { name ... on Facility { containedIn { name } } ... on Place { containedIn { name } } }
        on
        means
        evidence { excerpt }
      }
    }
  }
}`,
  },
];
