// One entry of the change feed, and a page of them.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ChangeKind } from "../graph/model";
import { PageInfo } from "./connection.type";
import "./enums";

@ObjectType({ simpleResolvers: true, description: "Something written to the graph, in commit order." })
export class Change {
  @Field(() => Int, { description: "The entry's number: 1, 2, 3… in commit order, without gaps." })
  seq!: number;

  @Field(() => ChangeKind)
  kind!: ChangeKind;

  @Field(() => ID, { description: "The statement, entity, relationship or article written." })
  subjectId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The article whose text it comes from, when there is one.",
  })
  articleId!: string | null;

  @Field(() => [ID], { description: "Entities it concerns (a statement's speaker, relays and mentions…)." })
  entityIds!: string[];

  @Field(() => String, { description: "When it was committed (ISO 8601)." })
  at!: string;
}

@ObjectType({ simpleResolvers: true })
export class ChangeEdge {
  @Field(() => Change)
  node!: Change;

  @Field(() => String)
  cursor!: string;
}

@ObjectType({ simpleResolvers: true })
export class ChangeConnection {
  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];

  @Field(() => PageInfo, {
    description:
      "endCursor is where to go on from (past entries the filter skipped, too): never null. hasNextPage " +
      "is false once the feed's end is reached; ask again later with the same endCursor.",
  })
  pageInfo!: PageInfo;

  @Field(() => String, { description: "The feed's end when read: `after` it follows only what comes next." })
  latestCursor!: string;
}
