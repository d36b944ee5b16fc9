// Rejects abusive queries before any resolver runs (so before Neo4j is touched): too deep, or too
// costly by an estimate that multiplies each list by how many items it may return.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../error-codes";

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 20_000;
/** What an unpaged list field (a statement's mentions, an entity's statements) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Paged fields cost `first` (or `limit`) times their items; `edges` was already counted by its parent. */
export const listEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const requested = args.first ?? args.limit;
  if (typeof requested === "number") return 1 + childComplexity * Math.max(requested, 1);
  if (field.name === "edges") return childComplexity;
  if (isList(field.type)) return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return 1 + childComplexity;
};

/** The depth of the deepest field, not counting introspection (__schema, __type, __typename). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name))
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}

export function queryLimitsPlugin(
  maxDepth = MAX_QUERY_DEPTH,
  maxComplexity = MAX_QUERY_COMPLEXITY,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = queryDepth(document, request.operationName);
          if (depth > maxDepth) {
            throw new GraphQLError(`Query is ${depth} levels deep; the limit is ${maxDepth}.`, {
              extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth, maxDepth, http: { status: 400 } },
            });
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listEstimator],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query complexity is ${complexity}; the limit is ${maxComplexity}. Ask for fewer items (first/limit) or fewer nested lists.`,
              {
                extensions: {
                  code: ErrorCode.QUERY_TOO_COMPLEX,
                  complexity,
                  maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
