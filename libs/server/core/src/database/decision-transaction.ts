import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one transaction of one decision (e.g. resolving a moderation case): every write of its effects
 * goes through `manager`; events, cache clears and broadcasts are handed to `afterCommit` and run only
 * once everything has committed, never after a rollback.
 */
export interface DecisionTransaction {
  readonly manager: EntityManager;
  afterCommit(effect: () => unknown): void;
}

const logger = new Logger('DecisionTransaction');

/** Runs `work` in one transaction, then its after-commit effects in order (a failing effect is logged). */
export async function runDecision<T>(
  dataSource: DataSource,
  work: (tx: DecisionTransaction) => Promise<T>,
): Promise<T> {
  const effects: (() => unknown)[] = [];
  const result = await dataSource.transaction((manager) =>
    work({ manager, afterCommit: (effect) => effects.push(effect) }),
  );
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      logger.error(`An effect after a committed decision failed: ${String(error)}`);
    }
  }
  return result;
}
