import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig, Clock, ModerationHistory, isModerator, type Actor } from '@haven/server/core';
import { Surface, commentVisibilitySql, postVisibilitySql } from '../visibility';
import { hasBeenHereLongEnough, isNewMember, type TrustThresholds } from './trust.rules';

const PUBLIC_POSTS = postVisibilitySql(null, [], Surface.LIST);
const PUBLIC_COMMENTS = commentVisibilitySql(null, [], Surface.LIST);

/** Whether a member is still new (`trust.rules`), from their account, their content and the moderation log. */
@Injectable()
export class MemberTrustService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly history: ModerationHistory,
  ) {}

  private get thresholds(): TrustThresholds {
    return { minDays: this.config.TRUST_MIN_DAYS, minPublished: this.config.TRUST_MIN_PUBLISHED };
  }

  /** Moderators and admins are never new members. The cheap checks go first. */
  async isNewMember(actor: Pick<Actor, 'id' | 'role' | 'createdAt'>): Promise<boolean> {
    if (isModerator(actor)) return false;
    const now = this.clock.now();
    const thresholds = this.thresholds;
    if (!hasBeenHereLongEnough(actor.createdAt, now, thresholds)) return true;
    const published = await this.publishedCount(actor.id, thresholds.minPublished);
    if (published < thresholds.minPublished) return true;
    const actedAgainst = await this.history.actedAgainst(actor.id);
    return isNewMember({ joinedAt: actor.createdAt, published, actedAgainst }, now, thresholds);
  }

  /** Their posts and comments listed for everyone, counted up to `enough`. */
  private async publishedCount(authorId: string, enough: number): Promise<number> {
    const [{ count }] = await this.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (
         (SELECT 1 FROM forum_posts p WHERE p.author_id = $1 AND ${PUBLIC_POSTS} LIMIT $2)
         UNION ALL
         (SELECT 1 FROM forum_comments c WHERE c.author_id = $1 AND ${PUBLIC_COMMENTS} LIMIT $2)
       ) t`,
      [authorId, enough],
    );
    return count;
  }
}
