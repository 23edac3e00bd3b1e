import { Injectable } from '@nestjs/common';

/** Whether moderators have acted against a member; registered by moderation. */
export type ModerationHistoryReader = (userId: string) => Promise<boolean>;

/**
 * Lets a domain ask whether moderators have ever acted against a member (content of theirs hidden or
 * removed, a warning, a suspension, a ban) without knowing moderation's tables: moderation registers
 * the reader at start-up. With none registered there is no history to clear anyone, so every member
 * counts as acted against.
 */
@Injectable()
export class ModerationHistory {
  private reader: ModerationHistoryReader | null = null;

  register(reader: ModerationHistoryReader): void {
    this.reader = reader;
  }

  actedAgainst(userId: string): Promise<boolean> {
    return this.reader ? this.reader(userId) : Promise.resolve(true);
  }
}
