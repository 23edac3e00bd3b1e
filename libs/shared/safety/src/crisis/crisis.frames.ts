import type { RiskLevel } from '../types';

export const CRISIS_CATEGORIES = [
  'hopelessness',
  'burden',
  'wish-to-be-dead',
  'passive-ideation',
  'named-ideation',
  'active-ideation',
  'slang',
  'self-harm-act',
  'method-named',
  'means-acquired',
  'dangerous-place',
  'farewell',
  'overdose-taken',
  'plan-with-time',
] as const;
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];

/**
 * A concept frame: a self-reference (or someone else's, for a caregiver), an intent or act, and an
 * object, means, place or time, as slot patterns (see `compile`). `strong` frames grade a text on
 * their own; `weak` ones (a rope, a bridge, a letter can be innocent) count only when the classifier
 * or a strong frame also finds crisis in the text.
 */
export interface CrisisFrame {
  category: CrisisCategory;
  level: RiskLevel;
  label: string;
  strength: 'strong' | 'weak';
  patterns: string[];
  /** Words right after the match that make it innocent ("end it with my boyfriend"). */
  unlessAfter?: string[];
}

const KILL = 'kill|end|off|unalive|delete|hurt|harm|murder|drown|hang|shoot|poison';
const SELF_OBJ = 'myself|me';
/** When: an intent with one of these is a plan with a time. */
export const TIME =
  'tonight|tonite|tomorrow|tmrw|tmr|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend|midnight|3am|hour|date|birthday|shift';

