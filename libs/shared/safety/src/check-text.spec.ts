import { checkText } from './check-text';
import * as safety from './index';

describe('checkText', () => {
  it('runs both detectors', () => {
    expect(checkText('I want to die. Anyone selling ket?')).toEqual({
      crisis: { detected: true, matches: ['suicidal-intent'] },
      sourcing: { detected: true, matches: ['sale-offer', 'purchase-request'] },
    });
    expect(checkText('Third infusion today, feeling lighter')).toEqual({
      crisis: { detected: false, matches: [] },
      sourcing: { detected: false, matches: [] },
    });
  });

  it('is exported from the library index with the resources', () => {
    expect(safety.checkText).toBe(checkText);
    expect(typeof safety.detectCrisis).toBe('function');
    expect(typeof safety.detectSourcing).toBe('function');
    expect(typeof safety.resourcesForRegion).toBe('function');
    expect(safety.CRISIS_RESOURCES.length).toBeGreaterThan(0);
    expect(safety.CRISIS_REGIONS).toContain('INTL');
    expect(typeof safety.CRISIS_MESSAGE).toBe('string');
  });
});
