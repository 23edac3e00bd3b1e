/** How much risk a text shows, on the C-SSRS ladder plus self-harm and finality. */
export type RiskLevel = 'NONE' | 'CONCERN' | 'HIGH' | 'IMMINENT';

export const RISK_LEVELS: readonly RiskLevel[] = ['NONE', 'CONCERN', 'HIGH', 'IMMINENT'];

export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** One reason a detector fired, with the words that fired it. */
export interface SafetySignal {
  detector: 'crisis' | 'sourcing';
  /** A stable name, e.g. 'means-acquired', 'farewell', 'offer-to-sell'. */
  category: string;
  /** Words for a moderator, e.g. 'mentions having a loaded gun'. */
  label: string;
  /** The matched text as written. */
  span: string;
}

export interface CrisisGrade {
  level: RiskLevel;
  /** The risk is someone else's ("my son said he wants to die"): the writer is a caregiver. */
  thirdParty: boolean;
  signals: SafetySignal[];
}

export interface SourcingGrade {
  detected: boolean;
  signals: SafetySignal[];
}

export interface SafetyGrade {
  crisis: CrisisGrade;
  sourcing: SourcingGrade;
}

export interface CrisisResource {
  /** 'US', 'GB', 'IE', 'CA', 'AU', 'NZ' or 'INTL'. */
  region: string;
  name: string;
  phone: string | null;
  sms: string | null;
  url: string | null;
}
