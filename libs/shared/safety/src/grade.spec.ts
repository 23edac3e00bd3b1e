import { analyse } from './analysis/analyse';
import { speaksOfSomeoneElse } from './analysis/context';
import { counts, findCrisisFrames } from './crisis/crisis-frames';
import { classifierLevel, gradeText, THRESHOLDS } from './grade';
import { FEATURE_BUCKETS } from './model/features';
import { loadModel, MODEL_VERSION } from './model/model';
import { findSourcingFrames } from './sourcing/sourcing-frames';
import type { RiskLevel } from './types';

const crisis = (text: string) => gradeText(text).crisis;
const categories = (text: string) => crisis(text).signals.map((s) => s.category);
const frames = (text: string) => findCrisisFrames(analyse(text));
const countedFrames = (text: string) =>
  frames(text)
    .filter(counts)
    .map((h) => h.frame.category);

describe('crisis signals: each frame grades and names what it found', () => {
  const cases: [string, string, RiskLevel][] = [
    ['hopelessness', 'nothing is going to get better for me, what is the point', 'CONCERN'],
    ['burden', 'honestly my wife and kids would be better off without me', 'CONCERN'],
    ['wish-to-be-dead', 'some nights i hope i never wake up', 'CONCERN'],
    ['passive-ideation', 'lately i keep thinking about my own funeral', 'CONCERN'],
    ['named-ideation', 'my suicidal thoughts returned this morning', 'HIGH'],
    ['active-ideation', 'i want to kill myself', 'HIGH'],
    ['slang', 'kms honestly', 'HIGH'],
    ['self-harm-act', 'last night i cut my arm again', 'HIGH'],
    ['method-named', 'i have been reading up on the lethal dose of my meds', 'HIGH'],
    ['means-acquired', 'the pistol is loaded and in my bag', 'IMMINENT'],
    ['farewell', "i've written goodbye letters for my kids", 'IMMINENT'],
    ['overdose-taken', 'i just swallowed the whole bottle', 'IMMINENT'],
    ['plan-with-time', "i'm going to end my life tonight", 'IMMINENT'],
  ];
  it.each(cases)('%s: "%s" is %s', (category, text, level) => {
    const grade = crisis(text);
    expect(grade.level).toBe(level);
    const signal = grade.signals.find((s) => s.category === category);
    expect(signal).toBeDefined();
    expect(signal?.detector).toBe('crisis');
    expect(signal?.label.length).toBeGreaterThan(5);
    expect(text.toLowerCase()).toContain(signal?.span.split(' … ')[0].toLowerCase());
  });

  it('dangerous-place: a weak frame that counts when the text is a crisis', () => {
    expect(countedFrames("i'm on the bridge")).toContain('dangerous-place');
    expect(crisis("i'm on the bridge right now and i can't do this anymore, i want to die").level).toBe(
      'IMMINENT',
    );
    expect(categories("i'm on the bridge right now and i can't do this anymore, i want to die")).toContain(
      'dangerous-place',
    );
  });

  it('weak frames count only when the classifier finds crisis; strong frames unless it all but rules them out', () => {
    const zeros = btoa('\u0000'.repeat(FEATURE_BUCKETS * 4));
    const withCrisisBias = (bias: number[]) =>
      loadModel({
        version: MODEL_VERSION,
        buckets: FEATURE_BUCKETS,
        corpusTexts: 0,
        crisis: { classes: 4, features: 'phrases', scale: 1, bias, weights: zeros },
        sourcing: {
          classes: 1,
          features: 'words',
          scale: 1,
          bias: [-12],
          weights: btoa('\u0000'.repeat(FEATURE_BUCKETS)),
        },
      });
    // A doubtful model, P(≥ CONCERN) = 0.36 for every text: between `frame` and `context`.
    const third = Math.log(0.12);
    const doubtful = withCrisisBias([Math.log(0.64), third, third, third]);
    expect(THRESHOLDS.crisis.frame).toBeLessThan(0.36);
    expect(THRESHOLDS.crisis.context).toBeGreaterThan(0.36);
    expect(gradeText('i bought a rope today', doubtful).crisis.level).toBe('NONE');
    expect(gradeText("i've tied the noose", doubtful).crisis.level).toBe('IMMINENT');
    expect(gradeText("i'm on the bridge", doubtful).crisis.level).toBe('NONE');
    // A one-word text with no frame needs the classifier all but sure; more words, the usual threshold.
    const leaning = withCrisisBias([Math.log(0.2), Math.log(0.05), Math.log(0.05), Math.log(0.7)]);
    expect(THRESHOLDS.crisis.word).toBeGreaterThan(0.7);
    expect(gradeText('tonight', leaning).crisis.level).toBe('NONE');
    expect(gradeText('its tonight', leaning).crisis.level).toBe('IMMINENT');
    expect(gradeText('kms', leaning).crisis.level).not.toBe('NONE');
    // A model sure that nothing is a crisis rules out even a strong frame.
    const calm = withCrisisBias([12, 0, 0, 0]);
    expect(gradeText("i've tied the noose", calm).crisis.level).toBe('NONE');
  });

  it('the classifier decides crisis first, then severity: a crisis that may well be HIGH is HIGH', () => {
    const t = THRESHOLDS.crisis;
    expect(t.HIGH).toBeLessThan(t.CONCERN);
    // P(≥ CONCERN) 0.55 passes the gate; P(≥ HIGH) 0.35 is under one half but over `HIGH`.
    const likelyHigh = [0.45, 0.2, 0.3, 0.05];
    expect(classifierLevel(likelyHigh, 'counted', t.alone)).toBe('HIGH');
    expect(classifierLevel([0.45, 0.5, 0.04, 0.01], 'counted', t.alone)).toBe('CONCERN');
    // The same P(≥ HIGH) without the gate is no crisis: severity never lifts a text over the gate.
    expect(classifierLevel([0.6, 0.05, 0.3, 0.05], 'counted', t.alone)).toBe('NONE');
    // The gate follows the support: negated or past frames only, or a part of a longer text.
    expect(classifierLevel(likelyHigh, 'discounted', t.alone)).toBe('NONE');
    expect(classifierLevel(likelyHigh, 'alone', t.part)).toBe('NONE');
    expect(classifierLevel([0.05, 0.05, 0.2, 0.7], 'discounted', t.alone)).toBe('IMMINENT');
  });

  it('the classifier names the window it graded when no frame explains the level', () => {
    const grade = crisis("i'm standing on the bridge now, i'm so tired of all of it");
    expect(grade.level).toBe('IMMINENT');
    expect(grade.signals.length).toBeGreaterThan(0);
  });

  it('finds one crisis sentence buried in treatment talk and shows its span', () => {
    const text =
      'Week 6 of the nasal spray and the dissociation is easier. My clinic checks blood pressure every 15 minutes. The insurance paperwork is finally sorted. I took all of my sleeping pills an hour ago. Anyway the nurses are kind and parking is free.';
    const grade = crisis(text);
    expect(grade.level).toBe('IMMINENT');
    expect(grade.signals.some((s) => s.span.includes('took all of my sleeping pills'))).toBe(true);
  });

  it('keeps a crisis line its grade after the ordinary chat lines it is graded with', () => {
    // Chat grades a line with the author's recent lines (up to five): they must not dilute it away.
    const line = 'I don’t want to be alive anymore';
    const before = ['morning all', 'coffee first', 'Before **11**', 'session at 2 today', 'ok'];
    for (let n = 0; n <= before.length; n += 1) {
      expect([n, crisis([...before.slice(before.length - n), line].join('\n')).level]).not.toEqual([
        n,
        'NONE',
      ]);
    }
  });
  it('NONE carries no signals', () => {
    expect(crisis('had my first infusion today, felt floaty but ok')).toEqual({
      level: 'NONE',
      thirdParty: false,
      signals: [],
    });
  });
});

