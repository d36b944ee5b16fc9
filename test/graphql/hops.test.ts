// Each field declares what it reads on its resolver (src/graphql/hops.ts), and the prefetch planner
// reads that declaration from the schema. A field that reads the graph without declaring it, or that
// the planner cannot follow, would still answer, through the DataLoaders, at one round trip more per
// level: these tests walk the schema so that such a field fails here instead, whatever its name.
import {
  getNamedType,
  getNullableType,
  graphql,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { readsOf } from "../../src/graphql/hops";
import { buildNewsgraphSchema } from "../../src/graphql/schema";
import * as entities from "../../src/store/entities";
import * as related from "../../src/store/related";
import { openTestDatabase } from "../support/test-server";

const schema = buildNewsgraphSchema();

/** The object types of the schema a field resolver answers `field` of (an interface's: all of them). */
function typesResolvedBy(target: unknown, schemaName: string): GraphQLObjectType[] {
  const storage = getMetadataStorage();
  const owner = [...storage.objectTypes, ...storage.interfaceTypes].find((type) => type.target === target);
  const type = owner ? schema.getType(owner.name) : undefined;
  const types = isInterfaceType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  return types.filter((candidate) => candidate.getFields()[schemaName]);
}

/** Every field of a non-root type that a field resolver answers with a list of objects. */
function resolvedListFields(): { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  return getMetadataStorage().fieldResolvers.flatMap((resolver) => {
    const target = resolver.getObjectType?.();
    if (!target) return [];
    return typesResolvedBy(target, resolver.schemaName)
      .map((type) => ({ type, field: type.getFields()[resolver.schemaName] }))
      .filter(({ field }) => {
        const type = getNullableType(field.type);
        return isListType(type) && isCompositeType(getNamedType(type));
      });
  });
}

/**
 * The declarations below whoSaid's matches and utterances: the seed graph holds no utterances (the seed
 * loader does not group), so test/graphql/utterances.test.ts checks them, on articles grouped for it.
 */
const CHECKED_WITH_UTTERANCES = new Set(["sameNode", "utterance", "reportNode"]);

/** Every field of the schema that declares what it reads, as `Type.field` (utterances aside). */
function declaredFields(): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => {
          const reads = readsOf(field);
          return reads && !CHECKED_WITH_UTTERANCES.has(reads.kind);
        })
        .map((field) => `${type.name}.${field.name}`),
    );
}

/** The object types a value of `type` can be. */
function objectTypesOf(type: GraphQLNamedType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
}

/** The type of the nodes a root field returns: its items, or in a connection, its edges' nodes. */
function nodeTypeOf(root: GraphQLField<unknown, unknown>): GraphQLNamedType {
  const returned = getNamedType(root.type);
  const edge = isObjectType(returned) ? returned.getFields().edges : undefined;
  const edgeType = edge ? getNamedType(edge.type) : undefined;
  return isObjectType(edgeType) ? getNamedType(edgeType.getFields().node.type) : returned;
}

/** `Type.field` of the fields the test below selects: those that declare what they read, and resolved lists. */
const toSelect = new Set([
  ...declaredFields(),
  ...resolvedListFields().map(({ type, field }) => `${type.name}.${field.name}`),
]);

const isLinkType = (type: GraphQLObjectType): boolean =>
  Object.values(type.getFields()).some((field) => readsOf(field)?.kind === "linkEnd");

/**
 * A selection, on nodes of `types`, of every field that declares what it reads or lists what a resolver
 * finds; where the values are relationships (a place's strikes), their ends, and the ends' own fields.
 * `selected` collects the fields as `Type.field`.
 */
function selectionOf(types: readonly GraphQLObjectType[], selected: Set<string>, depth = 1): string {
  return types
    .map((type) => {
      const fields = Object.values(type.getFields()).flatMap((field) => {
        const name = `${type.name}.${field.name}`;
        if (!toSelect.has(name)) return [];
        selected.add(name);
        const below = objectTypesOf(getNamedType(field.type));
        const descend = depth < 3 && (readsOf(field)?.kind === "linkEnd" || below.some(isLinkType));
        return [`${field.name} { __typename ${descend ? selectionOf(below, selected, depth + 1) : ""} }`];
      });
      return fields.length > 0 ? `... on ${type.name} { ${fields.join(" ")} }` : "";
    })
    .join(" ");
}

describe("declared hops", () => {
  it("declare what every list field answered by a resolver reads, so the prefetch planner sees it", () => {
    const fields = resolvedListFields();
    expect(fields.length).toBeGreaterThan(20);
    const undeclared = fields
      .filter(({ field }) => {
        const reads = readsOf(field);
        return reads?.kind !== "hop" && reads?.kind !== "containment";
      })
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(undeclared).toEqual([]);
  });

  describe("against the seed graph", () => {
    let db: Database;
    beforeAll(() => {
      db = openTestDatabase();
    });
    afterAll(() => db.driver.close());

    /** A value for a required argument, from its type: an enum's first value; null when none fits. */
    function valueOf(arg: GraphQLArgument): string | null {
      const type = getNullableType(arg.type);
      return isEnumType(type) ? type.getValues()[0].name : null;
    }

    /** A query of `root` with selectionOf the nodes it returns; null when it selects nothing. */
    function queryOf(root: GraphQLField<unknown, unknown>, selected: Set<string>): string | null {
      const required = root.args.filter((arg) => getNullableType(arg.type) !== arg.type);
      const values = required.map((arg) => [arg.name, valueOf(arg)] as const);
      if (values.some(([, value]) => value === null)) return null;
      const fields = selectionOf(objectTypesOf(nodeTypeOf(root)), selected);
      if (fields.trim() === "") return null;
      const args = [
        ...values.map(([name, value]) => `${name}: ${value}`),
        ...(root.args.some((arg) => arg.name === "first") ? ["first: 100"] : []),
      ];
      const argList = args.length > 0 ? `(${args.join(", ")})` : "";
      const returned = getNamedType(root.type);
      const isConnection = isObjectType(returned) && "edges" in returned.getFields();
      return isConnection
        ? `{ ${root.name}${argList} { edges { node { ${fields} } } } }`
        : `{ ${root.name}${argList} { ${fields} } }`;
    }

    const selected = new Set<string>();
    const queries = Object.values(schema.getQueryType()!.getFields()).flatMap((root) => {
      const source = queryOf(root, selected);
      return source === null ? [] : [[root.name, source] as const];
    });

    it("selects every declared field below the roots that list nodes", () => {
      expect(queries.length).toBeGreaterThanOrEqual(3);
      expect([...selected].sort()).toEqual([...toSelect].sort());
    });

    // One test per root query, so that each has the whole test timeout on a busy machine.
    it.each(queries)(
      "answers every declared field below %s with the root's own query",
      async (_root, source) => {
        const hops = jest.spyOn(related, "neighbours");
        const chains = jest.spyOn(entities, "containmentChains");
        try {
          for (const prefetch of [true, false]) {
            hops.mockClear();
            chains.mockClear();
            const contextValue = createContext(db, false, prefetch);
            const result = await graphql({ schema, source, contextValue });
            expect(result.errors).toBeUndefined();
            const fieldQueries = hops.mock.calls.length + chains.mock.calls.length;
            // Without prefetching the same fields cost queries of their own: the check can fail.
            if (prefetch) expect({ source, fieldQueries }).toEqual({ source, fieldQueries: 0 });
            else expect(fieldQueries).toBeGreaterThan(0);
          }
        } finally {
          hops.mockRestore();
          chains.mockRestore();
        }
      },
    );
  });
});
