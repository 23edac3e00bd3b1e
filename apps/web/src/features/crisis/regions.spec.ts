import { afterEach, describe, expect, it } from '@jest/globals';
import { CRISIS_REGIONS as REGION_CODES } from '@haven/shared/safety';
import { MemoryStorage, installBrowser, type BrowserStandIn } from '../../testing/browser-stand-ins';
import { CRISIS_REGIONS, initialRegion, isCrisisRegion, rememberRegion } from './regions';

let browser: BrowserStandIn | null = null;
const withBrowser = (languages: readonly string[], storage?: Storage) => {
  browser = installBrowser({ storage, navigator: { languages } });
  return browser;
};

afterEach(() => {
  browser?.restore();
  browser = null;
});

describe('crisis regions', () => {
  it('names every region of the shared list, in its order', () => {
    expect(CRISIS_REGIONS.map((r) => r.value)).toEqual([...REGION_CODES]);
    expect(CRISIS_REGIONS.find((r) => r.value === 'GB')?.label).toBe('United Kingdom');
    expect(CRISIS_REGIONS.find((r) => r.value === 'INTL')?.label).toBe('Somewhere else');
  });

  it('recognises region codes only', () => {
    expect(isCrisisRegion('GB')).toBe(true);
    expect(isCrisisRegion('INTL')).toBe(true);
    expect(isCrisisRegion('gb')).toBe(false);
    expect(isCrisisRegion('DE')).toBe(false);
    expect(isCrisisRegion(null)).toBe(false);
  });
});

describe('initialRegion', () => {
  it('keeps the region chosen before', () => {
    withBrowser(['en-US']);
    rememberRegion('NZ');
    expect(initialRegion()).toBe('NZ');
  });

  it('guesses from the first language that names a country', () => {
    withBrowser(['en', 'en-GB', 'en-US']);
    expect(initialRegion()).toBe('GB');
  });

  it.each([
    [['en-AU'], 'AU'],
    [['fr-CA'], 'CA'],
    [['en-ie'], 'IE'],
    [['en-UK'], 'GB'],
    [['de-DE', 'en-US'], 'INTL'],
    [['es-419'], 'INTL'],
    [['en'], 'INTL'],
    [[], 'INTL'],
  ])('guesses %p as %s', (languages, region) => {
    withBrowser(languages);
    expect(initialRegion()).toBe(region);
  });

  it('reads the country after a script subtag', () => {
    withBrowser(['iu-Cans-CA']);
    expect(initialRegion()).toBe('CA');
  });

  it('does not take an extension for a country', () => {
    withBrowser(['en-u-ca-gregory']);
    expect(initialRegion()).toBe('INTL');
  });

  it('never reads a region "INTL" from a language tag', () => {
    withBrowser(['x-INTL', 'en-GB']);
    expect(initialRegion()).toBe('GB');
  });

  it('ignores a stored value that is not a region', () => {
    const storage = new MemoryStorage();
    storage.setItem('haven.crisisRegion', 'Atlantis');
    withBrowser(['en-IE'], storage);
    expect(initialRegion()).toBe('IE');
  });

  it('guesses when the storage is not available, and remembering does not throw', () => {
    withBrowser(['en-NZ'], new MemoryStorage(true));
    expect(() => rememberRegion('US')).not.toThrow();
    expect(initialRegion()).toBe('NZ');
  });

  it('falls back to the international directories without a navigator', () => {
    expect(typeof navigator).toBe('undefined');
    expect(initialRegion()).toBe('INTL');
  });
});
