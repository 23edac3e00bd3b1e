import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LIMITS } from '@haven/shared/contracts';
import { BadInputError, NotFoundError, type Actor } from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import { requireId } from '../moderation.rules';
import { MemberNoteEntity } from './member-note.entity';

/** The most notes one member's list shows (newest first). */
export const MEMBER_NOTES_SHOWN = 200;

/** The note's body: trimmed, 1 to 2,000 characters. */
export function validateMemberNote(value: unknown): string {
  const { bodyMin, bodyMax } = LIMITS.memberNote;
  if (typeof value !== 'string') throw new BadInputError('`body` must be text.', { field: 'body' });
  const body = value.trim();
  if (body.length < bodyMin)
    throw new BadInputError('Write the note first.', { field: 'body', min: bodyMin });
  if (body.length > bodyMax) {
    throw new BadInputError(`A note has at most ${bodyMax} characters.`, { field: 'body', max: bodyMax });
  }
  return body;
}

/**
 * Moderators' private notes on members: written and read by moderators and administrators only,
 * never changed or deleted (the database refuses it), shown with every case about the member.
 */
@Injectable()
export class MemberNotesService {
  constructor(
    @InjectRepository(MemberNoteEntity) private readonly notes: Repository<MemberNoteEntity>,
    private readonly users: UsersService,
  ) {}

  async add(actor: Actor, rawUserId: unknown, rawBody: unknown): Promise<MemberNoteEntity> {
    const userId = requireId(rawUserId, 'userId');
    const body = validateMemberNote(rawBody);
    const member = await this.users.findEntity(userId);
    if (!member || member.deletedAt) throw new NotFoundError('That member');
    return this.notes.save(this.notes.create({ userId, authorId: actor.id, body }));
  }

  /** The notes on a member, newest first (at most MEMBER_NOTES_SHOWN). */
  async list(rawUserId: unknown): Promise<MemberNoteEntity[]> {
    const userId = requireId(rawUserId, 'userId');
    return this.notes.find({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: MEMBER_NOTES_SHOWN,
    });
  }
}
