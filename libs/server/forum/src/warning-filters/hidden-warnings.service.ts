import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ContentWarning } from '@haven/shared/contracts';
import {
  ACCOUNT_DELETED_EVENT,
  AppConfig,
  RateLimiter,
  type AccountDeletedEvent,
  type Actor,
} from '@haven/server/core';
import { HiddenWarningsEntity } from './hidden-warnings.entity';
import { validateHiddenWarnings } from './hidden-warnings.rules';

const ORDER = Object.values(ContentWarning);

/**
 * Each member's content-warning filter. Separate from `revealContentWarnings` (which only decides
 * whether a warning asks before showing): filtered posts are not listed at all.
 */
@Injectable()
export class HiddenWarningsService {
  constructor(
    @InjectRepository(HiddenWarningsEntity) private readonly filters: Repository<HiddenWarningsEntity>,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<ContentWarning[]> {
    const row = await this.filters.findOne({ where: { userId } });
    return row ? ORDER.filter((w) => row.warnings.includes(w)) : [];
  }

  /** Replaces the member's filter with `warnings` (deduplicated); the empty list hides nothing. */
  async set(actor: Actor, warnings: unknown): Promise<ContentWarning[]> {
    const value = validateHiddenWarnings(warnings);
    await this.limiter.consume('forum:filters', actor.id, this.config.rateLimits.write);
    await this.filters.query(
      `INSERT INTO forum_hidden_warnings (user_id, warnings, updated_at) VALUES ($1, $2::varchar[], now())
       ON CONFLICT (user_id) DO UPDATE SET warnings = EXCLUDED.warnings, updated_at = now()`,
      [actor.id, value],
    );
    return value;
  }

  /** The filter is personal data: erased with the account. */
  @OnEvent(ACCOUNT_DELETED_EVENT)
  async onAccountDeleted({ userId }: AccountDeletedEvent): Promise<void> {
    await this.filters.delete({ userId });
  }
}
