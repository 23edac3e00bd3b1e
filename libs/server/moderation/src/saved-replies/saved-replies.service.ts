import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LIMITS } from '@haven/shared/contracts';
import { BadInputError, ConflictError, NotFoundError } from '@haven/server/core';
import { requireId } from '../moderation.rules';
import { isUniqueViolation } from '../unique-violation';
import { SavedReplyEntity } from './saved-reply.entity';

const UNIQUE_TITLE = 'UQ_moderation_saved_replies_title';

function text(value: unknown, field: 'title' | 'body', min: number, max: number): string {
  if (typeof value !== 'string') throw new BadInputError(`\`${field}\` must be text.`, { field });
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new BadInputError(`A saved reply's ${field} has ${min} to ${max} characters.`, { field, min, max });
  }
  return trimmed;
}

/** A saved reply's fields: a title of 1 to 100 characters and a body of 1 to 2,000. */
export function validateSavedReply(input: { title?: unknown; body?: unknown } | null | undefined) {
  const { titleMin, titleMax, bodyMin, bodyMax } = LIMITS.savedReply;
  return {
    title: text(input?.title, 'title', titleMin, titleMax),
    body: text(input?.body, 'body', bodyMin, bodyMax),
  };
}

/** Saved replies: administrators manage them, moderators read and insert them. */
@Injectable()
export class SavedRepliesService {
  constructor(@InjectRepository(SavedReplyEntity) private readonly replies: Repository<SavedReplyEntity>) {}

  list(): Promise<SavedReplyEntity[]> {
    return this.replies.find({ order: { title: 'ASC', id: 'ASC' }, take: LIMITS.savedReply.countMax });
  }

  async create(input: { title?: unknown; body?: unknown }): Promise<SavedReplyEntity> {
    const fields = validateSavedReply(input);
    const { countMax } = LIMITS.savedReply;
    if ((await this.replies.count()) >= countMax) {
      throw new BadInputError(`There can be at most ${countMax} saved replies.`, { max: countMax });
    }
    return this.saving(() => this.replies.save(this.replies.create(fields)));
  }

  async update(rawId: unknown, input: { title?: unknown; body?: unknown }): Promise<SavedReplyEntity> {
    const id = requireId(rawId, 'id');
    const fields = validateSavedReply(input);
    const reply = await this.replies.findOne({ where: { id } });
    if (!reply) throw new NotFoundError('That saved reply');
    return this.saving(() => this.replies.save(Object.assign(reply, fields)));
  }

  async delete(rawId: unknown): Promise<boolean> {
    const id = requireId(rawId, 'id');
    const result = await this.replies.delete({ id });
    if (!result.affected) throw new NotFoundError('That saved reply');
    return true;
  }

  private async saving(work: () => Promise<SavedReplyEntity>): Promise<SavedReplyEntity> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, UNIQUE_TITLE)) {
        throw new ConflictError('A saved reply with this title already exists.', { field: 'title' });
      }
      throw error;
    }
  }
}
