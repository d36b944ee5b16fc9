// Builds the GraphQL schema from the type-graphql classes; scripts/schema.ts emits it to schema/schema.graphql.
// Every object type sets simpleResolvers: plain fields are read straight off the domain objects, which
// type-graphql's own measurements put several times faster on large lists than its default pipeline.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync, type PubSub } from "type-graphql";
import { ArticleResolver } from "./article.resolver";
import { ChangeResolver } from "./change.resolver";
import type { GraphQLContext } from "./context";
import { EntityMergeResolver } from "./entity-merge.resolver";
import { EntityResolver } from "./entity.resolver";
import { Facility } from "./facility.type";
import { FacilityResolver } from "./facility.resolver";
import { MaintenanceResolver } from "./maintenance.resolver";
import { Organization } from "./organization.type";
import { OrganizationResolver } from "./organization.resolver";
import { Person } from "./person.type";
import { PersonResolver } from "./person.resolver";
import { Place } from "./place.type";
import { PlaceResolver } from "./place.resolver";
import { ProvenanceResolver } from "./provenance.resolver";
import { ReviewResolver } from "./review.resolver";
import { RoleResolver } from "./role.resolver";
import { ServerInfoResolver } from "./server-info.resolver";
import { StatementResolver } from "./statement.resolver";
import { StrikeResolver } from "./strike.resolver";
import { StatementMatchResolver } from "./statement-match.resolver";
import { UtteranceReportResolver } from "./utterance-report.resolver";
import { UtteranceResolver } from "./utterance.resolver";

let built: GraphQLSchema | undefined;

/**
 * type-graphql wants a PubSub for any subscription, but ours follow the change feed in Neo4j
 * (src/store/feed-tail.ts), so that every replica sees every write: nothing publishes in memory.
 */
const NO_IN_MEMORY_TOPICS: PubSub = {
  publish() {
    throw new Error("subscriptions follow the change feed in Neo4j: nothing publishes in memory");
  },
  subscribe() {
    throw new Error("subscriptions follow the change feed in Neo4j: subscribe with `subscribe`, not topics");
  },
};

export function buildNewsgraphSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [
      StatementResolver,
      StatementMatchResolver,
      UtteranceResolver,
      UtteranceReportResolver,
      EntityResolver,
      PersonResolver,
      OrganizationResolver,
      PlaceResolver,
      FacilityResolver,
      StrikeResolver,
      RoleResolver,
      ArticleResolver,
      ProvenanceResolver,
      ServerInfoResolver,
      MaintenanceResolver,
      ReviewResolver,
      ChangeResolver,
      EntityMergeResolver,
    ],
    orphanedTypes: [Person, Organization, Place, Facility],
    validate: { forbidUnknownValues: false },
    pubSub: NO_IN_MEMORY_TOPICS,
    authChecker: ({ context }: { context: GraphQLContext }) => context.authenticated,
  });
  return built;
}
