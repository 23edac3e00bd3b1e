import { ContentWarning } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import { validateWarnings } from '../forum.rules';

/** The longest list `setHiddenContentWarnings` takes (duplicates included). */
export const HIDDEN_WARNINGS_INPUT_MAX = 2 * Object.values(ContentWarning).length;

/**
 * A filter as stored: known warnings, each once (duplicates fold), in the contract's order. Unknown
 * values and lists longer than HIDDEN_WARNINGS_INPUT_MAX are refused.
 */
export function validateHiddenWarnings(values: unknown): ContentWarning[] {
  if (!Array.isArray(values))
    throw new BadInputError('Give a list of content warnings.', { field: 'warnings' });
  if (values.length > HIDDEN_WARNINGS_INPUT_MAX) {
    throw new BadInputError(`Give at most ${HIDDEN_WARNINGS_INPUT_MAX} content warnings.`, {
      field: 'warnings',
    });
  }
  try {
    return validateWarnings(values);
  } catch {
    throw new BadInputError('That content warning is not known.', { field: 'warnings' });
  }
}
