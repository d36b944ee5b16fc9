// Rejects abusive operations before any resolver runs (so before Neo4j is touched), each with
// QUERY_TOO_DEEP or QUERY_TOO_COMPLEX, status 400 and the figure against its limit. Two stages:
// `checkQueryShape` before validation (the document's size, depth, selections and introspection,
// measured in linear time, so that validation itself only ever sees a small document), and the plugin
// after validation (the cost estimate, which needs the schema's types and the variables).
import type { ApolloServerPlugin } from "@apollo/server";
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../error-codes";
import {
  ASSUMED_LIST_SIZE,
  MAX_DOCUMENT_CHARS,
  MAX_INTROSPECTION_COST,
  MAX_OF_TYPE_DEPTH,
  MAX_QUERY_COMPLEXITY,
  MAX_QUERY_DEPTH,
  MAX_SELECTIONS,
  ROUND_TRIP_COST,
} from "../limits";
import { measureQuery, type IntrospectionSizes } from "../query-shape";

const figure = (value: number) =>
  Number.isFinite(value) ? value.toLocaleString("en-US") : "more than 10^308";

function limitError(code: ErrorCode, what: string, value: number, limit: number, hint: string): GraphQLError {
  return new GraphQLError(`${what} is ${figure(value)}; the limit is ${figure(limit)}. ${hint}`, {
    extensions: { code, value, limit, http: { status: 400 } },
  });
}

/** The document's length, checked before it is parsed. */
export function checkDocumentSize(source: string): GraphQLError | undefined {
  if (source.length <= MAX_DOCUMENT_CHARS) return undefined;
  return limitError(
    ErrorCode.QUERY_TOO_COMPLEX,
    "The query document's length in characters",
    source.length,
    MAX_DOCUMENT_CHARS,
    "Pass long values as variables.",
  );
}

/** Depth, selections (fragments expanded) and introspection, before validation; undefined when within limits. */
export function checkQueryShape(
  document: DocumentNode,
  operationName: string | null | undefined,
  sizes: IntrospectionSizes,
): GraphQLError | undefined {
  const shape = measureQuery(document, operationName, sizes);
  if (shape.selections > MAX_SELECTIONS) {
    return limitError(
      ErrorCode.QUERY_TOO_COMPLEX,
      "The number of selections (fields, each fragment counted where it is spread)",
      shape.selections,
      MAX_SELECTIONS,
      "Ask for fewer fields or aliases.",
    );
  }
  if (shape.depth > MAX_QUERY_DEPTH) {
    return limitError(
      ErrorCode.QUERY_TOO_DEEP,
      "The query's depth in levels",
      shape.depth,
      MAX_QUERY_DEPTH,
      "Ask for fewer nested levels.",
    );
  }
  if (shape.ofTypeDepth > MAX_OF_TYPE_DEPTH) {
    return limitError(
      ErrorCode.QUERY_TOO_DEEP,
      "The nesting of ofType",
      shape.ofTypeDepth,
      MAX_OF_TYPE_DEPTH,
      "No type of this schema wraps deeper.",
    );
  }
  if (shape.introspectionCost > MAX_INTROSPECTION_COST) {
    return limitError(
      ErrorCode.QUERY_TOO_COMPLEX,
      "The introspection's cost",
      shape.introspectionCost,
      MAX_INTROSPECTION_COST,
      "Ask for the schema once (GraphiQL's introspection query fits).",
    );
  }
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Paged fields cost `first` (or `limit`) times their items; `edges` was already counted by its parent.
 * A root field adds its own Cypher round trip; introspection is costed apart (checkQueryShape).
 */
function listEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  return ({ args, field, type, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    const own = roots.has(type as never) ? ROUND_TRIP_COST : 0;
    const requested = args.first ?? args.limit;
    if (typeof requested === "number") return own + 1 + childComplexity * Math.max(requested, 1);
    if (field.name === "edges") return childComplexity;
    if (isList(field.type)) return own + 1 + childComplexity * ASSUMED_LIST_SIZE;
    return own + 1 + childComplexity;
  };
}

export function queryLimitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const estimators = [listEstimator(schema)];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const operation = getOperationAST(document, request.operationName);
          const variables = getVariableValues(
            schema,
            operation?.variableDefinitions ?? [],
            request.variables ?? {},
          );
          // Variables that do not fit their types: execution answers them with 400 BAD_USER_INPUT.
          if (variables.errors) return;
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators,
            // checkQueryShape has bounded the selections already: this limit is never the first reached.
            maxQueryNodes: MAX_SELECTIONS + 1,
          });
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw limitError(
              ErrorCode.QUERY_TOO_COMPLEX,
              "The query's estimated cost",
              complexity,
              MAX_QUERY_COMPLEXITY,
              `Ask for fewer items (first/limit), fewer nested lists or fewer root fields (each costs ${ROUND_TRIP_COST}).`,
            );
          }
        },
      };
    },
  };
}
