import { Field, InputType } from '@nestjs/graphql';

@InputType('RegisterInput')
export class RegisterInput {
  @Field()
  email: string;

  @Field()
  handle: string;

  @Field()
  password: string;
}

@InputType('LoginInput')
export class LoginInput {
  @Field()
  email: string;

  @Field()
  password: string;
}