export const CRISIS_FRAMES: readonly CrisisFrame[] = [
  // CONCERN
  {
    category: 'hopelessness',
    level: 'CONCERN',
    label: 'says there is no hope or no point',
    strength: 'strong',
    patterns: [
      'no|what|whats * ?point',
      'hopeless',
      'no|lost|out|lose * ?hope|hopes',
      '~have * hope',
      'no ?future',
      'no * ?reason|reasons * ?live|keep|stay',
      'trapped',
      'no ?way ?out',
      'see * ?any * ?way * ?out',
      '~keep * ~going',
      '~go * ~on',
      'never|nothing * ?get * ?better|beter',
      'nothing * ?ever * ?change|work',
      '~believe * get|feel|be * better|okay|ok',
      'tired|sick * of * live|alive|fight|fighting|exist',
      'run|running out * reason',
      '~fixable',
    ],
  },
  {
    category: 'hopelessness',
    level: 'CONCERN',
    label: 'is giving up',
    strength: 'weak',
    patterns: ['give|given|giving up', '~do * ~this|it|that', 'done * with * everything|life|it'],
  },
  {
    category: 'burden',
    level: 'CONCERN',
    label: 'feels a burden; others better off without them',
    strength: 'strong',
    patterns: [
      'better off * without|w/o * ?me|him|her|us',
      'better * if * i|he|she * ~be|gone|disappear|disappeared',
      'happier|relieved|relief|easier|free|breathe * if|without * ?i|me|him|her',
      'burden|burdn',
      'life * insurance',
      'insurance * payout',
      'waste of space',
      'take|taking up space',
      'nobody|no * ?miss|notice|care * ?me|if',
      'world * better|lose * without|if * ?me|i',
      'drag|dragging * everyone|everybody|them * down',
    ],
  },
  {
    category: 'wish-to-be-dead',
    level: 'CONCERN',
    label: 'wishes to be dead or not to wake up',
    strength: 'strong',
    patterns: [
      'hope|wish|pray|want|rather|okay|ok|fine|mind|care|wont|won’t * ~wake',
      'never|not * ~wake',
      'wish|wuz|was|were * dead',
      'wish|hope|pray * die',
      'wish * ~born',
      'sleep|close * forever|4ever',
      '~want|wanna * ~live|alive|exist',
      'want|wanna|wish * disappear|disapear|vanish',
      'stop|cease * exist|existing|be',
      'rather * be * dead',
      'better off dead',
      'death|dead * relief|peaceful|mercy',
      'welcome * death|die|dying',
      'h8|hate * be * alive',
      'over * be * it',
    ],
  },
  {
    category: 'passive-ideation',
    level: 'CONCERN',
    label: 'keeps thinking about death',
    strength: 'strong',
    patterns: [
      'think|thought|thinking|wonder|imagine|fantasize|fantasizing * death|dying|die|dead|funeral|gone|vanish',
      'death|dying * mind',
      'dark|morbid * thought|thoughts',
      'death * only|exit',
    ],
  },
  // HIGH
  {
    category: 'named-ideation',
    level: 'HIGH',
    label: 'names suicidal thoughts',
    strength: 'strong',
    patterns: [
      'suicidal|suicide|suicdal|suicde|suicidle|ideation|sui',
      'si * back|bad|rn|again|tonight|today|came',
      'thought|thoughts|thoghts|urge|urges|voice * kill|end|take * myself|life|it|my',
      'consider|considering|contemplate|contemplating * end|ending|suicide',
    ],
  },
  {
    category: 'active-ideation',
    level: 'HIGH',
    label: 'says they want to die or to kill themselves',
    strength: 'strong',
    patterns: [
      `${KILL}|kil * ${SELF_OBJ}|myslef|himself|herself|him`,
      'end|take|ending|taking * my|own * life|lfe',
      'want|wanna|wnat|wnt|going|gonna|gona|ima|ready|decide|intend|need|close|will|plan|planning * die|dye|dei|dead',
      'want|wanna|wnat|wnt|going|gonna|gona|ima|ready|decide|decided|intend|need|plan|planning|will * end|take * it|life|all|things|everything|al|lfe|myself',
      'commit|attempt|attempts * suicide',
      'but|about|considering|thinking|of|just * ending * it|everything|things|all',
      'take * myself|me * out',
      'take * my * own * life',
      'stop * live|living',
    ],
    unlessAfter: ['with', 'call', 'lease', 'relationship', 'contract', 'now'],
  },
  {
    category: 'slang',
    level: 'HIGH',
    label: 'uses slang for suicide',
    strength: 'strong',
    patterns: ['kms|ctb|kys|unalive|unaliving|sewerslide', 'sewer slide', 'off|offing * myself'],
  },
  {
    category: 'self-harm-act',
    level: 'HIGH',
    label: 'describes self-harm',
    strength: 'strong',
    patterns: [
      'cut|cutting|cuttin|burn|burning|hit|hitting|scratch|scratching|punch|punching|bang|banging|carve|bite|biting|slam|starve|starving * myself|myslef',
      'scratch|scratched|scratching|carve|carved|cut|cutting|burn|burned|hit|punch|punched|bang|banged|bite * arm|arms|skin|wrist|wrists|thigh|thighs|leg|legs|head * until|raw|bleed|bled|bruise|purpose|again',
      'self harm|harming|harmed',
      'self-harm|selfharm|sh',
      "sh'd",
      'relapse|relapsed|relapsd|slip|slipped|broke * cut|sh|self|blade|razor|streak|cutting',
      'cut|cutting|cuttin|burn|burned * again|agian|deeper|tonight',
      'blade|razor * again|won',
      'reopen|reopened * cut|cuts',
      'cut * so bad',
      'lighter|cigarette|cigarettes|iron|spoon * skin|arm|wrist|myself',
    ],
  },
  {
    category: 'method-named',
    level: 'HIGH',
    label: 'names a method',
    strength: 'strong',
    patterns: [
      'hang|hanging * myself',
      'noose',
      'jump|jumping * off|from|in front|into * bridge|roof|building|train|cliff|tracks',
      "overdose|overdosing|od|od’ing|od'ing",
      'slit|slitting * wrist|wrists',
      'lethal * dose',
      'how * many * pill|pills',
      'way|ways|method|methods * die|kill|suicide',
      'carbon monoxide',
      'bleed out',
      'crash|crashing * car * purpose',
      'take|taking * all * my * pill|pills|meds',
      'take|taking * whole * bottle',
      'drive|driving * into * tree|wall',
      'jump|jumping * front * train',
      'knife * go|going * in',
      'which * pills|bridge',
      'how * i * would|would * do * it',
      'method * mind',
    ],
    unlessAfter: ['sugar', 'movie', 'christmas', 'coffee', 'chocolate', 'candy', 'tv'],
  },
  // IMMINENT
  {
    category: 'means-acquired',
    level: 'IMMINENT',
    label: 'has the means at hand',
    strength: 'strong',
    patterns: [
      'loaded|loded|load * gun|pistol|shotgun|rifle',
      'gun|pistol * loaded|loded',
      'stockpile|stockpiling|stockpiled|hoard|hoarding|collect|collecting|saving|saved * pill|pills|meds|med|doses|dose|sertraline|esketamine',
      'enough * pill|pills|meds|insulin|ketamine * to|now',
      'keep|keeping|kept|put|putting * pill|pills|meds|doses|dose * aside',
      'noose',
      'tie|tied * noose|rope|belt',
      'rope * ready|chair|garage|car|closet',
      'charcoal|helium',
      'everything * i * need|ready',
    ],
  },
  {
    category: 'means-acquired',
    level: 'IMMINENT',
    label: 'mentions getting a means',
    strength: 'weak',
    patterns: [
      'buy|bought|got|get|have|pick|picked|sharpen|sharpened * rope|gun|shotgun|pistol|blade|blades|razor|knife|hose|bag|paracetamol|tylenol|oxy|pill|pills',
      'gun * lap|hand|nightstand|drawer',
    ],
  },
  {
    category: 'dangerous-place',
    level: 'IMMINENT',
    label: 'is at a dangerous place',
    strength: 'weak',
    patterns: [
      "i'm|im|am|standing|sitting|stand|sit|at|on|here|parked|climbed|drove|walked|came * bridge|roof|ledge|edge|cliff|cliffs|tracks|railing|overpass|platform|balcony|quarry|river|lake|water|garage|viewpoint|stairwell|carpark",
      'car * park',
      'top * car|floor|quarry|stairwell',
      'looking down',
      'engine running',
    ],
  },
  {
    category: 'farewell',
    level: 'IMMINENT',
    label: 'says goodbye or puts affairs in order',
    strength: 'strong',
    patterns: [
      'suicide note',
      'goodbye|goodbyes|goodby * letter|letters|everyone|every1|all|guys',
      'say|said|saying * goodbye|goodbyes',
      "won't|wont|will * be * around|here * after|tomorrow|much longer",
      "you'll|you * hear * from * me",
      'last * message|msg|post',
      'final * goodbye',
      'gone * by * morning|tmrw|tomorrow',
    ],
  },
  {
    category: 'farewell',
    level: 'IMMINENT',
    label: 'gives things away or writes letters',
    strength: 'weak',
    patterns: [
      'letter|letters|letrs|note|video * for|to * my|everyone|children|kids|son|daughter|wife',
      'write|wrote|written|finish|finished|left|record|recorded * letter|letters|letrs|note|goodbye',
      'give|gave|giving * away|cat|dog|pets|stuff|things|guitar|rings',
      'found * home * for',
      'affairs|will * order',
      'goodbye|bye|goodby',
      "won't|wont * need",
      'my * last * night|infusion|day',
      'tonight * last',
    ],
  },
  {
    category: 'overdose-taken',
    level: 'IMMINENT',
    label: 'has taken an overdose or is hurting themselves now',
    strength: 'strong',
    patterns: [
      "overdosed|overdosd|od'd|od’d|od'ing",
      'took|taken|swallowed|ate * whole|all|everything|handful|them * bottle|pack|pills|pils|meds|cabinet|all|ketamine|lithium|everything|of',
      'took * overdose',
      'cut * too deep',
      'bleeding|losing * blood|lot',
      'pills * kicking in',
      'already * took|swallowed|started',
    ],
  },
  {
    category: 'plan-with-time',
    level: 'IMMINENT',
    label: 'names a time for it',
    strength: 'strong',
    patterns: ["tonight|tonite|tonight's * the * night|nite", 'be * over * in * hour'],
  },
  {
    category: 'plan-with-time',
    level: 'IMMINENT',
    label: 'says when they will do it',
    strength: 'weak',
    patterns: [
      'plan|planned|decided|picked|set * date|tonight|friday|saturday|sunday|weekend',
      `do|doing * it ** ${TIME}`,
      'it * happen|happening * tonight',
      'this * weekend * alone',
    ],
  },
];
