import type { MyTrackerQuery, TreatmentModality } from '../../gql/graphql';
import { emptyDraft, type TestimonialDraft } from '../testimonials/draft';

type Tracker = MyTrackerQuery['myTracker'];

/**
 * A testimonial draft from the log: the most used modality, the number of sessions, the first session's
 * date, and the first and latest PHQ-9 (when their nine answers were logged).
 */
export function draftFromTracker(tracker: Tracker): TestimonialDraft {
  const counts = new Map<TreatmentModality, number>();
  for (const s of tracker.sessions) counts.set(s.modality, (counts.get(s.modality) ?? 0) + 1);
  const modality = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const sessions = [...tracker.sessions].sort((a, b) => a.date.localeCompare(b.date));
  const phq9 = tracker.moods
    .filter((m) => m.scale === 'PHQ9' && m.phq9Answers?.length === 9)
    .sort((a, b) => a.date.localeCompare(b.date));
  const first = phq9[0];
  const latest = phq9[phq9.length - 1];
  const draft = emptyDraft();
  return {
    ...draft,
    modality,
    sessionCount: sessions.length > 0 ? String(Math.min(sessions.length, 500)) : '',
    firstSessionDate: sessions[0]?.date.slice(0, 10) ?? '',
    includePhq9: phq9.length >= 2,
    phq9Before: phq9.length >= 2 && first.phq9Answers ? [...first.phq9Answers] : draft.phq9Before,
    phq9After: phq9.length >= 2 && latest.phq9Answers ? [...latest.phq9Answers] : draft.phq9After,
    story:
      sessions.length > 0
        ? `I had ${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'} between ${sessions[0].date.slice(0, 10)} and ${sessions[sessions.length - 1].date.slice(0, 10)}. `
        : '',
  };
}
