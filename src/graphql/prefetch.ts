// From a request's selection to a prefetch plan: a root field (a page of statements, an entity, an
// article…) looks at what the request selects below it, and hands the store a plan of the neighbours
// those fields will read; the store's query fetches them with its rows (src/store/prefetch.ts) and
// returns them, and the root field primes them into this request's DataLoaders, where the field
// resolvers find them: a nested request costs one Cypher round trip. The plan follows what each field
// declares it reads (hops.ts), a statement's utterance and the nodes its reports name included. Anything
// the plan does not cover (deeper than MAX_PREFETCH_DEPTH, fields with arguments) is still answered, by
// the DataLoaders, one round trip per level.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type DataLoader from "dataloader";
import { hopKey, type Hop } from "../graph/hops";
import { EntityType, Label } from "../graph/model";
import { propertiesFor } from "../graph/nodes";
import {
  emptyPlan,
  isEmptyPlan,
  type HopStep,
  type LinkPlan,
  type Plan,
  type Prefetch,
  type Projections,
  type UtterancePlan,
  type WithNeighbours,
} from "../store/prefetch";
import type { GraphQLContext } from "./context";
import { readsOf, type End } from "./hops";

/** Levels of neighbours fetched with the root query; deeper fields go through the DataLoaders. */
export const MAX_PREFETCH_DEPTH = 4;

/** For a type whose values are relationships (Strike, Role): its fields declared as the ends (@LinkEnd). */
function linkEndsOf(type: GraphQLNamedType | undefined): Record<string, End> | undefined {
  if (!type || !isObjectType(type)) return undefined;
  const ends = Object.values(type.getFields()).flatMap((field) => {
    const reads = readsOf(field);
    return reads?.kind === "linkEnd" ? [[field.name, reads.end] as const] : [];
  });
  return ends.length > 0 ? Object.fromEntries(ends) : undefined;
}

/** The label of the nodes behind each object type whose values can be prefetched neighbours. */
const TYPE_LABELS: Record<string, Label.Statement | Label.Entity | Label.Figure | Label.Article> = {
  Statement: Label.Statement,
  Figure: Label.Figure,
  Article: Label.Article,
  ...Object.fromEntries(Object.values(EntityType).map((type) => [type, Label.Entity])),
};

class PlanBuilder {
  /**
   * While collecting below an utterance, no utterance is planned again: its Cypher names are fixed
   * (cypher/utterances/reports.cypher). The utterance of a statement its reports name is the same one,
   * primed with it (src/graphql/loaders.ts); any other utterance below one goes through the loader.
   */
  private inUtterance = false;

  constructor(private readonly info: GraphQLResolveInfo) {}

  /**
   * The properties to project for prefetched neighbours: for each label, those behind the fields the
   * whole operation selects on its types. The whole operation, not this root field alone, because a
   * neighbour primed into a DataLoader here may be read by another root field of the same request.
   */
  projections(): Projections {
    // A label the operation selects no field on (`mentions { __typename }`) still needs only its id.
    const fields = new Map(Object.values(TYPE_LABELS).map((label) => [label, new Set<string>()]));
    const visit = (types: readonly GraphQLObjectType[], set: SelectionSetNode): void => {
      for (const selection of set.selections) {
        if (selection.kind !== "Field") {
          const fragment = this.fragmentOf(selection);
          if (fragment)
            visit(this.typesMatching(types, fragment.typeCondition?.name.value), fragment.selectionSet);
          continue;
        }
        for (const type of types) {
          const definition = type.getFields()[selection.name.value];
          if (!definition) continue;
          const label = TYPE_LABELS[type.name];
          if (label) fields.get(label)?.add(selection.name.value);
          if (selection.selectionSet)
            visit(this.concreteTypes(getNamedType(definition.type)), selection.selectionSet);
        }
      }
    };
    const root = this.info.schema.getRootType(this.info.operation.operation);
    if (root) visit([root], this.info.operation.selectionSet);
    return Object.fromEntries(
      [...fields].map(([label, names]) => [label, propertiesFor(label, names)]),
    ) as Projections;
  }

  /** The fragment an inline fragment or a spread stands for (undefined for an unknown name). */
  fragmentOf(
    selection: InlineFragmentNode | FragmentSpreadNode,
  ): InlineFragmentNode | FragmentDefinitionNode | undefined {
    return selection.kind === "InlineFragment" ? selection : this.info.fragments[selection.name.value];
  }

  /** Those of `types` a fragment's type condition (if any) applies to. */
  typesMatching(
    types: readonly GraphQLObjectType[],
    condition: string | undefined,
  ): readonly GraphQLObjectType[] {
    if (!condition) return types;
    const applies = this.concreteTypes(this.info.schema.getType(condition));
    return types.filter((type) => applies.includes(type));
  }

