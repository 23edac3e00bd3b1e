import type { PhrasePattern } from './phrase-matcher';
import { rx } from './rx';

/**
 * Drug buying/selling phrases and the cues the sourcing detector combines, matched against
 * normalised text (see normalize.ts). Linear-time like the crisis patterns: no quantified group
 * contains another quantifier.
 *
 * Haven's members talk about ketamine all the time — clinics, infusion prices, Spravato coverage,
 * prescriptions. What must be caught is obtaining it (or anything else) outside that care.
 */
export type SourcingCategory =
  | 'sale-offer'
  | 'purchase-request'
  | 'dealer-request'
  | 'sale-solicitation'
  | 'contact-with-drugs'
  | 'darknet'
  | 'no-prescription'
  | 'street-pricing';

export const SOURCING_CATEGORIES: readonly SourcingCategory[] = [
  'sale-offer',
  'purchase-request',
  'dealer-request',
  'sale-solicitation',
  'contact-with-drugs',
  'darknet',
  'no-prescription',
  'street-pricing',
];

export interface SourcingPattern extends PhrasePattern<SourcingCategory> {
  /** 'strong' always counts; 'weak' is dropped when the text is about licensed care (clinic,
   * insurance, prescription…) and nothing strong was found. */
  weight: 'strong' | 'weak';
  /** Counts only when the text also names a drug. */
  needsDrug?: boolean;
}

/** Street names and street forms of ketamine, and other drugs. */
const STREET = String.raw`(?:ket|keta|kets|ketties|special k|vitamin k|kitty|k-hole kit|k-hole kits|ketamine hcl|ketalar|ketamine powder|ketamine crystals|ketamine shards|liquid ketamine|vial of ketamine|vials of ketamine|mdma|molly|ecstasy|xtc|coke|cocaine|crack|meth|crystal meth|heroin|fentanyl|fent|oxy|oxys|oxycodone|oxycontin|percs|percocet|xanax|xans|xannies|benzos|valium|klonopin|adderall|addy|lsd|acid tabs|shrooms|psilocybin|dmt|2c-b|2cb|ghb|weed|carts)`;
/** Names used for prescribed treatment. */
const MEDICAL = String.raw`(?:ketamine troches|ketamine lozenges|ketamine|esketamine|spravato|troches|lozenges|nasal spray devices|nasal spray device)`;
/** "k" on its own, not "k-pop" or "k's". */
const K = String.raw`k(?![-'\w])`;
const DRUG = String.raw`(?:${STREET}|${MEDICAL}|${K}|pills|tabs|bars)`;

/** After a drug name: the talk is about licensed treatment. */
const TREATMENT_AFTER = rx`^[- ]?(?:assisted|clinic|clinics|treatment|treatments|infusion|infusions|therapy|therapies|sessions?|program|programs|packages?|stocks?|shares|providers?|doctors?|research|studies|study|prescriptions?|covered|approved|prescribed|through|experience|journey|from (?:a|my|the) (?:clinic|doctor|psychiatrist|provider|pharmacy)|at (?:a|the|my) (?:clinic|center|centre)|legally|via (?:a|my) (?:doctor|clinic|telehealth)|of (?:the|my|a|that) (?:clinic|center|infusions?|sessions?|provider))\b`;

