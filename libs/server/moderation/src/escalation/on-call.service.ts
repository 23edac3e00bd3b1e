import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountStatus, Role } from '@haven/shared/contracts';
import { AppConfig, BadInputError, Clock, RateLimiter, type Actor } from '@haven/server/core';

// Active moderators and administrators (a suspension that has ended counts as active), on call first.
const MODERATORS_SQL = `
  SELECT id, on_call FROM users
   WHERE role IN ('${Role.MODERATOR}', '${Role.ADMIN}') AND deleted_at IS NULL
     AND (status = '${AccountStatus.ACTIVE}'
          OR (status = '${AccountStatus.SUSPENDED}' AND suspended_until IS NOT NULL AND suspended_until <= $1))`;

/** Who answers URGENT pages: the moderators who said they are on call, or every moderator if none is. */
@Injectable()
export class OnCallService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The moderator (or admin) says whether they are on call; answers the stored value. */
  async setOnCall(actor: Actor, onCall: unknown): Promise<boolean> {
    if (typeof onCall !== 'boolean') throw new BadInputError('onCall must be true or false.');
    await this.limiter.consume('on-call', actor.id, this.config.rateLimits.write);
    const [rows] = (await this.dataSource.query(
      `UPDATE users SET on_call = $2, updated_at = now() WHERE id = $1 RETURNING on_call`,
      [actor.id, onCall],
    )) as [{ on_call: boolean }[], number];
    return rows[0]?.on_call ?? false;
  }

  async isOnCall(userId: string): Promise<boolean> {
    const rows: { on_call: boolean }[] = await this.dataSource.query(
      `SELECT on_call FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0]?.on_call ?? false;
  }

  /** The members to page now: the active on-call moderators, or every active moderator when none is. */
  async pageRecipients(): Promise<string[]> {
    const rows: { id: string; on_call: boolean }[] = await this.dataSource.query(MODERATORS_SQL, [
      this.clock.now(),
    ]);
    const onCall = rows.filter((r) => r.on_call);
    return (onCall.length > 0 ? onCall : rows).map((r) => r.id);
  }
}
