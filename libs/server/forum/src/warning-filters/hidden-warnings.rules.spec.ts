import { ContentWarning } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import { HIDDEN_WARNINGS_INPUT_MAX, validateHiddenWarnings } from './hidden-warnings.rules';

describe('validateHiddenWarnings', () => {
  it('folds duplicates and keeps the contract order', () => {
    expect(validateHiddenWarnings(['GRIEF', 'SELF_HARM', 'GRIEF'])).toEqual([
      ContentWarning.SELF_HARM,
      ContentWarning.GRIEF,
    ]);
    expect(validateHiddenWarnings([])).toEqual([]);
  });

  it('refuses unknown values, non-lists and lists over the limit', () => {
    expect(() => validateHiddenWarnings(['grief'])).toThrow(BadInputError);
    expect(() => validateHiddenWarnings(null)).toThrow(BadInputError);
    expect(() => validateHiddenWarnings('GRIEF')).toThrow(BadInputError);
    const max = Array.from({ length: HIDDEN_WARNINGS_INPUT_MAX }, () => 'TRAUMA');
    expect(validateHiddenWarnings(max)).toEqual([ContentWarning.TRAUMA]);
    expect(() => validateHiddenWarnings([...max, 'TRAUMA'])).toThrow(BadInputError);
  });
});
