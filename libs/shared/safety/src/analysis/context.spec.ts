import { findCrisisFrames, counts } from '../crisis/crisis-frames';
import { analyse } from './analyse';
import { isJoking, isPast } from './context';
import { compile, PatternIndex } from './slots';

const counted = (text: string): string[] =>
  findCrisisFrames(analyse(text))
    .filter(counts)
    .map((h) => h.frame.category);
const sentence = (text: string) => analyse(text)[0];

describe('negators that insist rather than deny', () => {
  it('"i wanna die no cap" counts; "i want to die no" is denied', () => {
    expect(counted('i wanna die no cap')).toContain('active-ideation');
    expect(counted('i want to die no')).not.toContain('active-ideation');
  });

  it('"not a joke" after the words insists', () => {
    expect(counted('want 2 end my life srsly not a joke')).toContain('active-ideation');
  });
});

describe('jokes', () => {
  it('laughter makes a wish or a thought a joke', () => {
    expect(isJoking(sentence('the nausea is so bad i want to die lol'))).toBe(true);
    expect(counted('the nausea is so bad i want to die lol')).toEqual([]);
  });

  it('but never an act: "swallowed em all lol" still counts', () => {
    expect(counted('swallowed em all lol cya')).toContain('overdose-taken');
  });

  it('"not joking" is no joke', () => {
    expect(isJoking(sentence('gonna kms, not joking'))).toBe(false);
    expect(counted('gonna kms, not joking')).toContain('slang');
  });
});

describe('whose words: a thing as the subject names the topic, not the writer', () => {
  it('"lithium reduces suicide" is about lithium', () => {
    expect(counted('Lithium has strong evidence for reducing suicide')).toEqual([]);
  });

  it('a present marker keeps it the writer\'s ("the suicidal thoughts are back")', () => {
    expect(counted('spravato stopped working and the suicidal thoughts are back')).toContain(
      'named-ideation',
    );
  });

  it("a thing of the writer's own stays with the writer", () => {
    expect(counted('my meds would make it easy to not wake up')).toContain('wish-to-be-dead');
  });

  it('a fragment with no subject speaks for the writer', () => {
    expect(counted('feeling suicidal ngl')).toContain('named-ideation');
  });
});

describe('relapse and looking back', () => {
  it('"back in 2020" looks back; "it is back" returns', () => {
    expect(isPast(sentence('back in 2020 i was suicidal every day'))).toBe(true);
    expect(isPast(sentence('i used to cut and the urges are back'))).toBe(false);
  });

  it('a negated return is no relapse ("haven\'t come back")', () => {
    expect(isPast(sentence("the suicidal thoughts stopped a year ago and haven't come back"))).toBe(true);
  });

  it('an age range is the past ("most of my twenties")', () => {
    expect(isPast(sentence('i spent most of my twenties wanting to die'))).toBe(true);
  });
});

describe('figures of speech with "kill me"', () => {
  it('"my boss is going to kill me" is no frame; wishing someone would is', () => {
    expect(counted('my boss is going to kill me if i am late')).toEqual([]);
    expect(counted('i wish someone would just kill me')).toContain('wish-to-be-dead');
  });
});

describe('pattern index', () => {
  const patterns = ['no|lost * hope', 'hopeless', 'better off * without * me'].map(compile);
  const index = new PatternIndex(patterns);

  it('offers, in order, only the patterns whose every slot has a word in the sentence', () => {
    expect(index.candidates(new Set(['i', 'lost', 'all', 'hope', 'hopeless']))).toEqual([0, 1]);
    expect(index.candidates(new Set(['better', 'off', 'without']))).toEqual([]);
    expect(index.candidates(new Set(['better', 'off', 'without', 'me']))).toEqual([2]);
  });
});

describe('a plan over two lines', () => {
  it('an intent, then a short line with a time, is a plan with a time', () => {
    expect(counted('i want to kill myself. tonight')).toContain('plan-with-time');
    expect(counted('tonight')).toEqual([]);
  });

  it('a long next sentence with a time is not the same plan', () => {
    expect(
      counted('i want to kill myself. we are going to the cinema with my sister and her kids tonight'),
    ).not.toContain('plan-with-time');
  });
});

describe('a question someone put to the writer', () => {
  it('is not the writer saying it: "my GP asked if I want to kill myself"', () => {
    expect(counted('My GP asked if I want to kill myself. I said no, I want my old energy back.')).toEqual(
      [],
    );
    expect(
      counted('My nurse asked about suicidal thoughts, like every session. Honest answer was no.'),
    ).toEqual([]);
    expect(counted('Someone asked whether the bruises were self harm. They are not.')).toEqual([]);
  });

  it('counts once a yes or a lie answers it, in that sentence or the next two', () => {
    expect(counted('My therapist asked if I want to kill myself and I said yes')).toContain(
      'active-ideation',
    );
    expect(counted('The nurse asked if I had harmed myself. I said no. I lied.')).not.toEqual([]);
    expect(counted('The nurse asked if I had harmed myself. I said no.')).toEqual([]);
  });

  it('holds only the words of the question: "asked about my meds and I want to die" counts', () => {
    expect(counted('I asked the nurse about my meds and I want to die')).toContain('active-ideation');
    expect(counted('I asked for help today, I want to die')).toContain('active-ideation');
    expect(counted('I want to die, I asked about nothing else')).toContain('active-ideation');
  });
});

describe('recovered past told across sentences', () => {
  it('a thought told in the past is past once another sentence says the writer came through', () => {
    expect(
      counted(
        'I was suicidal through most of my first year. Since my treatment that feeling has not come back.',
      ),
    ).toEqual([]);
    expect(counted('I wanted to die for about a decade. The wanting stopped sometime last year.')).toEqual(
      [],
    );
  });

  it('without a sentence of coming through, the past tense alone is not enough', () => {
    expect(counted('I was suicidal all week.')).toContain('named-ideation');
  });

  it('stays present when it was recent, a condition, or a report of what someone said', () => {
    expect(counted('I wanted to die last night. I am okay now.')).toContain('active-ideation');
    expect(counted('I wanted to die all week. Things are fine.')).toContain('active-ideation');
    expect(counted('She said she wanted to die. She is fine now, she says.')).toContain('active-ideation');
    expect(counted("If I wasn't here anymore I'd be okay with that. Things are better at work.")).not.toEqual(
      [],
    );
  });

  it('stays present when the calm is that of a decision', () => {
    expect(counted("I wanted to die for months. I feel better now that I've decided.")).toContain(
      'active-ideation',
    );
    expect(counted('I wanted to die for months. I am at peace with it now, I feel fine.')).toContain(
      'active-ideation',
    );
  });

  it('stays present when it came back', () => {
    expect(counted('I wanted to die for years. It stopped for a while, but now it is back.')).toContain(
      'active-ideation',
    );
  });
});
