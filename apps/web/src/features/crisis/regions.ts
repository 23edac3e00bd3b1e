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
    const country = language.split('-')[1]?.toUpperCase();
    if (!country) continue;
    if (country === 'UK') return 'GB';
    return isCrisisRegion(country) && country !== 'INTL' ? country : 'INTL';
  }
  return 'INTL';
}

export function rememberRegion(region: CrisisRegion): void {
  try {
    localStorage.setItem(STORAGE_KEY, region);
  } catch {
    // Remembered for this page only.
  }
}
