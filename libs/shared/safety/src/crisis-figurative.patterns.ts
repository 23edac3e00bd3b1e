import { rx } from './rx';

/**
 * Figures of speech that borrow crisis words: "the wait is killing me", "dying to try it",
 * "I'd rather die than sit through that meeting". A crisis phrase overlapping one of these is not
 * counted. Matched against normalised text; linear-time like the other patterns.
 */
export const CRISIS_FIGURATIVE: readonly RegExp[] = [
  rx`\b(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cringe|cuteness|jealousy|envy|curiosity|hunger|thirst|heat|suspense|excitement|happiness)\b`,
  rx`\b(?:died|dying|dead|die|killed|killing|kill) (?:me |myself |)(?:laughing|with laughter)\b`,
  rx`\bdying (?:to|for)\b|\bto die for\b|\b(?:would|could) (?:kill|die) for\b|\bkill for (?:a|an|some|the)\b`,
  rx`\bkiller\b|\bkilled it\b|\bkilling (?:it|time|the vibe|the mood|the game)\b`,
  rx`\b(?:is|are|was|were|it's|that's|they're|'s|be) (?:literally |absolutely |honestly |actually |really |seriously |slowly |)(?:killing|going to kill|gonna kill) (?:me|us)\b`,
  rx`\b(?:the|this|that|my|these|those) (?:homework|traffic|commute|heat|humidity|job|boss|meeting|meetings|exam|exams|deadline|deadlines|suspense|wait|waiting|workout|class|project|cold|noise|paperwork|insurance|commute|kids|shoes|hangover|headache)\b[a-z' ]{0,25}\bkill(?:ing|s|) (?:me|us|myself)\b`,
  rx`\b(?:the|this|that) (?:weather|heat|humidity|traffic|song|show|movie|meeting|commute|queue|line|hold music|paperwork|homework|exam|test|cold|noise|smell|episode|game)\b[a-z' ]{0,20}\b(?:makes|made|making) me want to die\b`,
  rx`\brather (?:die|be dead|kill myself|jump off a bridge|eat glass|drown)\b[a-z' ]{0,40}\bthan\b(?! (?:live|living|keep (?:living|going)|go on|feel (?:like )?this|wake up|spend another (?:day|night|year)|be a burden))`,
  rx`\b(?:bored|scared|sick|worried|tickled|frightened|stressed|freezing|starving|working|loved) (?:me |myself |)to death\b|\bthe death of me\b|\bover my dead body\b`,
  rx`\bi'm (?:literally |actually |so |)dead(?: lol| lmao| haha| 😂| 💀|😂|💀)`,
  rx`\bsuicide (?:squad|doors?|mission|missions|run|runs|sprints?|burpees?|drills?|king|blonde|season|silence|is painless)\b`,
  rx`\bdrop dead (?:gorgeous|beautiful)\b|\bdead (?:tired|serious|on|set|end|ringer|weight|battery)\b`,
  rx`\bmy (?:phone|battery|laptop|car|plant|plants|houseplants?|tamagotchi|sourdough starter|kindle|headphones|earbuds|goldfish)\b[a-z' ]{0,20}\b(?:die|died|dying|dead|kill|killed)\b`,
  rx`\bdie (?:a little |)inside\b|\bshoot myself in the foot\b|\bcut(?:ting|) myself (?:some |a |)(?:slack|break)\b|\bkill (?:two birds|the lights|the engine)\b`,
];