describe('negation scope', () => {
  it('"I\'m not going to hurt myself" is not HIGH', () => {
    expect(frames("I'm not going to hurt myself").every((h) => h.negated)).toBe(true);
    expect(crisis("I'm not going to hurt myself").level).toBe('NONE');
  });

  it('a negation ends with its line: the chat line after "not doing great" keeps its grade', () => {
    // Chat grades a line with the author's earlier lines, one per line of the text.
    expect(crisis("i'm not doing great\ni want to die").level).not.toBe('NONE');
    expect(crisis('never felt this low\ni want to kill myself tonight').level).toBe('IMMINENT');
    expect(analyse("i'm not doing great\ni want to die")[1].tokens.some((t) => t.negated)).toBe(false);
  });

  it('"i don\'t want to die" is not ideation, "i don\'t want to live" is', () => {
    expect(crisis("i don't want to die").level).toBe('NONE');
    expect(countedFrames("i don't want to live anymore")).toContain('wish-to-be-dead');
  });

  it('a required negation: "hope i don\'t wake up" is a wish not to wake', () => {
    expect(countedFrames("i hope i don't wake up tomorrow")).toContain('wish-to-be-dead');
  });

  it('"can\'t stop thinking about suicide" affirms', () => {
    expect(countedFrames("i can't stop thinking about suicide")).toContain('named-ideation');
  });

  it('a denier before the words negates ("nobody here is a burden")', () => {
    expect(countedFrames('nobody here is a burden')).not.toContain('burden');
  });

  it('an innocent reading right after the words is no frame ("end it with my boyfriend")', () => {
    const hits = frames("i'm going to end it with my boyfriend tonight");
    expect(hits.filter(counts).map((h) => h.frame.category)).not.toContain('active-ideation');
  });

  it('a negator right after the words takes them back ("i want to die not really")', () => {
    expect(frames('i want to die not really').every((h) => h.negated)).toBe(true);
  });

  it('after a conjunction the negator is about what follows ("kms and not in a joking way")', () => {
    expect(countedFrames('literally want to kms and not in a joking way')).toContain('slang');
  });

  it('a gap never crosses a clause break', () => {
    expect(countedFrames("i'm going to end this call now, thanks all")).not.toContain('active-ideation');
  });
});

