import { Injectable } from '@nestjs/common';

/**
 * Whether two members have blocked one another. Blocking arrives with member safety; until then no one
 * is blocked. Mentions and direct notifications ask this before telling anyone.
 */
@Injectable()
export class BlockListService {
  async isBlockedEitherWay(_a: string, _b: string): Promise<boolean> {
    return false;
  }

  /** The members of `others` who block `userId` or whom `userId` blocks. */
  async blockedAmong(userId: string, others: readonly string[]): Promise<Set<string>> {
    const blocked = new Set<string>();
    for (const other of new Set(others)) {
      if (await this.isBlockedEitherWay(userId, other)) blocked.add(other);
    }
    return blocked;
  }
}
