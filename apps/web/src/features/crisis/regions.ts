import type { SelectOption } from '../../ui';

export type CrisisRegion = 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'NZ' | 'INTL';

export const CRISIS_REGIONS: readonly SelectOption<CrisisRegion>[] = [
  { value: 'US', label: 'United States' },
  { value: 'GB', label: 'United Kingdom' },
  { value: 'IE', label: 'Ireland' },
  { value: 'CA', label: 'Canada' },
  { value: 'AU', label: 'Australia' },
  { value: 'NZ', label: 'New Zealand' },
  { value: 'INTL', label: 'Somewhere else' },
];

const STORAGE_KEY = 'haven.crisisRegion';

function isRegion(value: unknown): value is CrisisRegion {
  return CRISIS_REGIONS.some((region) => region.value === value);
}

/** The region chosen before, or a guess from the browser's languages (en-GB → GB), or the US. */
export function initialRegion(): CrisisRegion {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isRegion(stored)) return stored;
  } catch {
    // No storage: guess instead.
  }
  const languages = typeof navigator !== 'undefined' ? navigator.languages : [];
  for (const language of languages ?? []) {
    const country = language.split('-')[1]?.toUpperCase();
    if (country === 'UK') return 'GB';
    if (isRegion(country)) return country;
  }
  return 'US';
}

export function rememberRegion(region: CrisisRegion): void {
  try {
    localStorage.setItem(STORAGE_KEY, region);
  } catch {
    // Remembered for this page only.
  }
}
