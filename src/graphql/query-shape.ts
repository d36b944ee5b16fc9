// The shape of a GraphQL document, measured in one pass before it is validated or run: how deep it
// goes, how many selections it expands to, and what its introspection costs. Each fragment is measured
// once and its figures reused wherever it is spread, so a document of fragments that spread the next
// one twice costs linear time to measure, however many fields it expands to.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

export interface QueryShape {
  /** Levels of nested fields, introspection not counted. */
  depth: number;
  /** Fields, fragment spreads and inline fragments, fragments counted every time they are spread. */
  selections: number;
  /** Introspection's cost: each list counts as many items as the schema holds at most (IntrospectionSizes). */
  introspectionCost: number;
  /** The most `ofType` fields on one path. */
  ofTypeDepth: number;
}

/** For each list field of the introspection types, the most items it can return from this schema. */
export type IntrospectionSizes = Record<string, number>;

const EMPTY: QueryShape = { depth: 0, selections: 0, introspectionCost: 0, ofTypeDepth: 0 };

export function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]) => Math.max(1, ...counts);
  const fieldsOf = types.flatMap((type) =>
    isObjectType(type) || isInterfaceType(type) ? [Object.values(type.getFields())] : [],
  );
  return {
    types: types.length,
    directives: schema.getDirectives().length,
    fields: most(fieldsOf.map((fields) => fields.length)),
    args: most([
      ...fieldsOf.flat().map((field) => field.args.length),
      ...schema.getDirectives().map((directive) => directive.args.length),
    ]),
    inputFields: most(
      types.map((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0)),
    ),
    enumValues: most(types.map((type) => (isEnumType(type) ? type.getValues().length : 0))),
    interfaces: most(
      types.map((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0)),
    ),
    possibleTypes: most(
      types.map((type) =>
        isUnionType(type) || isInterfaceType(type) ? schema.getPossibleTypes(type).length : 0,
      ),
    ),
  };
}

function isIntrospectionRoot(name: string): boolean {
  return name === "__schema" || name === "__type";
}

/**
 * Measures the operation named `operationName` (every operation when none is named). Fragment cycles
 * and unknown fragments count as empty: validation, which runs next, rejects them.
 */
export function measureQuery(
  document: DocumentNode,
  operationName: string | null | undefined,
  sizes: IntrospectionSizes,
): QueryShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, QueryShape>();
  const inProgress = new Set<string>();

  const fragmentShape = (name: string): QueryShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return EMPTY;
    inProgress.add(name);
    const shape = measure(fragment.selectionSet, fragment.typeCondition.name.value.startsWith("__"));
    inProgress.delete(name);
    measured.set(name, shape);
    return shape;
  };

  /** `introspection`: the selection set belongs to an introspection type (__Schema, __Type, ...). */
  const measure = (selectionSet: SelectionSetNode | undefined, introspection: boolean): QueryShape => {
    if (!selectionSet) return EMPTY;
    const total = { ...EMPTY };
    for (const selection of selectionSet.selections) {
      let inner: QueryShape;
      let depth: number;
      let introspectionCost: number;
      let ofTypeDepth: number;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const intoIntrospection = introspection || isIntrospectionRoot(name);
        inner = measure(selection.selectionSet, intoIntrospection);
        depth = intoIntrospection || name.startsWith("__") ? 0 : 1 + inner.depth;
        introspectionCost = intoIntrospection
          ? 1 + (introspection ? (sizes[name] ?? 1) : 1) * inner.introspectionCost
          : inner.introspectionCost;
        ofTypeDepth = inner.ofTypeDepth + (introspection && name === "ofType" ? 1 : 0);
      } else {
        inner =
          selection.kind === Kind.FRAGMENT_SPREAD
            ? fragmentShape(selection.name.value)
            : measure(
                selection.selectionSet,
                selection.typeCondition ? selection.typeCondition.name.value.startsWith("__") : introspection,
              );
        ({ depth, introspectionCost, ofTypeDepth } = inner);
      }
      total.selections += 1 + inner.selections;
      total.depth = Math.max(total.depth, depth);
      total.introspectionCost += introspectionCost;
      total.ofTypeDepth = Math.max(total.ofTypeDepth, ofTypeDepth);
    }
    return total;
  };

  const shape = { ...EMPTY };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    const operation = measure(definition.selectionSet, false);
    shape.depth = Math.max(shape.depth, operation.depth);
    shape.selections = Math.max(shape.selections, operation.selections);
    shape.introspectionCost = Math.max(shape.introspectionCost, operation.introspectionCost);
    shape.ofTypeDepth = Math.max(shape.ofTypeDepth, operation.ofTypeDepth);
  }
  return shape;
}
