import { CRISIS_REGIONS as REGION_CODES, type CrisisRegion } from '@haven/shared/safety';
import type { SelectOption } from '../../ui';

export type { CrisisRegion };

const REGION_NAMES: Record<CrisisRegion, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  IE: 'Ireland',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
  INTL: 'Somewhere else',
};

export const CRISIS_REGIONS: readonly SelectOption<CrisisRegion>[] = REGION_CODES.map((value) => ({
  value,
  label: REGION_NAMES[value],
}));

const STORAGE_KEY = 'haven.crisisRegion';

export function isCrisisRegion(value: unknown): value is CrisisRegion {
  return (REGION_CODES as readonly unknown[]).includes(value);
}

/**
 * The region chosen before, or a guess from the browser's first language with a country (en-GB → GB);
 * a country Haven has no lines for (de-DE), or none at all, gets the international directories.
 */
export function initialRegion(): CrisisRegion {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isCrisisRegion(stored)) return stored;
  } catch {
    // No storage: guess instead.
  }
  const languages = typeof navigator !== 'undefined' ? navigator.languages : [];
  for (const language of languages ?? []) {
    const country = countryOf(language);
    if (!country) continue;
    if (country === 'UK') return 'GB';
    return isCrisisRegion(country) ? country : 'INTL';
  }
  return 'INTL';
}

/**
 * The region subtag of a language tag (BCP 47: language, extended languages and a script of 3 and 4
 * letters, then the region of 2 letters or 3 digits): en-GB → GB, iu-Cans-CA → CA; null when it has none.
 */
function countryOf(language: string): string | null {
  for (const subtag of language.split('-').slice(1)) {
    if (/^[a-z]{3,4}$/i.test(subtag)) continue;
    return /^(?:[a-z]{2}|\d{3})$/i.test(subtag) ? subtag.toUpperCase() : null;
  }
  return null;
}

export function rememberRegion(region: CrisisRegion): void {
  try {
    localStorage.setItem(STORAGE_KEY, region);
  } catch {
    // Remembered for this page only.
  }
}
