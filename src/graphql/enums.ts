// The graph model's enums, registered with GraphQL under the names the contract uses.
import { registerEnumType } from "type-graphql";
import { ChangeKind, EntityType, RelationshipType, StatementKind } from "../graph/model";
import { GroupingMethod } from "../graph/utterance-match";

registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "What kind of statement: verbatim words, reported speech, a claim, a report…",
  valuesConfig: {
    QUOTE: { description: "Verbatim words, in quotation marks in the source." },
    PARAPHRASE: { description: "Reported speech: what someone said, in the article's words." },
    CLAIM: { description: "An assertion the article attributes, often unverified." },
    REPORT: { description: "A report by a media outlet, agency or investigation." },
    CONFIRMATION: { description: "Confirms an event or another statement." },
    DECISION: { description: "A decree, ruling, pledge or policy." },
    ANNOUNCEMENT: { description: "An official announcement." },
    ESTIMATE: { description: "An estimate of a figure." },
    REBUTTAL: { description: "A rejection, dismissal or correction of another statement." },
    QUESTION: { description: "A question asked." },
  },
});

registerEnumType(EntityType, { name: "EntityType", description: "The four kinds of entity." });

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description: "Relationships a maintainer can create, each with provenance.",
});

registerEnumType(ChangeKind, {
  name: "ChangeKind",
  description: "What a change-feed entry records (see Query.changes).",
});

registerEnumType(GroupingMethod, {
  name: "GroupingMethod",
  description: "Why a statement belongs to its utterance (src/graph/utterance-match.ts).",
});

export { ChangeKind, EntityType, GroupingMethod, RelationshipType, StatementKind };
