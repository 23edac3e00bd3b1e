import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
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
import { ChatMuteEntity } from './chat-mute.entity';
import { requireUuid, validateMuteMinutes } from './chat.rules';
import { RoomsService } from './rooms.service';

/** Moderators keep a member from sending in one room for a while; each mute is in the moderation log. */
@Injectable()
export class MutesService {
  constructor(
    @InjectRepository(ChatMuteEntity) private readonly mutes: Repository<ChatMuteEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomsService,
    private readonly accounts: ActorLookup,
    private readonly recorder: ModerationRecorder,
  ) {}

  async mute(actor: Actor, roomId: string, userId: string, minutes: number): Promise<ChatMuteEntity> {
    const room = await this.rooms.require(requireUuid(roomId, 'roomId'));
    const target = await this.accounts.findActor(requireUuid(userId, 'userId'));
    const duration = validateMuteMinutes(minutes);
    if (!target) throw new NotFoundError('That member');
    if (target.id === actor.id) throw new ForbiddenError('You cannot mute yourself.');
    if (isModerator(target)) throw new ForbiddenError('Moderators and administrators cannot be muted.');
    const expiresAt = new Date(Date.now() + duration * 60_000);
    await runDecision(this.db, async (tx) => {
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(ChatMuteEntity)
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
        },
        tx,
      );
    });
    return this.mutes.findOneOrFail({ where: { roomId: room.id, userId: target.id } });
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
