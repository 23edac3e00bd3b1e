import { Field, ObjectType } from '@nestjs/graphql';
import { ViewerObject } from './viewer.object';

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field()
  accessToken: string;

  @Field()
  refreshToken: string;

  @Field(() => ViewerObject)
  viewer: ViewerObject;
}
