import { Extensions } from '@nestjs/graphql';

/**
 * What one field costs in the operation-cost model, read by the operation-limits plugin from the field's
 * extensions. Fields without it cost 1 (times the page size of a paginated parent).
 */
export interface FieldCost {
  /** The fixed cost of resolving the field once (default 1). */
  base?: number;
  /** Added per item of the page asked for (`first` / `last`), for work that grows with the page. */
  perItem?: number;
  /** Added per `chars` characters of a string argument, for work that grows with the input. */
  perChars?: { arg: string; chars: number };
  /**
   * Marks an expensive field: at most this many per operation, and each one counts against the
   * per-IP budget of expensive work (`RATE_LIMIT_EXPENSIVE`).
   */
  maxPerOperation?: number;
}

export const COST_EXTENSION = 'cost';

/** Declares a field's cost (see `FieldCost`). */
export const Cost = (cost: FieldCost) => Extensions({ [COST_EXTENSION]: cost });