  /** Adds to `plan` what `selections` ask about a node of one of `types`. */
  collect(
    plan: Plan,
    types: readonly GraphQLObjectType[],
    selections: SelectionSetNode,
    depth: number,
  ): void {
    this.forEachField(types, selections, (type, field) => this.field(plan, type, field, depth));
  }

  /** Calls `visit` for each field of `selections` on a value of each of `types`, through fragments. */
  forEachField(
    types: readonly GraphQLObjectType[],
    selections: SelectionSetNode,
    visit: (type: GraphQLObjectType, field: FieldNode) => void,
  ): void {
    for (const selection of selections.selections) {
      if (selection.kind === "Field") {
        for (const type of types) visit(type, selection);
      } else {
        const fragment = this.fragmentOf(selection);
        if (!fragment) continue;
        const matching = this.typesMatching(types, fragment.typeCondition?.name.value);
        this.forEachField(matching, fragment.selectionSet, visit);
      }
    }
  }

  /** The concrete types a named type stands for. */
  concreteTypes(type: GraphQLNamedType | undefined | null): readonly GraphQLObjectType[] {
    if (!type) return [];
    if (isAbstractType(type)) return this.info.schema.getPossibleTypes(type);
    return isObjectType(type) ? [type] : [];
  }

  /** The selection set reached from the root field by the field names in `path` (merging aliases). */
  selectionAt(path: readonly string[]): { types: readonly GraphQLObjectType[]; sets: SelectionSetNode[] } {
    let types = this.concreteTypes(getNamedType(this.info.returnType));
    let sets = this.info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    for (const name of path) {
      const fields = sets.flatMap((set) => this.fieldsNamed(set, name));
      const type = types[0]?.getFields()[name];
      types = this.concreteTypes(type ? getNamedType(type.type) : undefined);
      sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    }
    return { types, sets };
  }

  private fieldsNamed(set: SelectionSetNode, name: string): FieldNode[] {
    return set.selections.flatMap((selection) => {
      if (selection.kind === "Field") return selection.name.value === name ? [selection] : [];
      const fragment = this.fragmentOf(selection);
      return fragment ? this.fieldsNamed(fragment.selectionSet, name) : [];
    });
  }

  private field(plan: Plan, type: GraphQLObjectType, field: FieldNode, depth: number): void {
    if (!field.selectionSet || (field.arguments?.length ?? 0) > 0 || depth > MAX_PREFETCH_DEPTH) return;
    const definition = type.getFields()[field.name.value];
    if (!definition) return;
    const childType = getNamedType(definition.type);
    const reads = readsOf(definition);
    if (reads?.kind === "hop") {
      const { hop } = reads;
      const step = stepFor(plan, hop);
      const ends = linkEndsOf(childType);
      if (ends && isObjectType(childType)) {
        // A list of relationships: one end is the node itself, the other the neighbour.
        const otherEnd = hop.direction === "outgoing" ? "to" : "from";
        for (const end of this.fieldsOf(childType, field.selectionSet, ends)) {
          const target = ends[end.name.value] === otherEnd ? step.next : plan;
          const entityTypes = this.concreteTypes(getNamedType(childType.getFields()[end.name.value].type));
          if (end.selectionSet) this.collect(target, entityTypes, end.selectionSet, depth + 1);
        }
      } else {
        this.collect(step.next, this.concreteTypes(childType), field.selectionSet, depth + 1);
      }
    } else if (reads?.kind === "containment") {
      plan.chain ??= emptyPlan();
      this.collect(plan.chain, this.concreteTypes(childType), field.selectionSet, depth + 1);
    } else if (reads?.kind === "sameNode") {
      this.collect(plan, this.concreteTypes(childType), field.selectionSet, depth);
    } else if (reads?.kind === "utterance" && !this.inUtterance) {
      plan.utterance ??= { nodes: {} };
      this.inUtterance = true;
      try {
        this.utteranceParts(plan.utterance, this.concreteTypes(childType), field.selectionSet, depth + 1);
      } finally {
        this.inUtterance = false;
      }
    }
  }

  /**
   * Adds to an utterance's plan the nodes its selection reads (@ReportNode) and what it reads about
   * them, through the fields that are parts of the utterance's value (its reports, its first report).
   */
  private utteranceParts(
    plan: UtterancePlan,
    types: readonly GraphQLObjectType[],
    selections: SelectionSetNode,
    depth: number,
  ): void {
    this.forEachField(types, selections, (type, field) => {
      const definition = type.getFields()[field.name.value];
      if (!definition || !field.selectionSet || (field.arguments?.length ?? 0) > 0) return;
      if (depth > MAX_PREFETCH_DEPTH) return;
      const childTypes = this.concreteTypes(getNamedType(definition.type));
      const reads = readsOf(definition);
      if (reads?.kind === "reportNode") {
        const next = (plan.nodes[reads.key] ??= emptyPlan());
        this.collect(next, childTypes, field.selectionSet, depth + 1);
      } else if (!reads) {
        this.utteranceParts(plan, childTypes, field.selectionSet, depth + 1);
      }
    });
  }

