// Reports how many Cypher round trips a request cost in `extensions.cypherRoundTrips`: what the
// N+1 test asserts and what the benchmark prints.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context";

export function roundTripsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherRoundTrips: contextValue.queryCounter.roundTrips,
          };
        },
      };
    },
  };
}
