import type { CrisisCategory } from './crisis.patterns';
import type { PhrasePattern } from './phrase-matcher';
import { rx } from './rx';

/**
 * Self-harm, goodbye, timing and hopelessness/burden phrases (see crisis.patterns.ts for the
 * conventions: normalised text, linear-time expressions).
 */
type Pattern = PhrasePattern<CrisisCategory>;

/** After "hurt/cut/burned myself": an accident or a workout rather than self-harm. */
const INJURY_CONTEXT = rx`^ (?:shaving|at (?:the gym|work|practice)|lifting|running|playing|skiing|snowboarding|cooking|gardening|falling|when i (?:fell|tripped|slipped)|while (?:cooking|shaving|chopping|running|lifting|working|playing|cleaning|hiking)|on (?:a|an|the|some|my) (?:[a-z]{1,12})|in (?:a|the) (?:fall|crash|accident|kitchen|gym)|by accident|accidentally|doing|working out|exercising|trying to|out\b|some slack|a break)\b`;
/** Around a goodbye: signing off for the day rather than for good. */
const SESSION_END = rx`\b(?:see (?:you|ya|y'all|everyone)|catch (?:you|ya)|talk (?:soon|later|tomorrow)|ttyl|until next|till next|next (?:week|time|session|month)|for now|for today|for tonight|good ?night|going to (?:bed|sleep)|heading to bed|off to bed|logging off|signing off|have a (?:good|great|nice|lovely)|back (?:soon|later|tomorrow|next)|take care(?! of)|stay safe|happy (?:holidays|new year|friday)|merry|safe travels)`;
const NOT_SELF_HARM_OBJECT = rx`^ (?:back|down|out|ties|carbs|costs|corners|class|classes|school|hair|the|it|in|off|loose|through|a|an|some|open|him|her|them|people|you|someone|sugar|caffeine|alcohol|dairy|gluten|meat|screen|my (?:losses|dose|hours|hair|nails|bangs|spending|budget|carbs|coffee)|free|clean|recovery|awareness|support|prevention|research)\b`;

const SELF_HARM: readonly Pattern[] = [
  {
    id: 'cutting-again',
    name: 'self-harm',
    regex: rx`\bcutting (?:again|myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body))\b`,
    unlessAfter: INJURY_CONTEXT,
  },
  {
    id: 'started-cutting',
    name: 'self-harm',
    regex: rx`\b(?:i've been|been|started|i started|keep|kept|relapsed and started|went back to|back to|urge to|urges to|the urge to|want to|tempted to|thinking about|need to|going to|i'm going to) (?:cutting|cut|self-harming|self-harm|burning myself|burn myself)\b`,
    unlessAfter: NOT_SELF_HARM_OBJECT,
  },
  {
    id: 'hurt-myself',
    name: 'self-harm',
    regex: rx`\b(?:hurt|hurting|harm|harming|cut|burn|burning|burned|burnt|hit|hitting|punch|punching|scratch|scratching|bruise|bruising|starve|starving) myself\b`,
    unlessAfter: INJURY_CONTEXT,
  },
  {
    id: 'i-self-harmed',
    name: 'self-harm',
    regex: rx`\bi (?:self-harm|self-harmed|sh|sh'd|cut|burned|burnt|harmed myself) (?:again|last night|tonight|today|yesterday|this morning|earlier|this week|every night|every day)\b|\bi (?:self-harm|self-harmed)\b|\b(?:sh'ing|sh'd|shing)\b`,
  },
  {
    id: 'self-harm-urges',
    name: 'self-harm',
    regex: rx`\b(?:my|having|have|i've had|i get|getting|bad|strong|intense|crazy|awful|horrible) (?:self-harm|sh|cutting) (?:urges|urge|thoughts)\b|\brelapsed (?:on|into|with|and started|and) (?:self-harm|sh|cutting|cut)\b|\b(?:self-harm|sh) relapse\b`,
  },
  {
    id: 'wounds',
    name: 'self-harm',
    regex: rx`\bfresh (?:cuts|wounds|scars|burns)\b|\bi cut (?:too |)(?:deep|deeper)\b|\b(?:scratch|scratching|scratched|pick|picking|hit|hitting|punch|punching|bang|banging|cut|cutting) (?:myself |my (?:arms?|skin|legs?|head|wrists?|thighs?) |)(?:until|till|til) (?:i|it) (?:bleed|bleeds|bled|bruise|bruises)\b|\b(?:razor|the|my|a) blades?\b[a-z' ]{0,20}\b(?:on my (?:arms?|wrists?|thighs?|skin|legs?)|to my (?:arms?|wrists?|skin))`,
  },
];

