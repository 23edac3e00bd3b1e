import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import { TestimonialHelpfulService, type HelpfulKey } from './testimonial-helpful.service';

/** Whether the viewer marked each testimonial helpful, batched per request. */
@Injectable()
export class TestimonialHelpfulLoader implements LoaderFactory<DataLoader<HelpfulKey, boolean, string>> {
  constructor(private readonly helpful: TestimonialHelpfulService) {}

  create() {
    return new DataLoader<HelpfulKey, boolean, string>((keys) => this.helpful.marked(keys), {
      cacheKeyFn: (key) => `${key.viewerId}:${key.testimonialId}`,
      maxBatchSize: 500,
    });
  }
}