export const SOURCING_PATTERNS: readonly SourcingPattern[] = [
  {
    id: 'selling',
    name: 'sale-offer',
    weight: 'strong',
    regex: rx`\b(?:selling|sell|sells|sold|slinging|pushing) (?:me |you |us |)(?:some |good |pure |clean |quality |top quality |pharma |pharmaceutical |pharma grade |cheap |legit |uncut |fire |the best |my |bulk |)(?:extra |spare |leftover |unused |)${DRUG}\b`,
    unlessAfter: TREATMENT_AFTER,
  },
  {
    id: 'offering',
    name: 'sale-offer',
    weight: 'weak',
    regex: rx`\b(?:shipping|supplying|offering|distributing) (?:some |good |pure |cheap |)${DRUG}\b`,
    unlessAfter: TREATMENT_AFTER,
  },
  {
    id: 'for-sale',
    name: 'sale-offer',
    weight: 'strong',
    regex: rx`\b${DRUG} (?:for sale|to sell|up for grabs|going cheap)\b|\b(?:${STREET}|${K}) (?:available|in stock|on hand)\b`,
  },
  {
    id: 'got-some',
    name: 'sale-offer',
    weight: 'strong',
    regex: rx`\b(?:got|have|i've got|i have|stocked up on|restocked|plenty of|loads of) (?:some |plenty of |lots of |loads of |good |pure |quality |fresh |)(?:extra |spare |leftover |unused |)${DRUG}\b[a-z0-9$' ]{0,20}(?:for sale|available|in stock|to sell|on hand|if anyone|if you (?:want|need)|hmu|dm|pm|message me|hit me up|cheap|\$\d)`,
  },
  {
    id: 'can-get-you',
    name: 'sale-offer',
    weight: 'strong',
    regex: rx`\b(?:can|could|i'll|will) (?:get|hook|sort) (?:you|ya|anyone|y'all) (?:up with |out with |)(?:some |)${DRUG}\b`,
    unlessAfter: TREATMENT_AFTER,
  },
  {
    id: 'buy-street',
    name: 'purchase-request',
    weight: 'strong',
    regex: rx`\b(?:buy|buying|bought|purchase|purchasing|purchased|score|scoring|scored|cop|copping|copped|order|ordering|ordered|get hold of|getting hold of|get my hands on|pick up|picking up|hook me up with|hook us up with|hooks me up with|anyone got|anyone have|anyone selling|who has|who's got|who got|got any|where to get|where to find|where can i get|where can i find|where do i get|where do you get|where do you guys get|where'd you get|how do i get|how to get|how can i get|source|sourcing|looking for|need some|want some)\b[a-z' ]{0,20}\b(?:${STREET}\b|${K})`,
    unlessBefore: rx`\bin $`,
  },
  {
    id: 'buy-medical',
    name: 'purchase-request',
    weight: 'weak',
    regex: rx`\b(?:buy|buying|bought|purchase|purchasing|purchased|order|ordering|ordered|score|cop|get hold of|get my hands on|where to buy|where can i buy|where do i buy|where can i order|how to buy|how can i buy|how do i buy) (?:some |a |an |any |the |cheap |real |legit |my own |)${MEDICAL}\b`,
    unlessAfter: TREATMENT_AFTER,
    unlessBefore: rx`\bin $`,
  },
  {
    id: 'plug',
    name: 'dealer-request',
    weight: 'strong',
    regex: rx`\b(?:need|looking for|know|know of|anyone know|anyone have|anyone got|who's|who is|who has|find|found|recommend|got) (?:a |an |the |any |good |reliable |legit |trusted |local |new |decent |a good |a reliable |a legit |a local |)(?:plug|dealer|connect)\b`,
    unlessAfter: rx`^ (?:adapter|socket|in (?:the|my) (?:wall|car)|for (?:my|the|a) (?:charger|phone|laptop|lamp|headphones)|to (?:the|my) (?:wifi|internet|app|tv))\b`,
  },
  {
    id: 'drug-dealer',
    name: 'dealer-request',
    weight: 'strong',
    regex: rx`\b(?:${STREET}|${K}|ketamine) (?:plug|dealer|connect|supplier|vendor|source|hookup|guy)\b|\b(?:plug|dealer|connect|supplier|vendor|source) (?:for|of) (?:some |good |)(?:${STREET}|${K}|ketamine)\b`,
    unlessAfter: TREATMENT_AFTER,
  },
  {
    id: 'dm-for',
    name: 'sale-solicitation',
    weight: 'strong',
    regex: rx`\b(?:dm|pm|message|msg|inbox|text|hmu|hit me up|hit me|contact me|reach me|telegram|whatsapp|wickr|snap|signal|kik|dms are open|dms open)\b[a-z' ]{0,12}\b(?:for|to (?:order|buy|get|cop|score)|if you (?:want|need|are looking for))\b[a-z' ]{0,15}(?:\b${STREET}\b|\b${K}|\b(?:the good stuff|good stuff|supply|stock)\b)`,
  },
  {
    id: 'dm-for-prices',
    name: 'sale-solicitation',
    weight: 'weak',
    regex: rx`\b(?:dm|pm|message|msg|inbox|text|hmu|hit me up|contact me|dms are open|dms open|telegram|whatsapp|wickr|snap|signal|kik)\b[a-z' ]{0,12}\b(?:for|to (?:order|buy|get)|if you (?:want|need))\b[a-z' ]{0,15}\b(?:${MEDICAL}|prices|price list|pricing|menu|deals|orders|an order)\b`,
    unlessAfter: TREATMENT_AFTER,
  },
  {
    id: 'darknet-market',
    name: 'darknet',
    weight: 'strong',
    regex: rx`\b(?:darknet markets?|dark ?net markets?|dark ?web markets?|dnms?|onion (?:link|links|site|market|url)|tor market|(?:trusted|legit|reliable|verified) (?:vendor|vendors)|vendors? (?:ships?|shipping|stealth|escrow|pgp|reviews?|feedback|restock|in stock|worldwide|reship|domestic)|stealth (?:shipping|packaging|delivery|ship|post|mail)|vacuum[- ]sealed)\b|\.onion\b`,
  },
  {
    id: 'dark-web',
    name: 'darknet',
    weight: 'strong',
    needsDrug: true,
    regex: rx`\b(?:dark ?web|dark ?net|silk ?road|alphabay|tor browser)\b`,
  },
  {
    id: 'shipping-escrow',
    name: 'darknet',
    weight: 'weak',
    needsDrug: true,
    regex: rx`\b(?:ships?|shipping|delivers?|delivery) (?:worldwide|internationally|discreetly|discreet|to (?:all|any) (?:countries|states)|nationwide|overnight)\b|\bdiscreet (?:shipping|packaging|delivery)\b|\b(?:escrow|pgp|vendor|vendors)\b`,
  },
  {
    id: 'no-prescription',
    name: 'no-prescription',
    weight: 'strong',
    negatable: false,
    regex: rx`\b(?:without|no|w/o|w/out|without needing|without having|don't need|doesn't need|no need for|never need|with no) (?:a |an |any |the |)(?:prescription|prescriptions|script|scripts|rx|scrip|doctor's prescription|medical prescription)\b|\b(?:prescription|script|rx) (?:not|isn't|never) (?:needed|required|necessary)\b`,
    unlessBefore: rx`\b(?:can't|couldn't|won't|illegal|impossible|unable|not able to|isn't|aren't|don't|doesn't|never|no way|only|must|requires?|required|need|needs|shouldn't)\b[a-z' ]{0,40}$`,
  },
  {
    id: 'price-per-gram',
    name: 'street-pricing',
    weight: 'strong',
    regex: rx`(?:\$ ?\d{1,4}|\b\d{1,4} ?(?:dollars|bucks|quid|usd|gbp|eur|euros)|£ ?\d{1,4}|€ ?\d{1,4}) ?(?:per|a|an|for a|for an|for|/|each) ?(?:g|gram|grams|oz|ounce|eighth|8th|ball|point|gs)\b|\b(?:how much|what's the price|price|prices|going rate)\b[a-z' ]{0,10}\b(?:is|for|per|of) (?:a |an |one |half a |half an |)(?:g|gram|oz|ounce|eighth|8th|ball)\b`,
  },
  {
    id: 'price-per-unit',
    name: 'street-pricing',
    weight: 'weak',
    needsDrug: true,
    regex: rx`(?:\$ ?\d{1,4}|\b\d{1,4} ?(?:dollars|bucks|quid)|£ ?\d{1,4}|€ ?\d{1,4}) ?(?:per|a|an|for a|for an|each|/) ?(?:bottle|vial|tab|tabs|pill|pills|bar|bars)\b`,
  },
];

