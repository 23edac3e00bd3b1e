import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import { PresenceService } from './presence.service';

/** Online counts by room id, batched per request (read from presence, not from SQL). */
@Injectable()
export class OnlineCountLoader implements LoaderFactory<DataLoader<string, number>> {
  constructor(private readonly presence: PresenceService) {}

  create() {
    return new DataLoader<string, number>((ids) => this.presence.counts(ids));
  }
}