const GOODBYE: readonly Pattern[] = [
  {
    id: 'this-is-goodbye',
    name: 'goodbye',
    regex: rx`\b(?:this is|consider this|here is|here's|this will be|it's|this post is|this message is) (?:my |a |)(?:final |last |)(?:goodbye|farewell)\b`,
    unlessAfter: [
      rx`^ (?:to (?:my|the|our|2\d\d\d|\d|depression|an|a|this|that|those|old)|for (?:now|today|tonight|a (?:bit|while|few|couple)|the (?:week|weekend|summer|month|holidays)))\b`,
      SESSION_END,
    ],
    unlessBefore: SESSION_END,
  },
  {
    id: 'last-post',
    name: 'goodbye',
    regex: rx`\b(?:this is|this will be|it's|this'll be) my (?:last|final) (?:post|message|words|update|entry|time posting|time writing|time here)\b`,
    unlessAfter: [
      rx`^ (?:of|before|for (?:a|the|now|today|tonight|this|a while)|in|on (?:this|the|that)|about|until|till|here (?:for|until|till|before)|then|as (?:a|an|mod|moderator)|with)\b`,
      SESSION_END,
    ],
  },
  {
    id: 'goodbye-everyone',
    name: 'goodbye',
    regex: rx`\b(?:goodbye|farewell) (?:everyone|everybody|all|world|cruel world|forever|for good|for the last time|to everyone|to all of you|to you all|y'all|my friends|friends|guys)\b|\bbye (?:forever|for good|for the last time|cruel world|world)\b`,
    unlessAfter: SESSION_END,
    unlessBefore: SESSION_END,
  },
  {
    id: 'say-goodbye',
    name: 'goodbye',
    regex: rx`\b(?:wanted|want|needed|need|just wanted|came here|i'm here|writing) to say (?:goodbye|bye|farewell|my goodbyes)\b|\b(?:saying|said|say) my (?:final |last |)goodbyes\b`,
    unlessAfter: [
      rx`^ (?:to (?:my|the|our|2\d\d\d|\d|depression|an|a|this|that|those|old|him|her|them|grandma|grandpa)|at|and headed|before (?:the|my|we|i (?:move|leave for|go on|head))|for (?:now|today|a while|the (?:week|weekend|summer|holidays))|as (?:i'm|i am) (?:moving|leaving))\b`,
      SESSION_END,
    ],
    unlessBefore: SESSION_END,
  },
  {
    id: 'farewell-words',
    name: 'goodbye',
    regex: rx`\b(?:love you all|i love you all|sorry for everything|i'm sorry for everything|thank you for everything|thanks for everything|forgive me|it's not your fault)\b[ .,!]{0,4}\b(?:goodbye|bye|farewell)\b|\bdon't blame yourselves for (?:what i|this|what happens|what's about to happen|my death|my decision)`,
    negatable: false,
    unlessAfter: SESSION_END,
  },
  {
    id: 'by-the-time-you-read',
    name: 'goodbye',
    regex: rx`\bby the time (?:you|anyone|someone|anybody|my family|they|people|you all|you guys) (?:reads?|sees?|finds?|reading|read) this\b`,
    unlessAfter: rx`^,? (?:i'll|i will|i'd|i'm|we'll) (?:be (?:at|on|in|home|back|done|out|asleep|sleeping|on my way|having|getting|starting|there|halfway|recovering)|have (?:had|finished|started|done|landed|arrived)|probably be (?:at|in|asleep|home|done))\b`,
  },
  {
    id: 'when-im-gone',
    name: 'goodbye',
    regex: rx`\bwhen i'm (?:gone|dead|no longer here|not here anymore)\b|\b(?:after|once) i'm (?:dead|no longer here)\b`,
    unlessAfter: rx`^ (?:for|on|to|away|at|from|next|this|over|during|the|until|till|a (?:week|few|couple|month)|two|three|\d)\b`,
  },
  {
    id: 'giving-away',
    name: 'goodbye',
    regex: rx`\bgiving away (?:all (?:of |)my|my) (?:stuff|things|belongings|possessions|pets|cat|dog|cats|dogs)\b`,
    unlessAfter: rx`^ (?:because|since|as|cause|before|to (?:charity|goodwill|the|a|friends)|for (?:the|a|my) (?:move|moving|charity|minimalism)|while)\b`,
  },
];

