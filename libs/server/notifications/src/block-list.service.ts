import { Injectable } from '@nestjs/common';
import { BlocksService } from '@haven/server/identity';

/**
 * Whether members have blocked one another, as notifications need it. Mentions, replies, reactions and
 * watched threads ask this before telling anyone: nothing one of two members does reaches the other
 * when either blocks the other.
 */
@Injectable()
export class BlockListService {
  constructor(private readonly blocks: BlocksService) {}

  isBlockedEitherWay(a: string, b: string): Promise<boolean> {
    return this.blocks.isBlockedEitherWay(a, b);
  }

  /** The members of `others` who block `userId` or whom `userId` blocks. One query whatever the count. */
  blockedAmong(userId: string, others: readonly string[]): Promise<Set<string>> {
    return this.blocks.blockedAmong(userId, others);
  }

  /** Everyone who blocks `userId` or whom `userId` blocks: no notification `userId` causes reaches them. */
  relatedTo(userId: string): Promise<string[]> {
    return this.blocks.relatedTo(userId);
  }
}
