import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('ChatRoomInput')
export class ChatRoomInput {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;
}

@InputType('UpdateChatRoomInput')
export class UpdateChatRoomInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  locked?: boolean | null;

  @Field(() => Int, { nullable: true })
  slowModeSeconds?: number | null;
}
