import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import type { ContentKind, ModerationAction } from '@haven/shared/contracts';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ContentKind as Kind, ModerationAction as Action } from '@haven/shared/contracts';
import {
  BadInputError,
  NOTIFICATION_REQUESTED_EVENT,
  TIME_ID,
  cursorCodec,
  pageSize,
  type NotificationRequest,
  type Page,
} from '@haven/server/core';
import { ModerationNoticeEntity } from './moderation-notice.entity';
import { requireId } from './moderation.rules';

export interface NoticeInput {
  userId: string;
  action: ModerationAction;
  message: string;
  note: string | null;
  contentKind: ContentKind | null;
  contentId: string | null;
  suspendedUntil: Date | null;
  /** The log entry of the decision, so the member can appeal it. */
  logEntryId?: string | null;
  /** When what the notice tells of ends (a mute). */
  endsAt?: Date | null;
}

const MARK_MAX = 100;

const NOTICE_CURSOR = cursorCodec('M', TIME_ID);

/** What members are told about moderation actions on their content or account. */
@Injectable()
export class NoticesService {
  constructor(
    @InjectRepository(ModerationNoticeEntity) private readonly notices: Repository<ModerationNoticeEntity>,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Once the notice is committed, the member's notifications hear of it: a published testimonial as
   * TESTIMONIAL_PUBLISHED, anything else as MODERATION_OUTCOME. The moderator is never named.
   */
  async announce(notice: NoticeInput): Promise<void> {
    const published = notice.action === Action.APPROVE && notice.contentKind === Kind.TESTIMONIAL;
    const request: NotificationRequest = {
      recipientIds: [notice.userId],
      kind: published ? 'TESTIMONIAL_PUBLISHED' : 'MODERATION_OUTCOME',
      actorId: null,
      subject:
        notice.contentKind && notice.contentId ? { kind: notice.contentKind, id: notice.contentId } : null,
      data: { message: notice.message, action: notice.action, path: '/notices' },
    };
    if (published) request.data = {};
    await this.events.emitAsync(NOTIFICATION_REQUESTED_EVENT, request);
  }

  async create(notice: NoticeInput, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(ModerationNoticeEntity) : this.notices;
    await repository.insert(repository.create({ ...notice, endsAt: notice.endsAt ?? null }));
  }

  /** A page of the member's own notices, newest first, with how many are unread. */
  async pageFor(userId: string, first: number | null | undefined, after: string | null | undefined) {
    const page = await this.listFor(userId, pageSize(first, 20), after ?? null);
    return { ...page, unreadCount: await this.unreadCount(userId) };
  }

  async listFor(userId: string, limit: number, after: string | null): Promise<Page<ModerationNoticeEntity>> {
    const query = this.notices.createQueryBuilder('n').where('n.user_id = :userId', { userId });
    if (after) {
      const [createdAt0, id0] = NOTICE_CURSOR.decode(after);
      query.andWhere('(n.created_at, n.id) < (:createdAt0, :id0)', { createdAt0, id0 });
    }
    const rows = await query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return NOTICE_CURSOR.page(rows, limit, (n) => [n.createdAt.toISOString(), n.id]);
  }

  /** The member's latest notice about one piece of their content (e.g. why it is held), if any. */
  async latestAbout(userId: string, contentId: string): Promise<ModerationNoticeEntity | null> {
    return this.notices.findOne({
      where: { userId, contentId: requireId(contentId, 'content id') },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.notices.count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks the given notices (or all of them) read; only the member's own. Returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<number> {
    if (ids && ids.length > MARK_MAX) {
      throw new BadInputError(`Mark at most ${MARK_MAX} notices at once.`, { field: 'ids', max: MARK_MAX });
    }
    const where = ids
      ? { userId, readAt: IsNull(), id: In(ids.map((id) => requireId(id, 'notice id'))) }
      : { userId, readAt: IsNull() };
    if (ids && ids.length === 0) return 0;
    const result = await this.notices.update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }

  async deleteAllFor(userId: string): Promise<void> {
    await this.notices.delete({ userId });
  }

  async exportFor(userId: string) {
    const rows = await this.notices.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((n) => ({
      action: n.action,
      message: n.message,
      note: n.note,
      contentKind: n.contentKind,
      contentId: n.contentId,
      suspendedUntil: n.suspendedUntil,
      endsAt: n.endsAt,
      createdAt: n.createdAt,
      readAt: n.readAt,
    }));
  }
}
