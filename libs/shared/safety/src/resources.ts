import type { CrisisResource } from './types';

/** Region codes with resources; INTL entries are shown everywhere. */
export const CRISIS_REGIONS = ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'INTL'] as const;
export type CrisisRegion = (typeof CRISIS_REGIONS)[number];

const INTERNATIONAL = 'INTL';
/** Other spellings members' browsers and profiles use. */
const REGION_ALIASES: Readonly<Record<string, CrisisRegion>> = { UK: 'GB' };

const resource = (
  region: CrisisRegion,
  name: string,
  contact: { phone?: string; sms?: string; url?: string },
): CrisisResource =>
  Object.freeze({
    region,
    name,
    phone: contact.phone ?? null,
    sms: contact.sms ?? null,
    url: contact.url ?? null,
  });

/**
 * Free, confidential crisis lines, by region. `sms` is the number to text; when a keyword is
 * needed the name says so ("text HOME to 741741").
 */
export const CRISIS_RESOURCES: readonly CrisisResource[] = Object.freeze([
  resource('US', '988 Suicide & Crisis Lifeline', {
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org',
  }),
  resource('US', 'Crisis Text Line (text HOME to 741741)', {
    sms: '741741',
    url: 'https://www.crisistextline.org',
  }),
  resource('GB', 'Samaritans', { phone: '116 123', url: 'https://www.samaritans.org' }),
  resource('GB', 'Shout (text SHOUT to 85258)', { sms: '85258', url: 'https://giveusashout.org' }),
  resource('IE', 'Samaritans Ireland', { phone: '116 123', url: 'https://www.samaritans.org' }),
  resource('CA', '9-8-8 Suicide Crisis Helpline', { phone: '988', sms: '988', url: 'https://988.ca' }),
  resource('AU', 'Lifeline Australia', {
    phone: '13 11 14',
    sms: '0477 13 11 14',
    url: 'https://www.lifeline.org.au',
  }),
  resource('NZ', '1737, Need to talk?', { phone: '1737', sms: '1737', url: 'https://1737.org.nz' }),
  resource('INTL', 'Find A Helpline', { url: 'https://findahelpline.com' }),
  resource('INTL', 'IASP Crisis Centres directory', {
    url: 'https://www.iasp.info/resources/Crisis_Centres/',
  }),
]);

/**
 * The resources to show a member: their region's lines followed by the international directories.
 * `region` is case-insensitive ('gb', 'UK' and 'GB' are the same); an unknown or missing region
 * falls back to `defaultRegion`, and an unknown default to the international entries alone.
 */
export function resourcesForRegion(region?: string | null, defaultRegion = 'US'): CrisisResource[] {
  const chosen = toRegion(region) ?? toRegion(defaultRegion);
  const local = chosen && chosen !== INTERNATIONAL ? CRISIS_RESOURCES.filter((r) => r.region === chosen) : [];
  const international = CRISIS_RESOURCES.filter((r) => r.region === INTERNATIONAL);
  return [...local, ...international].map((r) => ({ ...r }));
}

function toRegion(value: string | null | undefined): CrisisRegion | null {
  const code = (value ?? '').trim().toUpperCase();
  if (code === '') return null;
  const aliased = REGION_ALIASES[code] ?? code;
  return (CRISIS_REGIONS as readonly string[]).includes(aliased) ? (aliased as CrisisRegion) : null;
}

/** Shown with the resources when a member's own words suggest they may be in crisis. */
export const CRISIS_MESSAGE =
  "You're not alone, and you don't have to carry this by yourself. Here are people you can reach right now, any time of day or night — and your post will still be shared with the community.";

/** Shown instead when the words are about someone else's risk: the writer is a caregiver. */
export const CAREGIVER_MESSAGE =
  "It sounds like someone you care about may be in danger. You don't have to handle this alone: these lines also help people worried about someone else, and if they are in immediate danger call your local emergency number.";
