import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import type { CheckInObject } from './dto/check-in.objects';
import { FollowUpsService } from './follow-ups.service';

/** Each testimonial's check-ins (not withdrawn), batched per request. */
@Injectable()
export class CheckInsLoader implements LoaderFactory<DataLoader<string, CheckInObject[]>> {
  constructor(private readonly followUps: FollowUpsService) {}

  create() {
    return new DataLoader<string, CheckInObject[]>((ids) => this.followUps.checkInsOf(ids), {
      maxBatchSize: 500,
    });
  }
}
