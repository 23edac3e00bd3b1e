import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountStatus, ModerationAction } from '@haven/shared/contracts';
import {
  ActorLookup,
  ForbiddenError,
  ModerationRecorder,
  NOTIFICATION_REQUESTED_EVENT,
  NotFoundError,
  runDecision,
  type Actor,
  type NotificationRequest,
} from '@haven/server/core';
import { ChatRoomEntity } from './chat-room.entity';
import { requireUuid } from './chat.rules';

/** What the member is told when a moderator reaches out (no content, no health details). */
export const REACH_OUT_MESSAGE =
  'A moderator opened a private support room to check in with you. Only the two of you can read it.';

/**
 * "Reach out": a private support room between a moderator and one member, opened from a case. Only the
 * two can join (RoomsService.mayEnter); the web pins the crisis resources in it. Opening it is logged in
 * the same transaction, and the member is notified once it has committed. Reaching out again to the same
 * member opens the same room.
 */
@Injectable()
export class SupportRoomsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: ActorLookup,
    private readonly recorder: ModerationRecorder,
    private readonly events: EventEmitter2,
  ) {}

  async reachOut(moderator: Actor, userId: string): Promise<ChatRoomEntity> {
    const member = await this.accounts.findActor(requireUuid(userId, 'userId'));
    if (!member) throw new NotFoundError('That member');
    if (member.id === moderator.id) throw new ForbiddenError('You cannot reach out to yourself.');
    if (member.status === AccountStatus.BANNED) {
      throw new ForbiddenError('This account is banned and cannot join a support room.');
    }
    return runDecision(this.db, async (tx) => {
      const rooms = tx.manager.getRepository(ChatRoomEntity);
      const existing = await rooms.findOne({
        where: { supportMemberId: member.id, supportModeratorId: moderator.id },
      });
      const room =
        existing ??
        (await rooms.save(
          rooms.create({
            slug: `support-${randomBytes(6).toString('hex')}`,
            name: `Support for ${member.handle}`,
            description: `A private room between ${member.handle} and ${moderator.handle}, a moderator. Only the two of you can read or write here.`,
            supportMemberId: member.id,
            supportModeratorId: moderator.id,
          }),
        ));
      await this.recorder.record(
        {
          actorId: moderator.id,
          action: ModerationAction.REACHED_OUT,
          contentKind: null,
          contentId: null,
          targetUserId: member.id,
          note: existing
            ? 'Reached out again in the private support room.'
            : 'Opened a private support room.',
        },
        tx,
      );
      const request: NotificationRequest = {
        recipientIds: [member.id],
        kind: 'MODERATION_OUTCOME',
        actorId: null,
        subject: null,
        data: { message: REACH_OUT_MESSAGE, path: `/rooms/${room.slug}` },
        urgent: true,
      };
      tx.afterCommit(() => this.events.emitAsync(NOTIFICATION_REQUESTED_EVENT, request));
      return room;
    });
  }
}
