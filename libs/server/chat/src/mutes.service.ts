import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ActorLookup, ForbiddenError, NotFoundError, isModerator, type Actor } from '@haven/server/core';
import { ChatMuteEntity } from './chat-mute.entity';
import { requireUuid, validateMuteMinutes } from './chat.rules';
import { RoomsService } from './rooms.service';

/** Moderators keep a member from sending in one room for a while. */
@Injectable()
export class MutesService {
  constructor(
    @InjectRepository(ChatMuteEntity) private readonly mutes: Repository<ChatMuteEntity>,
    private readonly rooms: RoomsService,
    private readonly accounts: ActorLookup,
  ) {}

  async mute(actor: Actor, roomId: string, userId: string, minutes: number): Promise<ChatMuteEntity> {
    const room = await this.rooms.require(requireUuid(roomId, 'roomId'));
    const target = await this.accounts.findActor(requireUuid(userId, 'userId'));
    const duration = validateMuteMinutes(minutes);
    if (!target) throw new NotFoundError('That member');
    if (target.id === actor.id) throw new ForbiddenError('You cannot mute yourself.');
    if (isModerator(target)) throw new ForbiddenError('Moderators and administrators cannot be muted.');
    const expiresAt = new Date(Date.now() + duration * 60_000);
    await this.mutes
      .createQueryBuilder()
      .insert()
      .values({ roomId: room.id, userId: target.id, mutedBy: actor.id, expiresAt })
      .orUpdate(['muted_by', 'expires_at'], ['room_id', 'user_id'])
      .execute();
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