  /** The fields of a link type's selection that are its ends (attacker, target…), through fragments. */
  fieldsOf(type: GraphQLObjectType, set: SelectionSetNode, ends: Record<string, string>): FieldNode[] {
    return Object.keys(ends).flatMap((name) =>
      this.fieldsNamed(set, name).filter(() => type.getFields()[name]),
    );
  }
}

function stepFor(plan: Plan, hop: Hop): HopStep {
  const key = hopKey(hop);
  let step = plan.hops.find((candidate) => hopKey(candidate.hop) === key);
  if (!step) {
    step = { hop, next: emptyPlan() };
    plan.hops.push(step);
  }
  return step;
}

/** What one operation compiled: its projections, and a prefetch per root field and path. */
interface CompiledOperation {
  projections: Projections;
  byField: WeakMap<FieldNode, Map<string, Prefetch<Plan | LinkPlan> | undefined>>;
}

/**
 * Plans depend only on the query document, which Apollo parses once and reuses: projections once per
 * operation (they cover all of it), plans once per root field and path. The store, in turn, writes
 * the Cypher of each Prefetch once.
 */
const compiled = new WeakMap<OperationDefinitionNode, CompiledOperation>();

function cached<P extends Plan | LinkPlan>(
  info: GraphQLResolveInfo,
  key: string,
  build: (builder: PlanBuilder) => P | undefined,
): Prefetch<P> | undefined {
  let operation = compiled.get(info.operation);
  if (!operation) {
    operation = { projections: new PlanBuilder(info).projections(), byField: new WeakMap() };
    compiled.set(info.operation, operation);
  }
  const node = info.fieldNodes[0];
  let byKey = operation.byField.get(node);
  if (!byKey) {
    byKey = new Map();
    operation.byField.set(node, byKey);
  }
  if (!byKey.has(key)) {
    const plan = build(new PlanBuilder(info));
    byKey.set(key, plan && { plan, projections: operation.projections });
  }
  return byKey.get(key) as Prefetch<P> | undefined;
}

/**
 * What to prefetch with the nodes a root field returns, found at `path` below it (["edges", "node"]
 * in a connection); undefined when the selection reads no neighbours.
 */
export function nodePrefetch(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Prefetch | undefined {
  if (!ctx.prefetch) return undefined;
  return cached<Plan>(info, `node:${path.join(".")}`, (builder) => {
    const { types, sets } = builder.selectionAt(path);
    const plan = emptyPlan();
    for (const set of sets) builder.collect(plan, types, set, 1);
    return isEmptyPlan(plan) ? undefined : plan;
  });
}

/**
 * What to prefetch with the relationships a root field returns (strikes), found at `path` below it:
 * both end nodes, and what the selection reads about them; undefined when it reads neither end.
 */
export function linkPrefetch(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Prefetch<LinkPlan> | undefined {
  if (!ctx.prefetch) return undefined;
  return cached<LinkPlan>(info, `link:${path.join(".")}`, (builder) => {
    const { types, sets } = builder.selectionAt(path);
    const [type] = types;
    const ends = linkEndsOf(type);
    if (!type || !ends) return undefined;
    const selected = sets.flatMap((set) => builder.fieldsOf(type, set, ends));
    if (selected.length === 0) return undefined;
    const link: LinkPlan = { from: emptyPlan(), to: emptyPlan() };
    for (const end of selected) {
      const endTypes = builder.concreteTypes(getNamedType(type.getFields()[end.name.value].type));
      if (end.selectionSet) builder.collect(link[ends[end.name.value]], endTypes, end.selectionSet, 1);
    }
    return link;
  });
}

/**
 * A root field asking for one node by id: fetched with its prefetch when the selection reads
 * neighbours (and kept in the loader), else through the loader, batched with other lookups.
 */
export async function loadOne<T>(
  ctx: GraphQLContext,
  loader: DataLoader<string, T | null>,
  id: string,
  prefetch: Prefetch | undefined,
  fetch: (ids: readonly string[], prefetch: Prefetch) => Promise<WithNeighbours<T>>,
): Promise<T | null> {
  if (!prefetch) return loader.load(id);
  const { items, neighbourhoods } = await fetch([id], prefetch);
  ctx.loaders.prime(neighbourhoods);
  const found = items[0] ?? null;
  loader.prime(id, found);
  return found;
}