const TIMING: readonly Pattern[] = [
  {
    id: 'tonight-is-the-night',
    name: 'timing',
    regex: rx`\b(?:tonight|today|tomorrow|this weekend|this)(?:'s| is) the (?:night|day)\b(?= (?:i|that i|when i|where i) (?:end|die|kill|go through|finally end|leave|take|jump|overdose|say goodbye|stop))|\b(?:tonight|today|tomorrow)(?: might| could) be the (?:night|day)\b(?=\s*(?:[.!]|$))`,
  },
  {
    id: 'when-i-do-it',
    name: 'timing',
    regex: rx`\b(?:tonight|today|tomorrow|this weekend|on my birthday|at midnight|soon)\b[a-z' ]{0,25}\b(?:i'll|i will|i'm going to|going to|i) (?:end it|kill myself|end my life|finally end it|go through with it|take the pills|take them all|overdose|be gone for good|stop existing)\b`,
  },
  {
    id: 'not-here-much-longer',
    name: 'timing',
    regex: rx`\b(?:won't|not going to) be (?:here|around) (?:much longer|for much longer|for long|by (?:the end of (?:the|this) (?:week|month)|tomorrow|next week|monday|friday|the weekend))\b|\b(?:won't|not going to) be alive (?:tomorrow|next|by|much longer|for long|anymore|to see)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:because|since|as|cause|due to|i'm (?:moving|leaving|traveling|travelling|switching)|at (?:this|the|my) (?:job|company|clinic|school|forum)|on (?:this|the) (?:forum|app|site))\b`,
  },
  {
    id: 'last-night-alive',
    name: 'timing',
    regex: rx`\bmy last (?:night|day|week|weekend|birthday|christmas|sunrise) (?:alive|on earth|on this earth|here on earth|of my life|in this world)\b|\b(?:i'll|i will|i'm going to) be dead (?:by|before|tomorrow|tonight|soon|next|this time)\b|\b(?:i'll|i will) be gone (?:for good|forever)\b`,
  },
];

