import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import {
  CurrentActor,
  ForbiddenError,
  Loaders,
  Public,
  Roles,
  hasRole,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { CategoriesService } from './categories.service';
import { CategoryStatsLoader } from './category-stats.loader';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/category.inputs';
import { CategoryObject, toCategoryObject } from './dto/category.object';

@Resolver(() => CategoryObject)
export class CategoryResolver {
  constructor(
    private readonly service: CategoriesService,
    private readonly stats: CategoryStatsLoader,
  ) {}

  @Public()
  @Query(() => [CategoryObject])
  async categories(
    @CurrentActor() actor: Actor | null,
    @Args('includeArchived', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Administrators: archived categories too.',
    })
    includeArchived: boolean,
  ): Promise<CategoryObject[]> {
    if (includeArchived && !hasRole(actor, Role.ADMIN)) {
      throw new ForbiddenError('Only administrators see archived categories in the list.');
    }
    return (await this.service.list(includeArchived)).map(toCategoryObject);
  }

  @Public()
  @Query(() => CategoryObject, { nullable: true })
  async category(@Args('slug') slug: string): Promise<CategoryObject | null> {
    const category = await this.service.findBySlug(slug);
    return category ? toCategoryObject(category) : null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CategoryObject)
  async createCategory(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCategoryInput,
  ): Promise<CategoryObject> {
    return toCategoryObject(await this.service.create(actor, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CategoryObject)
  async updateCategory(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCategoryInput,
  ): Promise<CategoryObject> {
    return toCategoryObject(await this.service.update(actor, id, input));
  }

  @Public()
  @ResolveField(() => Int, {
    description: 'The posts in the category you would see listed (your content-warning filter applied).',
  })
  async postCount(
    @Parent() category: CategoryObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return (await loaders.get(this.stats).load({ categoryId: category.id, viewer: actor })).postCount;
  }

  @Public()
  @ResolveField(() => Date, {
    nullable: true,
    description: 'When a post in it you would see listed last saw activity.',
  })
  async lastActivityAt(
    @Parent() category: CategoryObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Date | null> {
    return (await loaders.get(this.stats).load({ categoryId: category.id, viewer: actor })).lastActivityAt;
  }
}
