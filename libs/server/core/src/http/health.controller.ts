import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { SharedStore } from '../redis/shared-store';

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: 200 when the database answers, 503 when it does not. An unreachable Redis is reported
 * (`redis: down`, `degraded: true`) with 200: the instance keeps serving what PostgreSQL alone can serve.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: SharedStore,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const database = await within(2000, this.dataSource.query('SELECT 1'))
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const redis =
      this.store.kind === 'memory'
        ? ('in-process' as const)
        : await within(2000, this.store.ping())
            .then((ok) => (ok ? ('up' as const) : ('down' as const)))
            .catch(() => 'down' as const);
    const degraded = database !== 'up' || redis === 'down';
    if (database !== 'up') res.status(503);
    return { status: degraded ? 'degraded' : 'ok', degraded, database, redis };
  }
}
