import { Field, ObjectType } from '@nestjs/graphql';
import { SafetyCheckObject } from '@haven/server/safety';
import { TestimonialObject } from './testimonial.object';

@ObjectType('TestimonialPayload')
export class TestimonialPayloadObject {
  @Field(() => TestimonialObject)
  testimonial: TestimonialObject;

  @Field(() => SafetyCheckObject, {
    description: 'Crisis resources when crisis language was found. A testimonial is always held for review.',
  })
  safety: SafetyCheckObject;
}