/** Any drug named in the text (street or medical). */
export const DRUG_MENTION = rx`\b(?:${STREET}|${MEDICAL})\b|\b(?:for|some|of|got|selling|sell|buy|need|want|your|the|a g of|a gram of|grams of) ${K}`;
/** A street drug or street form of ketamine. */
export const STREET_MENTION = rx`\b${STREET}\b|\b(?:for|some|of|got|selling|sell|buy|need|want|your|a g of|a gram of|grams of) ${K}`;

/** Asking to be contacted privately. */
export const SOLICIT_CUE = rx`\b(?:dm me|pm me|hmu|hit me up|message me|msg me|inbox me|text me|dms are open|dms open|my dms)\b`;

/** Ways to be contacted privately. */
export const CONTACT = {
  handle: rx`(?:^|[\s(:,])@[a-z0-9_][a-z0-9_.]{2,31}`,
  app: rx`\b(?:telegram|wickr|wickr me|whatsapp|whats app|snapchat|kik|threema|viber|wechat|session id)\b`,
  appWithCue: rx`\b(?:add|find|hit|message|msg|dm|text|contact|reach|ping|hmu|inbox|follow) (?:me |us |me up |)(?:on|via|at|through|@) (?:tg|tele|snap|sc|signal|session|wire|line|discord|insta|ig)\b|\b(?:tg|tele|snap|sc|signal|session|wire|discord|insta|ig)(?: id| username| handle| name|) ?(?::|@|is @|-)|\b(?:signal|snap|tele) me\b`,
  phone: rx`\+?\d[\d .()-]{6,16}\d`,
  email: rx`\b[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}\b`,
};

/** Words of a sale; with a private contact and a medical drug name they make sourcing. */
export const SALE_CUE = rx`\b(?:sell|selling|sells|for sale|prices?|pricing|menu|price list|in stock|restock|restocked|ships?|shipping|delivery|deliver|delivers|discreet|stealth|vendor|plug|dealer|supplier|wholesale|bulk|per (?:g|gram|oz|ounce)|grams?|oz|ounces?|eighths?|cash ?app|venmo|zelle|paypal|btc|bitcoin|crypto|monero|xmr|hmu|hit me up|re-?up|cop|available now|serious (?:buyers|inquiries)|uncut|samples?|tester|cash only|deals?|the good stuff)\b`;
/** Sale words that need no drug name next to a private contact. */
export const STRONG_SALE_CUE = rx`\b(?:menu|price list|in stock|restock|stealth|plug|vendor|wholesale|uncut|re-?up|the good stuff|serious buyers)\b`;

/** Talk about licensed care; weak signals are dropped when it is present and nothing strong is. */
export const LEGIT_CONTEXT = rx`\b(?:clinic|clinics|insurance|insured|copay|co-pay|covered|coverage|prior auth|prior authorization|out of pocket|out-of-pocket|psychiatrist|psychiatry|doctor|doctors|dr|prescribed|prescriber|provider|providers|infusion|infusions|rems|certified|licensed|telehealth|mindbloom|joyous|better u|nue life|pharmacy|pharmacist|compounding|medicare|medicaid|aetna|cigna|united ?healthcare|blue cross|bcbs|kaiser|humana|tricare|ohip|nhs|fsa|hsa|janssen|savings program|withme|treatment center|hospital)\b`;
