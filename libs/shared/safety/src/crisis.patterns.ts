import type { PhrasePattern } from './phrase-matcher';
import { rx } from './rx';

/**
 * Crisis-language phrases, matched against normalised text (see normalize.ts: lowercase, one space,
 * "don't"/"can't"/"i'm"/"nobody" written one way, slang such as "unalive" or "kms" expanded).
 *
 * Written to be linear-time: alternations of literals, bounded gaps (`[a-z' ]{0,25}`) and no
 * quantified group that contains another quantifier (checked by the tests).
 */
export type CrisisCategory =
  'suicidal-intent' | 'plan' | 'means' | 'timing' | 'goodbye' | 'self-harm' | 'hopelessness-burden';

export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'suicidal-intent',
  'plan',
  'means',
  'timing',
  'goodbye',
  'self-harm',
  'hopelessness-burden',
];

type Pattern = PhrasePattern<CrisisCategory>;

const SUICIDAL_INTENT: readonly Pattern[] = [
  {
    id: 'kill-myself',
    name: 'suicidal-intent',
    regex: rx`\b(?:kill|killing|off|offing) myself\b`,
    unlessAfter: rx`^ (?:for (?:forgetting|not|being|saying|doing|buying|missing|eating|letting|that|this|it)|laughing|with laughter|trying to|to (?:finish|get|meet|make|keep)|at (?:work|the gym|the office)|working|studying|over (?:this|that|the|a)|if i have to (?:sit|listen|watch|hear|go|do|work|deal|read|eat|attend|see)|if (?:i|they) (?:hear|see) (?:that|this|one more|another))\b`,
    unlessBefore: rx`\bif i have to (?:sit|listen|hear|watch|go|do|work|deal|read|eat|attend|see)\b[a-z' ]{0,40}$`,
  },
  {
    id: 'end-my-life',
    name: 'suicidal-intent',
    regex: rx`\b(?:end|ending|take|taking) (?:my|my own) life\b`,
    unlessAfter: rx`^ (?:back|savings|story|in (?:my|your) (?:own |)hands)\b`,
  },
  {
    id: 'suicide-self',
    name: 'suicidal-intent',
    regex: rx`\b(?:commit|committing|attempt|attempting|planning|considering|contemplating|thinking about|thinking of|think about|thought about|researching|decided on|going to commit|going to attempt|about to commit) (?:my |)suicide\b`,
    unlessAfter: rx`^ (?:attempts?|prevention|awareness|rates?|statistics|hotlines?|lines?|research|risk|squad|watch|bombers?|in (?:the|general|teens|adults))\b`,
  },
  {
    id: 'thinking-about-dying',
    name: 'suicidal-intent',
    regex: rx`\b(?:thinking about|thinking of|think about|thoughts of|obsessing over|fantasi[sz]ing about|dreaming about) (?:killing myself|ending it|ending it all|ending my life|ending things|taking my (?:own |)life|not being here|not existing|dying|being dead|not waking up|jumping)\b`,
    unlessAfter: rx`^ (?:with|my (?:hair|clothes|shirt)|her hair|his hair|the (?:hair|fabric)|in a|off the (?:high|diving) (?:dive|board)|into (?:the|a) (?:pool|lake|water))\b`,
  },
  {
    id: 'suicidal-state',
    name: 'suicidal-intent',
    regex: rx`\b(?:i'm|i feel|feeling|i've been|been|getting|i get|i keep getting|made me|makes me|making me|so|really|very|extremely|incredibly|super|pretty|actively|passively|kind of|a bit|a little|quite|fucking|severely|seriously|horribly|always|constantly|still|again|now|also) suicidal\b`,
    unlessAfter: rx`^ (?:patients?|people|individuals|teens|adults|clients|ideation|thoughts?|behaviou?rs?|risk|depression|tendencies|feelings|urges|symptoms)\b`,
  },
  {
    id: 'suicidal-now',
    name: 'suicidal-intent',
    regex: rx`\bsuicidal (?:again|tonight|today|lately|right now|every day|every single day|all the time|this week|these days|all day)\b`,
  },
  {
    id: 'suicidal-thoughts',
    name: 'suicidal-intent',
    regex: rx`\b(?:i'm having|i've been having|having|i have|i've had|i get|i keep having|i'm getting|getting|my|these) (?:constant |intrusive |strong |bad |really bad |awful |passive |active |frequent |daily |)(?:suicidal (?:thoughts|ideation|urges|feelings)|si)\b`,
    unlessAfter: rx`^ (?:(?:are|have|were|is|has) (?:gone|better|fading|quieter|less|improved|much better|way better|reduced|disappeared|stopped|lifted|mostly gone|almost gone|under control|manageable)|went away|disappeared|stopped|faded|lifted|are (?:mostly |almost |)gone|in (?:the past|check))\b`,
  },
  {
    id: 'want-to-die',
    name: 'suicidal-intent',
    regex: rx`\b(?:i want to|i just want to|i really want to|want to|wanting to|i wish i could|i'd like to|i'm ready to|ready to|i deserve to|i should just|i should|i need to|just let me|let me|i hope i|hope i|i'd love to) die\b`,
    unlessAfter: rx`^ (?:of|from|laughing|happy|old|peacefully at|at (?:\d|the age)|on (?:this|that) hill|a (?:happy|old|peaceful) (?:man|woman|person|death)|with (?:dignity|my boots)|in (?:my sleep at|peace at|a blaze of)|doing what i love|surrounded by|when i'm (?:old|\d))\b`,
    unlessBefore: rx`\bmade me $`,
  },
  {
    id: 'want-to-be-dead',
    name: 'suicidal-intent',
    regex: rx`\b(?:want to be|wish i was|wish i were|wish i could be|deserve to be|rather be|better off) dead\b`,
  },
  {
    id: 'wish-not-alive',
    name: 'suicidal-intent',
    regex: rx`\bwish i (?:wasn't|weren't|was not|were not) (?:alive|here|around|born)\b|\bwish i (?:had never|'d never|was never|were never|never) (?:been born|woken up|existed|was born)\b|\bwish i (?:didn't|did not|don't) exist\b`,
    negatable: false,
  },
  {
    id: 'wish-disappear',
    name: 'suicidal-intent',
    regex: rx`\b(?:wish i could|wish i would|want to|i just want to|i want to) (?:just |)(?:disappear forever|disappear for good|stop existing|not exist|cease to exist|fall asleep forever|sleep forever|go to sleep forever|not be here anymore|not be alive|never wake up|not wake up)\b`,
    unlessAfter: rx`^ (?:early|at|in the morning|so early|before|for (?:a|the|one|two|\d))\b`,
  },
  {
    id: 'sleep-never-wake',
    name: 'suicidal-intent',
    regex: rx`\b(?:go to sleep|fall asleep|sleep|close my eyes|drift off) and (?:never|not) (?:wake up|open them)\b`,
    negatable: false,
  },
  {
    id: 'hope-not-wake',
    name: 'suicidal-intent',
    regex: rx`\b(?:hope|hoping|pray|praying|wish|wishing) (?:that |)i (?:just |)(?:don't|won't|never|wouldn't|didn't) wake up\b`,
    negatable: false,
    unlessAfter: rx`^ (?:with|feeling|groggy|sore|too|before|late|early|in the middle|at|hungover|dizzy|nauseous|sick)\b`,
  },
  {
    id: 'not-want-to-live',
    name: 'suicidal-intent',
    regex: rx`\b(?:don't|didn't|no longer|never|don't even|don't really|really don't|just don't|honestly don't) (?:want|wish) to (?:live|be alive|be here|exist|wake up|go on living|keep living|stay alive|be around anymore|see tomorrow|be on this earth|do life|keep going|go on)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:like (?:this|that)|at|early|so early|before|for|to|in time|on time|when|that early|in the morning|every morning|with|there|back|through|together|alone|far|near|in (?:this|that|a|the) (?:city|town|house|place|country|job|relationship|area|state|apartment|flat)|on (?:this|that|the) (?:street|block|trip|medication|meds)|without|under|in a world)\b`,
  },
  {
    id: 'not-think-want-to-live',
    name: 'suicidal-intent',
    regex: rx`\bdon't (?:think|know if) i (?:want|can) (?:to |)(?:live|be alive|keep going|go on|keep living|be here anymore)\b`,
    negatable: false,
    unlessAfter: rx`^ (?:like (?:this|that)|in (?:this|that|a|the)|with|here (?:with|in))\b`,
  },
  {
    id: 'end-it',
    name: 'suicidal-intent',
    regex: rx`\b(?:end|ending|just ended|finally ended) (?:it|it all|everything|things|this life|my suffering for good|my existence)\b`,
    unlessAfter: rx`^ (?:with|here|there|early|on a|at (?:that|this|\d)|for (?:today|now|tonight|the day|the night|the week)|by|after (?:the|this|that|\d)|off|up|soon after|quickly and|before (?:it|things) (?:gets|get)|gracefully|amicably|politely|between|properly)\b`,
  },
  {
    id: 'want-it-over',
    name: 'suicidal-intent',
    regex: rx`\bwant (?:it all|everything|my life|all of this|this life|life) to (?:be over|end|stop for good)\b`,
  },
  {
    id: 'recent-attempt',
    name: 'suicidal-intent',
    regex: rx`\b(?:attempted|attempted suicide|tried to kill myself|tried to end it|tried to end my life|tried to take my (?:own |)life|overdosed|took an overdose) (?:last night|yesterday|this morning|today|tonight|earlier today|a few hours ago|this week|last week)\b`,
    ignorePast: true,
  },
  {
    id: 'should-have-died',
    name: 'suicidal-intent',
    regex: rx`\bi (?:should have|should've|wish i had|wish i'd) (?:died|been dead|killed myself|succeeded)\b|\b(?:imagining|imagine|planning|picturing) my (?:own |)funeral\b`,
  },
];

