import { normalizeText } from './normalize';
import { firstUnnegated, matchPhrases, type PhraseMatch } from './phrase-matcher';
import { testOnce } from './rx';
import {
  CONTACT,
  DRUG_MENTION,
  LEGIT_CONTEXT,
  SALE_CUE,
  SOLICIT_CUE,
  SOURCING_CATEGORIES,
  SOURCING_PATTERNS,
  STREET_MENTION,
  STRONG_SALE_CUE,
  type SourcingCategory,
  type SourcingPattern,
} from './sourcing.patterns';
import type { DetectionExplanation, SourcingDetection } from './types';

const PHONE_DIGITS = { min: 7, max: 15 };

interface Hit {
  id: string;
  name: SourcingCategory;
  excerpt: string;
}

/**
 * Buying or selling drugs: offers, requests, dealer/plug requests, private contact details next to
 * drug talk, darknet markets, "no prescription needed". Talk about licensed care (clinics, infusion
 * prices, insurance, prescribed esketamine) is not sourcing.
 */
export function detectSourcing(text: string): SourcingDetection {
  const hits = findSourcing(normalizeText(text));
  const matches = SOURCING_CATEGORIES.filter((category) => hits.some((h) => h.name === category));
  return { detected: matches.length > 0, matches };
}

/** The same check, with the pattern ids behind it (for moderators and tuning). */
export function explainSourcing(text: string): DetectionExplanation {
  const normalized = normalizeText(text);
  return { normalized, hits: findSourcing(normalized) };
}

function findSourcing(normalized: string): Hit[] {
  // Handles such as @ket_dealer name drugs too.
  const spaced = normalized.replace(/[_.]/g, ' ');
  const drug = testOnce(DRUG_MENTION, spaced);
  const street = firstUnnegated(spaced, STREET_MENTION) !== null;
  const phrases = matchPhrases(normalized, SOURCING_PATTERNS).filter((m) => drug || !m.pattern.needsDrug);
  const contact = contactHit(normalized, drug, street);
  const solicit = street ? firstUnnegated(normalized, SOLICIT_CUE) : null;
  const strong =
    phrases.some((m) => m.pattern.weight === 'strong') || (street && (contact !== null || solicit !== null));
  const keepWeak = strong || !testOnce(LEGIT_CONTEXT, normalized);
  const hits = phrases
    .filter((m) => m.pattern.weight === 'strong' || keepWeak)
    .map((m) => toHit(normalized, m));
  if (contact !== null && (street || keepWeak)) hits.push(contact);
  if (solicit !== null) hits.push({ id: 'solicit-with-drugs', name: 'sale-solicitation', excerpt: solicit });
  return hits;
}

function toHit(normalized: string, m: PhraseMatch<SourcingPattern>): Hit {
  return { id: m.pattern.id, name: m.pattern.name, excerpt: normalized.slice(m.start, m.end) };
}

/** A private contact (handle, messaging app, phone, e-mail) together with drug or sale talk. */
function contactHit(normalized: string, drug: boolean, street: boolean): Hit | null {
  const excerpt = findContact(normalized);
  if (excerpt === null) return null;
  const relevant =
    street || (drug && testOnce(SALE_CUE, normalized)) || testOnce(STRONG_SALE_CUE, normalized);
  return relevant ? { id: 'contact', name: 'contact-with-drugs', excerpt } : null;
}

function findContact(normalized: string): string | null {
  for (const regex of [CONTACT.handle, CONTACT.app, CONTACT.appWithCue, CONTACT.email]) {
    regex.lastIndex = 0;
    const m = regex.exec(normalized);
    regex.lastIndex = 0;
    if (m !== null) return m[0].trim();
  }
  return findPhone(normalized);
}

function findPhone(normalized: string): string | null {
  const regex = CONTACT.phone;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found: string | null = null;
  while (found === null && (m = regex.exec(normalized)) !== null) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max) found = m[0];
  }
  regex.lastIndex = 0;
  return found;
}
