import { Injectable } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import { TestimonialStatus } from '@haven/shared/contracts';
import { Cost, Loaders, Public, type LoaderFactory, type RequestLoaders } from '@haven/server/core';
import { UserObject } from '@haven/server/identity';
import { TestimonialObject, toTestimonialObject } from './dto/testimonial.object';
import { TestimonialEntity } from './testimonial.entity';

/** How many testimonials a public profile shows. */
const PROFILE_TESTIMONIALS = 5;

/**
 * A member's newest published testimonials that carry their name, batched per request by member id.
 * Anonymous ones never appear: a profile must not tie an anonymous story to its author.
 */
@Injectable()
export class ProfileTestimonialsLoader implements LoaderFactory<DataLoader<string, TestimonialEntity[]>> {
  constructor(@InjectRepository(TestimonialEntity) private readonly repo: Repository<TestimonialEntity>) {}

  create() {
    return new DataLoader<string, TestimonialEntity[]>(async (ids) => {
      const rows = await this.repo.find({
        where: { authorId: In([...new Set(ids)]), status: TestimonialStatus.PUBLISHED, anonymous: false },
        order: { publishedAt: 'DESC', id: 'DESC' },
      });
      const byAuthor = new Map<string, TestimonialEntity[]>();
      for (const row of rows) {
        const list = byAuthor.get(row.authorId) ?? [];
        if (list.length < PROFILE_TESTIMONIALS) byAuthor.set(row.authorId, [...list, row]);
      }
      return ids.map((id) => byAuthor.get(id) ?? []);
    });
  }
}

/** The testimonial side of a member's public profile. */
@Resolver(() => UserObject)
export class TestimonialProfileResolver {
  constructor(private readonly testimonials: ProfileTestimonialsLoader) {}

  @Public()
  @Cost({ base: PROFILE_TESTIMONIALS })
  @ResolveField(() => [TestimonialObject], {
    description: `The member's ${PROFILE_TESTIMONIALS} newest published testimonials that are not anonymous.`,
  })
  async publishedTestimonials(
    @Parent() user: UserObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TestimonialObject[]> {
    return (await loaders.get(this.testimonials).load(user.id)).map(toTestimonialObject);
  }
}