const PLAN: readonly Pattern[] = [
  {
    id: 'have-a-plan',
    name: 'plan',
    regex: rx`\b(?:have|got|made|making|came up with|worked out|figured out) (?:a|the|my) plan\b(?= (?:to (?:end|kill|die|do it|go through|take)|for (?:how|when|tonight|it|the end|ending|my death)|and (?:the|a) (?:means|date|time|way)|this time|already|ready|in place to))`,
  },
  {
    id: 'know-how-i-would',
    name: 'plan',
    regex: rx`\b(?:i know|i've decided|decided|i figured out|figured out|worked out|i've worked out|i've planned|planned out|planned|i've thought through|know exactly) (?:how|when|where|exactly how|exactly when|exactly where) (?:i'll|i'm going to|i will|i'd|i would|to) (?:do it|end it|kill myself|die|end my life|go through with it)\b`,
  },
  {
    id: 'decided-to-end',
    name: 'plan',
    regex: rx`\b(?:decided|made up my mind|made my decision|i've decided|ready) to (?:end (?:it|my life|it all|things)|kill myself|die|go through with it|take my (?:own |)life)\b`,
  },
  {
    id: 'suicide-note',
    name: 'plan',
    regex: rx`\b(?:my|a|the) (?:suicide|goodbye) (?:note|notes|letter|letters)\b`,
  },
  {
    id: 'picked-date',
    name: 'plan',
    regex: rx`\b(?:picked|set|chose|chosen|choosing|picking|decided on) (?:a|the) (?:date|day|night)\b[a-z' ]{0,20}\b(?:to|for|when) (?:end|die|do it|kill|go through|say goodbye|leave this)`,
  },
  {
    id: 'research-methods',
    name: 'plan',
    regex: rx`\b(?:painless|easiest|quickest|fastest|least painful|surest|most reliable) (?:way|ways|method|methods) (?:to (?:die|kill myself|end (?:it|my life))|of (?:suicide|dying|killing myself))\b|\b(?:researching|researched|looking up|looked up|googling|googled|searching|searched)\b[a-z' ]{0,25}\b(?:ways to (?:die|kill myself|end (?:it|my life))|how to (?:die|kill myself|end (?:it|my life)|overdose|hang myself)|lethal doses?|suicide methods|methods of suicide)\b`,
  },
];

