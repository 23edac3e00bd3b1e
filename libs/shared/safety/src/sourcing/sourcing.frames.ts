export const SOURCING_CATEGORIES = [
  'offer-to-sell',
  'request-to-buy',
  'skip-the-clinic',
  'no-prescription',
  'diversion',
  'contact-channel',
  'price-per-amount',
] as const;
export type SourcingCategory = (typeof SOURCING_CATEGORIES)[number];

export interface SourcingFrame {
  category: SourcingCategory;
  label: string;
  patterns: string[];
  /** The frame needs a drug named or implied in the same text. */
  needsDrug: boolean;
}

/** A drug named or implied: ketamine and its street names, and the forms prescribed ketamine takes. */
export const DRUG =
  'ketamine|ket|k|esketamine|spravato|troche|troches|lozenge|lozenges|vial|vials|device|devices|spray|sprays|tabs|rdt|powder|tranq|script|prescription|dose|doses|kit';

export const SOURCING_FRAMES: readonly SourcingFrame[] = [
  {
    category: 'offer-to-sell',
    label: 'offers to sell',
    needsDrug: true,
    patterns: [
      'sell|selling|sale|offload|offloading|trade|supply|part',
      'get|getting * rid * of',
      'hook|sort * you * up|out',
      'spare|extra|leftover|surplus|unused|remaining * available|cheap|offer|offers|sale|price|anyone|interested|lot',
      'make * me * an * offer',
      'open * to * offers',
      'pass * it * on',
      'have|got|available * k|ket|ketamine * if|for|anyone|hmu|in',
      'anyone|who * want|wanna|need|interested * my|some|ketamine|k|ket',
      'pass * them|it|these|those * on',
      'taking * offers',
      "it's|its * yours",
      'someone|anyone * could * use * them|it',
      'local * pickup|pick',
      'cover * shipping|postage',
      'unopened|sealed',
      'anyone * local * want',
    ],
  },
  {
    category: 'request-to-buy',
    label: 'asks to buy',
    needsDrug: true,
    patterns: [
      'buy|buying|wtb|score|order',
      'plug|dealer|connect|vendor|source',
      'get * me * some|ketamine|k',
      'anyone * holding|have * k|ket|leftover|spare',
      'who * can * get|sell',
      'sell * me',
    ],
  },
  {
    category: 'skip-the-clinic',
    label: 'offers a way around the clinic',
    needsDrug: false,
    patterns: [
      'cut * out * clinic|middleman',
      'skip|forget|ditch|bother|instead * clinic|infusion|infusions|doctor|middleman|telehealth|waitlist|prescription|psych|insurance',
      'why * pay|wait|go * clinic|approval|through',
      '~bother * ~clinic|doctor|prescription',
      'i * have|know * a * guy',
      'cheaper * than * your|any|the|ur',
      "clinic * ripoff|gouge|charge|charges * i|i’ll|i'll",
      'fraction * price|of',
      'hook|sort * you * up|out * for * less|cheaper|half',
      "i|i’ll|i'll * do * it * for",
      'cheaper * way|ways',
      'go|get * around * it|rems',
      'own * supply',
      'ask * me * how',
      'help * with * that * cheaper',
      'know * someone * hook',
      'sell * you * some',
    ],
  },
  {
    category: 'no-prescription',
    label: 'no prescription or no questions asked',
    needsDrug: false,
    patterns: [
      'no|without * ?prescription|script|rx|doctor|id|psychiatrist',
      '~need * a * doctor|script|prescription',
      'no * ?questions|question',
      'discreet|discreetly|stealth',
      'no * ?paper * ?trail',
      'no * ?names',
      'dark * web',
      'darknet',
    ],
  },
  {
    category: 'diversion',
    label: 'diverts ketamine from a clinic, hospital or vet',
    needsDrug: true,
    patterns: [
      'vet|vets|hospital|ambulance|ward|work|job|equine|surgery|anaesthesia|zoo|truck|paramedic|cabinet|fridge|farm * take|took|swipe|lift|divert|steal|bring|get|access|supply|sells',
      'divert|swipe|steal|nick',
      'take|took|swipe|lift|divert|steal|bring|get * from * vet|hospital|work|job|clinic|ambulance|truck|cabinet|farm',
      'nobody|no * ?checks|records|track|count',
      '~track|count|checks',
      'hookup|hook * at * vet|veterinary|hospital|clinic|pharmacy',
      'wastage|waste * ~tracked|barely|nobody',
      'nobody * count|counts',
      'leave|leaves|left * vials|vial * behind',
    ],
  },
  {
    category: 'contact-channel',
    label: 'gives a private contact',
    needsDrug: true,
    patterns: [
      'dm|pm|hmu|inbox|kik|wickr|telegram|whatsapp|signal|snapchat|snap|discord|insta|session',
      'message|text|email|call|contact|ping|add|hit * me|my',
      'my * line',
      'slide * in|dms',
      'add * me * on',
      'in * my * bio',
    ],
  },
  {
    category: 'price-per-amount',
    label: 'names a price for an amount',
    needsDrug: false,
    patterns: [
      'a|per|each * gram|g|bag|point|troche|vial|10',
      'for * the * lot',
      'gram|grams|g|oz|bag|bags|troches|point * for|£|$',
      'price|prices * list|menu|request',
      'bulk',
      'menu',
    ],
  },
];
