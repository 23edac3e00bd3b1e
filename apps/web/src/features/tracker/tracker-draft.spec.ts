import { describe, expect, it } from '@jest/globals';
import type { MyTrackerQuery, TreatmentModality } from '../../gql/graphql';
import { emptyDraft } from '../testimonials/draft';
import { draftFromTracker } from './tracker-draft';

type Tracker = MyTrackerQuery['myTracker'];
type Mood = Tracker['moods'][number];

let ids = 0;
const session = (date: string, modality: TreatmentModality = 'IV_INFUSION'): Tracker['sessions'][number] => ({
  id: `s${++ids}`,
  date: `${date}T09:00:00.000Z`,
  modality,
  setting: null,
  notes: null,
});
const phq9 = (date: string, answers: number[] | null): Mood => ({
  id: `m${++ids}`,
  date: `${date}T20:00:00.000Z`,
  scale: 'PHQ9' as Mood['scale'],
  score: (answers ?? []).reduce((a, b) => a + b, 0),
  item9: answers?.[8] ?? null,
  phq9Answers: answers,
});
const tracker = (sessions: Tracker['sessions'], moods: Tracker['moods'] = []): Tracker => ({
  checkInConsent: false,
  sessions,
  moods,
});

describe('draftFromTracker', () => {
  it('is the empty draft for an empty log', () => {
    expect(draftFromTracker(tracker([]))).toEqual(emptyDraft());
  });

  it('takes the most used modality, the number of sessions and the first session’s day, whatever the log’s order', () => {
    const d = draftFromTracker(
      tracker([
        session('2026-02-10', 'ESKETAMINE_NASAL_SPRAY'),
        session('2026-01-05', 'IV_INFUSION'),
        session('2026-02-01', 'ESKETAMINE_NASAL_SPRAY'),
      ]),
    );
    expect(d.modality).toBe('ESKETAMINE_NASAL_SPRAY');
    expect(d.sessionCount).toBe('3');
    expect(d.firstSessionDate).toBe('2026-01-05');
    expect(d.story).toBe('I had 3 sessions between 2026-01-05 and 2026-02-10. ');
  });

  it('says “session” for one', () => {
    const d = draftFromTracker(tracker([session('2026-03-01')]));
    expect(d.story).toBe('I had 1 session between 2026-03-01 and 2026-03-01. ');
    expect(d.sessionCount).toBe('1');
  });

  it('keeps the number of sessions within what a testimonial accepts', () => {
    const many = Array.from({ length: 501 }, (_, i) =>
      session(new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)),
    );
    expect(draftFromTracker(tracker(many)).sessionCount).toBe('500');
  });

  it('takes the first and latest full PHQ-9 as before and now', () => {
    const first = [3, 3, 3, 2, 2, 2, 1, 1, 1];
    const middle = [2, 2, 2, 2, 2, 2, 1, 1, 0];
    const latest = [1, 0, 1, 0, 1, 0, 0, 0, 0];
    const d = draftFromTracker(
      tracker(
        [session('2026-01-05')],
        [phq9('2026-03-01', latest), phq9('2026-01-01', first), phq9('2026-02-01', middle)],
      ),
    );
    expect(d.includePhq9).toBe(true);
    expect(d.phq9Before).toEqual(first);
    expect(d.phq9After).toEqual(latest);
  });

  it('copies the answers, so editing the draft leaves the log alone', () => {
    const first = [3, 3, 3, 2, 2, 2, 1, 1, 1];
    const d = draftFromTracker(
      tracker([], [phq9('2026-01-01', first), phq9('2026-02-01', [0, 0, 0, 0, 0, 0, 0, 0, 0])]),
    );
    d.phq9Before[0] = 0;
    expect(first[0]).toBe(3);
  });

  it('leaves the PHQ-9 out without two full questionnaires', () => {
    const logs = [
      [phq9('2026-01-01', [1, 1, 1, 1, 1, 1, 1, 1, 1])],
      [phq9('2026-01-01', [1, 1, 1, 1, 1, 1, 1, 1, 1]), phq9('2026-02-01', null)],
      [phq9('2026-01-01', [1, 1, 1, 1, 1, 1, 1, 1, 1]), phq9('2026-02-01', [1, 1, 1])],
      [
        { ...phq9('2026-01-01', [1, 1, 1, 1, 1, 1, 1, 1, 1]), scale: 'ZERO_TO_TEN' as Mood['scale'] },
        phq9('2026-02-01', [0, 0, 0, 0, 0, 0, 0, 0, 0]),
      ],
    ];
    for (const moods of logs) {
      const d = draftFromTracker(tracker([], moods));
      expect(d.includePhq9).toBe(false);
      expect(d.phq9Before).toEqual(emptyDraft().phq9Before);
      expect(d.phq9After).toEqual(emptyDraft().phq9After);
    }
  });
});
