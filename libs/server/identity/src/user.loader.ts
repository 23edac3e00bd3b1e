import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import type { UserObject } from './dto/user.object';
import { UsersService } from './users.service';

/** Public profiles by id, batched per request: `loaders.get(userLoader).load(authorId)`. */
@Injectable()
export class UserLoader implements LoaderFactory<DataLoader<string, UserObject | null>> {
  constructor(private readonly users: UsersService) {}

  create() {
    return new DataLoader<string, UserObject | null>((ids) => this.users.findPublicByIds(ids), {
      maxBatchSize: 500,
    });
  }
}
