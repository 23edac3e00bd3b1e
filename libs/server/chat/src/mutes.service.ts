import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, MoreThan, Repository } from 'typeorm';
import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import {
  ActorLookup,
  ForbiddenError,
  ModerationRecorder,
  NotFoundError,
  isModerator,
  runDecision,
  type Actor,
} from '@haven/server/core';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { ChatMuteEntity } from './chat-mute.entity';
import { muteReason, requireUuid, validateMuteMinutes } from './chat.rules';
import { RoomsService } from './rooms.service';

/**
 * Moderators keep a member from sending in one room for a while. The mute, its log entry and the
 * member's notice are written together; the member hears of it live in every open tab.
 */
@Injectable()
export class MutesService {
  constructor(
    @InjectRepository(ChatMuteEntity) private readonly mutes: Repository<ChatMuteEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomsService,
    private readonly accounts: ActorLookup,
    private readonly recorder: ModerationRecorder,
    private readonly broadcaster: ChatBroadcaster,
  ) {}

  async mute(actor: Actor, roomId: string, userId: string, minutes: number): Promise<ChatMuteEntity> {
    const room = await this.rooms.require(requireUuid(roomId, 'roomId'));
    const target = await this.accounts.findActor(requireUuid(userId, 'userId'));
    const duration = validateMuteMinutes(minutes);
    if (!target) throw new NotFoundError('That member');
    if (target.id === actor.id) throw new ForbiddenError('You cannot mute yourself.');
    if (isModerator(target)) throw new ForbiddenError('Moderators and administrators cannot be muted.');
    const expiresAt = new Date(Date.now() + duration * 60_000);
    return runDecision(this.db, async (tx) => {
      const repo = tx.manager.getRepository(ChatMuteEntity);
      await repo
        .createQueryBuilder()
        .insert()
        .values({ roomId: room.id, userId: target.id, mutedBy: actor.id, expiresAt })
        .orUpdate(['muted_by', 'expires_at'], ['room_id', 'user_id'])
        .execute();
      await this.recorder.record(
        {
          actorId: actor.id,
          action: ModerationAction.MEMBER_MUTED,
          contentKind: ContentKind.USER,
          contentId: target.id,
          targetUserId: target.id,
          note: `Muted in “${room.name}” for ${duration} minute${duration === 1 ? '' : 's'}.`,
          suspendedUntil: expiresAt,
          notice: { message: muteReason(room.name), endsAt: expiresAt },
        },
        tx,
      );
      tx.afterCommit(() =>
        this.broadcaster.muteNotice(target.id, {
          roomId: room.id,
          mutedUntil: expiresAt.toISOString(),
          reason: muteReason(room.name),
        }),
      );
      return repo.findOneOrFail({ where: { roomId: room.id, userId: target.id } });
    });
  }

  /** When the member's mute in the room ends, if they are muted now. */
  async mutedUntil(roomId: string, userId: string): Promise<Date | null> {
    const mute = await this.mutes.findOne({ where: { roomId, userId, expiresAt: MoreThan(new Date()) } });
    return mute?.expiresAt ?? null;
  }

  /** Drops mutes that have ended (the daily clean-up). */
  async deleteExpired(now = new Date()): Promise<number> {
    const result = await this.mutes
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now', { now })
      .execute();
    return result.affected ?? 0;
  }
}