const MEANS: readonly Pattern[] = [
  {
    id: 'stockpiled-pills',
    name: 'means',
    regex: rx`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (?:up |)(?:my |the |all my |all the |all of my |enough |some |)(?:pills|meds|medication|medications|tablets|sleeping pills|painkillers|antidepressants|benzos)\b`,
  },
  {
    id: 'pills-saved',
    name: 'means',
    regex: rx`\b(?:pills|meds|tablets|medication|painkillers|sleeping pills)\b[a-z' ]{0,15}\b(?:saved up|stashed|stockpiled|hoarded|hidden away|set aside|put aside|lined up|counted out)\b`,
  },
  {
    id: 'how-many-to-die',
    name: 'means',
    regex: rx`\bhow (?:many|much)\b[a-z' ]{0,30}\b(?:to die|to kill (?:me|myself|a person|someone)|to overdose|is lethal|is fatal|is a lethal dose|would be lethal|would be fatal|to not wake up|to never wake up|would kill me|to od|to end it)\b`,
  },
  {
    id: 'enough-to-die',
    name: 'means',
    regex: rx`\benough (?:pills|meds|tablets|painkillers|sleeping pills|insulin|ket|ketamine|of them|of it|of my meds|of my pills|rope)\b[a-z' ]{0,15}\bto (?:kill me|die|end it|end my life|not wake up|never wake up|do it|kill myself|do the job|overdose)\b|\benough to kill (?:me|myself)\b`,
  },
  {
    id: 'overdose-intent',
    name: 'means',
    regex: rx`\b(?:going to|want to|planning to|plan to|about to|i'll|i will|ready to|thinking about|thinking of|tempted to|considering|i'm going to) (?:overdose|overdosing|od|take (?:all|every one|everything|the whole bottle|the whole box|all of) (?:my|the|of my|of the|)[a-z' ]{0,15}\b(?:pills|meds|tablets|bottle|box|medication|ketamine|ket)|swallow (?:all|every|the whole))\b`,
  },
  {
    id: 'hanging',
    name: 'means',
    regex: rx`\b(?:hang|hanging|hanged) myself\b|\b(?:tie|tied|tying|made|make|making|bought|have|got) a noose\b|\bthe noose\b|\bnoose (?:is|ready|hanging|in my)\b|\b(?:rope|belt|cord) (?:around|round) my neck\b`,
    unlessAfter: rx`^ (?:around (?:the|its|our|their) neck|of (?:debt|the economy))\b`,
  },
  {
    id: 'jump',
    name: 'means',
    regex: rx`\b(?:jump|jumping|throw myself|throwing myself|drive|driving|drove|step|stepping) (?:off|from) (?:a|the|this|that|my) (?:bridge|building|roof|rooftop|cliff|balcony|overpass|tower|window|parking garage|car park)\b|\b(?:jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|lie down|lying down) in front of (?:a|the|an) (?:train|bus|truck|car|lorry|subway|tube)\b|\b(?:walk|walking|step|stepping|drive|driving|swerve|swerving) into (?:traffic|oncoming traffic|the ocean|the sea|the river|the lake)\b`,
    unlessBefore: rx`\b(?:bungee|base|cliff diving|diving|parachute|skydiving)\s?$`,
  },
  {
    id: 'at-the-edge',
    name: 'means',
    regex: rx`\b(?:standing|stood|sitting|sat|stand|sit) (?:on|at) (?:the|a) (?:edge of (?:a|the) (?:roof|bridge|cliff|building|platform|balcony|tracks)|ledge|bridge railing|train tracks|railway tracks|tracks)\b`,
  },
  {
    id: 'firearm',
    name: 'means',
    regex: rx`\b(?:shoot|shooting) myself\b|\b(?:gun|pistol|revolver|rifle|shotgun|firearm)\b[a-z' ]{0,20}\b(?:to my head|in my mouth|under my chin|to end it|on myself)\b|\b(?:bullet|round) (?:in|through) my (?:head|brain|skull)\b|\b(?:use|using|turn|turning) (?:it|the gun|a gun|his gun|her gun) on myself\b|\b(?:loaded|holding|held|took out|picked up) (?:a|the|my|my dad's|his|dad's|my father's|my husband's) (?:gun|pistol|revolver)\b`,
    unlessAfter: rx`^ (?:in the foot|for (?:hunting|protection|self defense|self-defense|the range|target))\b`,
  },
  {
    id: 'other-means',
    name: 'means',
    regex: rx`\b(?:slit|slitting|slice|slicing|cut|cutting|open|opening) (?:my|both) wrists?\b|\b(?:drown|drowning|poison|poisoning|gas|gassing|electrocute) myself\b|\b(?:carbon monoxide|car running in the garage|exhaust pipe|exit bag|helium bag)\b|\b(?:crash|crashing|drive|driving|swerve|swerving|steer|steering) (?:my car |the car |)(?:into|off) (?:a|the|oncoming) (?:tree|wall|pole|cliff|road|overpass|truck|lane)\b`,
    unlessAfter: rx`^ (?:detector|alarm|leak|on (?:a|the|some|broken)|by accident|accidentally|open on)\b`,
  },
];

export const CRISIS_CORE_PATTERNS: readonly Pattern[] = [...SUICIDAL_INTENT, ...PLAN, ...MEANS];