describe('past and recovered', () => {
  it('"I used to cut, two years clean now" is past and recovered', () => {
    const hits = frames('I used to cut myself, two years clean now');
    expect(hits.map((h) => h.frame.category)).toContain('self-harm-act');
    expect(hits.every((h) => h.past)).toBe(true);
    expect(crisis('I used to cut myself, two years clean now').level).toBe('NONE');
    expect(crisis('I used to cut, two years clean now').level).toBe('NONE');
  });

  it('a dated past ("in 2019") is past', () => {
    expect(frames('i was suicidal in 2019').every((h) => h.past)).toBe(true);
  });

  it('a relapse brings the past back into the present', () => {
    expect(countedFrames('i started cutting again after 3 years clean')).toContain('self-harm-act');
  });
});

describe('distance: stories, news and research are not the writer', () => {
  it('research on suicidal thoughts is NONE', () => {
    expect(crisis('the study found ketamine reduces suicidal thoughts').level).toBe('NONE');
  });

  it('fiction is NONE', () => {
    expect(frames('in the movie the character attempts suicide').every((h) => h.distanced)).toBe(true);
  });

  it('"bad news" is not the news', () => {
    expect(countedFrames('i relapsed into self harm after the bad news')).toContain('self-harm-act');
  });
});

describe('third-party risk', () => {
  it('"my son said he wants to die" is HIGH and someone else\'s', () => {
    expect(crisis('my son said he wants to die')).toMatchObject({ level: 'HIGH', thirdParty: true });
  });

  it('a reflexive names the person ("my wife wants to kill herself")', () => {
    expect(crisis('my wife wants to kill herself')).toMatchObject({ thirdParty: true });
  });

  it("the writer's own words are not third-party, even naming family", () => {
    expect(crisis('my family would be better off without me')).toMatchObject({
      level: 'CONCERN',
      thirdParty: false,
    });
  });

  it('a caregiver asking how to help is NONE', () => {
    expect(crisis('how do i support my wife during her infusions').level).toBe('NONE');
  });

  it('words quoted from someone else are theirs ("my son wrote \'I want to kill myself\'")', () => {
    const hits = frames('my son wrote "I want to kill myself" in his school planner').filter(counts);
    expect(hits.map((h) => h.person)).toEqual(['third']);
    expect(frames('I wrote "I want to kill myself" in my journal').filter(counts)[0]?.person).toBe('self');
  });

  it('a person named in chat shorthand is someone else ("my gf", "my flatmate", "our 15yo")', () => {
    expect(frames('my gf wants to die').filter(counts)[0]?.person).toBe('third');
    expect(frames('my flatmate wants to kill herself').filter(counts)[0]?.person).toBe('third');
    expect(frames('our 15yo wants to die').filter(counts)[0]?.person).toBe('third');
  });

  it('with no frame to say whose it is, the first person the text names decides', () => {
    const sentences = (text: string) => analyse(text);
    expect(speaksOfSomeoneElse(sentences("found a blade in my daughter's pencil case"))).toBe(true);
    expect(speaksOfSomeoneElse(sentences('my partner is locked in the garage and I can hear the car'))).toBe(
      true,
    );
    expect(speaksOfSomeoneElse(sentences('I found the blade again, my daughter is asleep'))).toBe(false);
    expect(speaksOfSomeoneElse(sentences('I keep crying, my brother says he is worried'))).toBe(false);
    expect(speaksOfSomeoneElse(sentences('Worried sick. My brother told me he has a plan.'))).toBe(true);
  });
});

