import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('CreateCategoryInput')
export class CreateCategoryInput {
  @Field({ description: 'Lowercase letters, digits and hyphens; used in addresses.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Where to place it, 0 first; the end when left out.' })
  position?: number | null;
}

@InputType('UpdateCategoryInput')
export class UpdateCategoryInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Moves the category to this place, 0 first.' })
  position?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Archived categories leave the list and take no new posts; their posts stay readable.',
  })
  archived?: boolean | null;
}