const HOPELESSNESS: readonly Pattern[] = [
  {
    id: 'better-off-without-me',
    name: 'hopelessness-burden',
    regex: rx`\b(?:everyone|everybody|they|the world|world|people|my (?:family|kids|wife|husband|parents|friends|partner|mom|mum|dad|children|boyfriend|girlfriend)|you all|y'all|you guys|all of you|the people i love|those around me|everybody around me|everyone around me)\b[a-z' ]{0,25}\b(?:better|happier|easier|relieved|lighter)(?: off|) without me\b|\bbetter off without me\b`,
  },
  {
    id: 'better-off-if-gone',
    name: 'hopelessness-burden',
    regex: rx`\b(?:better|happier|easier|relieved|lighter|fine|a relief)(?: off|) if i (?:just |)(?:didn't wake up|never woke up|died|disappeared|didn't exist|never existed|had never been born|killed myself|was dead|were dead|was gone|were gone|wasn't here|wasn't around|weren't here|weren't around|wasn't alive)\b`,
    negatable: false,
  },
  {
    id: 'nobody-would-miss-me',
    name: 'hopelessness-burden',
    regex: rx`\bnobody (?:would|will|'d|is going to|would even|will even|would really|would ever|'ll|even|really|would actually|'d even) (?:miss|notice|care|mourn|come to my funeral|cry|grieve|remember)(?: me|)\b|\bnobody (?:cares|would care|will care|gives a (?:damn|shit|fuck)) (?:if|whether) i (?:live|die|died|lived|exist|disappeared|disappear|was gone|were gone|was dead|were dead|kill myself|killed myself)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:if i(?:'m| was| were| am| got|) (?:late|early|gone for|away for|left (?:the|early|a)|skipped|didn't (?:show|come|post|go))|the difference|that|anything|a thing|(?:the|my) (?:typo|change|haircut|mistake))\b`,
  },
  {
    id: 'wouldnt-miss-me',
    name: 'hopelessness-burden',
    regex: rx`\b(?:wouldn't|won't|would never|will never) (?:even |really |)(?:miss me|notice if i (?:was|were|died|disappeared|was gone|were gone)|care if i (?:died|was gone|were gone|disappeared|killed myself))\b`,
    negatable: false,
    unlessAfter: rx`^ (?:while|during|when i'm (?:away|on|at|gone for)|this (?:week|weekend)|for (?:a|the|one|two|\d)|much)\b`,
  },
  {
    id: 'burden',
    name: 'hopelessness-burden',
    regex: rx`\b(?:i'm|i feel like|i feel|i've become|i've been|i'm just|i'm nothing but|i'm such|feeling like|i always feel like|i just feel like) (?:a|such a|just a|nothing but a|only a|a huge|a massive|a total|an absolute|the biggest|a constant|a heavy|an) burden\b`,
    unlessAfter: rx`^ (?:when (?:i|we) (?:ask|need)|asking|for asking|by asking|financially|on (?:the|my|our) (?:budget|finances|wallet))\b`,
  },
  {
    id: 'no-way-out',
    name: 'hopelessness-burden',
    regex: rx`\b(?:no way out|can't see (?:a|any) way out|don't see (?:a|any) way out|can't find (?:a|any) way out|no other way out|only way out|one way out|no escape)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:of (?:this|the|that|my|a) (?:contract|lease|deal|job|meeting|mortgage|loan|subscription|maze|parking|building|room|game|level|relationship|marriage|city|town|traffic|phone plan|gym)|is through|but through|except through|from (?:the|this) (?:heat|cold|rain|traffic|noise|ads|paperwork)|room)\b`,
  },
  {
    id: 'no-reason-to-live',
    name: 'hopelessness-burden',
    regex: rx`\b(?:no|any|zero|not a single|not one) (?:reason|reasons) (?:to|for) (?:live|living|keep going|keep living|keep trying|go on|stay alive|be alive|be here|stay|exist|wake up|get up|carry on|being alive|being here)\b|\bnothing (?:left |)(?:to live for|worth living for|left to live for)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:to|back|with|in (?:this|that|the|a)|at|home|late|up|over|early|for (?:the|a|this|that|my))\b`,
  },
  {
    id: 'what-is-the-point',
    name: 'hopelessness-burden',
    regex: rx`\b(?:what's the|there's no|no|not much|i don't see the|i can't see the|don't see the|can't see the|what even is the) point (?:in |of |to |)(?:living|life|going on|being alive|being here|existing|me being here|anything anymore|trying anymore|waking up|carrying on|keeping going|keep going|me existing|any of it anymore|it all anymore|staying alive)\b|\bwhat's the point (?:anymore|any more|of it all|of anything)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:to|with|back)\b`,
  },
  {
    id: 'not-worth-living',
    name: 'hopelessness-burden',
    regex: rx`\b(?:life|my life|living|this life|it)(?: isn't| is no longer|'s not| is never going to be| will never be| ain't|'s no longer) worth (?:living|it anymore|it any more|the pain|the struggle|the fight)\b|\b(?:life|my life|this life) (?:isn't|'s not) worth it\b|\bi (?:hate|can't stand) (?:being alive|existing|waking up every day)\b`,
    negatable: false,
  },
  {
    id: 'tired-of-living',
    name: 'hopelessness-burden',
    regex: rx`\b(?:tired|sick|exhausted|so done|done) (?:of|with) (?:living|being alive|existing|life|fighting to stay alive|waking up every day|this life|being here|trying to stay alive|fighting to live)\b`,
  },
  {
    id: 'done-with-life',
    name: 'hopelessness-burden',
    regex: rx`\bi'm (?:so |just |completely |totally |honestly |)(?:done|finished) (?:with it all|with this world|with existing|living|fighting|trying to stay alive|being alive|existing)\b`,
    unlessAfter: rx`^ (?:with|for|over|about|the|insurance|against|to)\b`,
  },
  {
    id: 'cant-go-on',
    name: 'hopelessness-burden',
    regex: rx`\bcan't (?:go on|keep going|do this|do life|keep living|keep doing this|live like this|take it|take this|handle (?:it|this|life)|cope|bear it|carry on|hold on|go on like this|keep going like this|fight this|fight it) (?:anymore|any more|much longer|for much longer)\b|\bcan't (?:go on|keep going|carry on|keep living) like this\b`,
    negatable: false,
  },
  {
    id: 'waste-of-space',
    name: 'hopelessness-burden',
    regex: rx`\bi'm (?:a|such a|just a|nothing but a) waste of (?:space|oxygen|air|life|skin)\b`,
  },
  {
    id: 'still-alive',
    name: 'hopelessness-burden',
    regex: rx`\b(?:disappointed|sad|upset|angry|annoyed|furious|devastated) (?:that |)i'm still (?:alive|here|breathing)\b|\bwake up disappointed\b`,
  },
];

export const CRISIS_SIGNAL_PATTERNS: readonly Pattern[] = [
  ...SELF_HARM,
  ...GOODBYE,
  ...TIMING,
  ...HOPELESSNESS,
];
