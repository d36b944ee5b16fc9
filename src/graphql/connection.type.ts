// Relay connections: the same shape (edges { node cursor } pageInfo totalCount) for every paged list.
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page." })
  endCursor!: string | null;
}

/** The root value of a connection: totalCount is a function, so the count runs only when asked for. */
export interface ConnectionValue<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** `nodeType` may be an abstract class (the Entity interface). */
export function connectionTypes<T extends object>(nodeType: abstract new () => T, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  // simpleResolvers: graphql-js's default resolver calls the lazy totalCount function; type-graphql's would not.
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many match the filter, across all pages." })
    totalCount!: number;
  }

  return { Edge, Connection };
}