describe('sourcing signals', () => {
  const cases: [string, string][] = [
    ['offer-to-sell', 'selling my leftover spravato, dm me'],
    ['contact-channel', 'telegram me @ketplug for prices'],
    ['price-per-amount', '£30 a gram of ket, text me'],
    ['no-prescription', 'no questions asked, cash only for k'],
    ['diversion', 'i work at a vet and can get ketamine vials'],
    ['request-to-buy', 'anyone have a plug for ketamine in leeds'],
    ['skip-the-clinic', 'forget the clinic, i can sort you out with k for way less'],
  ];
  it.each(cases)('%s: "%s" is held', (category, text) => {
    const grade = gradeText(text).sourcing;
    expect(grade.detected).toBe(true);
    expect(grade.signals.map((s) => s.category)).toContain(category);
    expect(grade.signals.every((s) => s.detector === 'sourcing')).toBe(true);
  });

  it('a phone number next to a drug is a contact channel', () => {
    expect(
      findSourcingFrames(analyse('k available, 07700 900123'), 'k available, 07700 900123').map(
        (h) => h.span,
      ),
    ).toContain('07700 900123');
  });

  it.each([
    'my clinic charges 400 per infusion',
    'insurance finally approved my spravato',
    'my dog had surgery with ketamine today',
    'the pharmacy delivered my troches',
    'my telehealth doctor prescribed troches',
    'dm me if you want to talk, i have been through it',
  ])('not sourcing: "%s"', (text) => {
    expect(gradeText(text).sourcing).toEqual({ detected: false, signals: [] });
  });

  it('negated: "i would never buy from a dealer"', () => {
    const hits = findSourcingFrames(analyse('i would never buy ketamine from a dealer'), '');
    expect(hits.every((h) => h.negated)).toBe(true);
  });
});
