import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it('lowercases, applies NFKC and collapses whitespace', () => {
    expect(normalizeText('  I   Feel\n\tOK  ')).toBe('i feel ok');
    expect(normalizeText('Ｉ ｗａｎｔ ｔｏ ｄｉｅ')).toBe('i want to die');
    expect(normalizeText('ﬁne')).toBe('fine');
  });

  it('straightens curly quotes and removes accents and invisible characters', () => {
    expect(normalizeText('I’m “fine”')).toBe('i\'m "fine"');
    expect(normalizeText('café')).toBe('cafe');
    expect(normalizeText('k\u200bill my\u00adself')).toBe('kill myself');
    expect(normalizeText('s̶u̶i̶c̶i̶d̶e̶')).toBe('suicide');
  });

  it('undoes leetspeak inside words but leaves numbers alone', () => {
    expect(normalizeText('k1ll mys3lf')).toBe('kill myself');
    expect(normalizeText('su1c1d3')).toBe('suicide');
    expect(normalizeText('$3lling k3t')).toBe('selling ket');
    expect(normalizeText('ket@mine')).toBe('ketamine');
    expect(normalizeText('10mg at 3am, call 0477 13 11 14, $450 each')).toBe(
      '10mg at 3am, call 0477 13 11 14, $450 each',
    );
    expect(normalizeText('die!')).toBe('die!');
  });

  it('keeps handles, e-mail addresses and links recognisable', () => {
    expect(normalizeText('@k3t_plug')).toBe('@ket_plug');
    expect(normalizeText('sam1@mail.com')).toBe('sam1@mail.com');
    expect(normalizeText('https://988lifeline.org')).toBe('https://988lifeline.org');
  });

  it('fills in masked words', () => {
    expect(normalizeText('s*icide')).toBe('suicide');
    expect(normalizeText('su**ide')).toBe('suicide');
    expect(normalizeText('k*ll myself')).toBe('kill myself');
    expect(normalizeText('**die**')).toBe('die');
    expect(normalizeText('#blessed')).toBe('#blessed');
  });

  it('joins letters spelled out with spaces or dots', () => {
    expect(normalizeText('k i l l m y s e l f')).toBe('kill myself');
    expect(normalizeText('s.u.i.c.i.d.e')).toBe('suicide');
    expect(normalizeText('k.m.s')).toBe('kill myself');
  });

  it('expands slang and euphemisms', () => {
    expect(normalizeText('I want to unalive myself')).toBe('i want to kill myself');
    expect(normalizeText('thinking about unaliving')).toBe('thinking about killing myself');
    expect(normalizeText('kms')).toBe('kill myself');
    expect(normalizeText('sewerslide')).toBe('suicide');
    expect(normalizeText('self harm')).toBe('self-harm');
    expect(normalizeText('I wanna die, gonna end it 2nite')).toBe('i want to die, going to end it tonight');
  });

  it('writes contractions one way', () => {
    expect(normalizeText('I am not ok, I do not want to live, I cannot')).toBe(
      "i'm not ok, i don't want to live, i can't",
    );
    expect(normalizeText('im tired, dont care, no one would notice')).toBe(
      "i'm tired, don't care, nobody would notice",
    );
  });

  it('squeezes stretched letters', () => {
    expect(normalizeText('killlll myselfffff')).toBe('kill myselff');
    expect(normalizeText('soooo tired')).toBe('soo tired');
  });

  it('maps look-alike Cyrillic letters', () => {
    expect(normalizeText('kіll mуsеlf')).toBe('kill myself');
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('   ')).toBe('');
  });
});
