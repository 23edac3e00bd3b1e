/** Crisis language found in a text: `matches` names the kinds of phrase found. */
export interface CrisisDetection {
  detected: boolean;
  /** E.g. 'suicidal-intent', 'plan', 'means', 'timing', 'goodbye', 'self-harm', 'hopelessness-burden'. */
  matches: string[];
}

/** Drug buying or selling found in a text: `matches` names the kinds of signal found. */
export interface SourcingDetection {
  detected: boolean;
  /** E.g. 'sale-offer', 'purchase-request', 'dealer-request', 'contact-with-drugs', 'darknet', 'no-prescription'. */
  matches: string[];
}

export interface SafetyVerdict {
  crisis: CrisisDetection;
  sourcing: SourcingDetection;
}

export interface CrisisResource {
  /** 'US', 'GB', 'IE', 'CA', 'AU', 'NZ' or 'INTL'. */
  region: string;
  name: string;
  phone: string | null;
  sms: string | null;
  url: string | null;
}

/** Why a detector fired: the pattern ids and the normalised text they matched in. */
export interface DetectionExplanation {
  normalized: string;
  hits: { id: string; name: string; excerpt: string }[];
}
