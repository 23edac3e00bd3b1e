import { describe, expect, it } from '@jest/globals';
import { JOURNEY_STAGE_OPTIONS, isJourneyStage, journeyStageLabel } from './journey-stages';

describe('journey stages', () => {
  it('offers every stage once, with its label', () => {
    const values = JOURNEY_STAGE_OPTIONS.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual([
      'EXPLORING',
      'IN_TREATMENT',
      'MAINTENANCE',
      'PAST_TREATMENT',
      'CAREGIVER',
      'CLINICIAN',
    ]);
    for (const option of JOURNEY_STAGE_OPTIONS) expect(option.label).toBe(journeyStageLabel(option.value));
    expect(journeyStageLabel('IN_TREATMENT')).toBe('In treatment now');
  });

  it('recognises the stages and nothing else', () => {
    for (const { value } of JOURNEY_STAGE_OPTIONS) expect(isJourneyStage(value)).toBe(true);
    expect(isJourneyStage('')).toBe(false);
    expect(isJourneyStage('exploring')).toBe(false);
    expect(isJourneyStage('SOMETHING_ELSE')).toBe(false);
  });

  it('does not take the names every object has for stages', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(isJourneyStage(name)).toBe(false);
    }
  });
});
