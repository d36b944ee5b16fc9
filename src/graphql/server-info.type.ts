import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The Neo4j server behind this API.", simpleResolvers: true })
export class ServerInfo {
  @Field(() => String, { description: "Product name, e.g. Neo4j Kernel." })
  name!: string;

  @Field(() => String)
  version!: string;

  @Field(() => String, { description: "community or enterprise." })
  edition!: string;
}
