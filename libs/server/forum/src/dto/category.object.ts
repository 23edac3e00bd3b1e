import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CategoryEntity } from '../category.entity';

@ObjectType('Category')
export class CategoryObject {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'Where the category stands in the list, 0 first.' })
  position: number;

  @Field({ description: 'Archived: no new posts; listed only for administrators who ask.' })
  archived: boolean;
}

export function toCategoryObject(entity: CategoryEntity): CategoryObject {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    description: entity.description,
    position: entity.position,
    archived: entity.archivedAt !== null,
  };
}
