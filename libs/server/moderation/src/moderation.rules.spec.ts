import {
  CasePriority,
  CaseSource,
  ContentKind,
  ModerationAction,
  ReportReason,
} from '@haven/shared/contracts';
import { BadInputError, type SafetyAssessment } from '@haven/server/core';
import {
  PRIORITY_RANK,
  higherPriority,
  noticeMessage,
  priorityForReason,
  priorityOfRank,
  signalForSubmission,
  toExcerpt,
  validateReport,
  validateResolve,
} from './moderation.rules';

const quiet: SafetyAssessment = {
  crisisDetected: false,
  heldForReview: false,
  blocked: false,
  autoFlags: [],
  priority: null,
  addWarnings: [],
};

describe('priorities', () => {
  it('ranks URGENT first and LOW last, and maps ranks back', () => {
    const order = Object.values(CasePriority).sort((a, b) => PRIORITY_RANK[a] - PRIORITY_RANK[b]);
    expect(order).toEqual([CasePriority.URGENT, CasePriority.HIGH, CasePriority.NORMAL, CasePriority.LOW]);
    for (const p of order) expect(priorityOfRank(PRIORITY_RANK[p])).toBe(p);
  });

  it('keeps the higher of two priorities', () => {
    expect(higherPriority(CasePriority.LOW, CasePriority.URGENT)).toBe(CasePriority.URGENT);
    expect(higherPriority(CasePriority.HIGH, CasePriority.NORMAL)).toBe(CasePriority.HIGH);
    expect(higherPriority(CasePriority.NORMAL, CasePriority.NORMAL)).toBe(CasePriority.NORMAL);
  });

  it('maps report reasons: crisis URGENT, sourcing and harassment HIGH, the rest NORMAL', () => {
    expect(priorityForReason(ReportReason.CRISIS_RISK)).toBe(CasePriority.URGENT);
    expect(priorityForReason(ReportReason.DRUG_SOURCING)).toBe(CasePriority.HIGH);
    expect(priorityForReason(ReportReason.HARASSMENT)).toBe(CasePriority.HIGH);
    for (const reason of [
      ReportReason.SPAM,
      ReportReason.MISINFORMATION,
      ReportReason.PRIVACY_VIOLATION,
      ReportReason.OTHER,
    ]) {
      expect(priorityForReason(reason)).toBe(CasePriority.NORMAL);
    }
  });
});

describe('signalForSubmission', () => {
  it('says nothing for content that needs no human', () => {
    expect(signalForSubmission(quiet, undefined)).toBeNull();
  });

  it('makes crisis language URGENT with its flag', () => {
    const signal = signalForSubmission(
      { ...quiet, crisisDetected: true, priority: CasePriority.URGENT },
      undefined,
    );
    expect(signal).toMatchObject({
      priority: CasePriority.URGENT,
      sources: [CaseSource.AUTO_FILTER],
      autoFlags: ['crisis-language'],
    });
  });

  it('makes held content HIGH unless the rule says otherwise', () => {
    const held = { ...quiet, heldForReview: true, autoFlags: ['drug-sourcing'] };
    expect(signalForSubmission(held, undefined)?.priority).toBe(CasePriority.HIGH);
    expect(signalForSubmission({ ...held, priority: CasePriority.URGENT }, undefined)?.priority).toBe(
      CasePriority.URGENT,
    );
    const links = { ...quiet, heldForReview: true, autoFlags: ['new-member-links'] };
    expect(signalForSubmission(links, 'NEW_MEMBER')?.priority).toBe(CasePriority.LOW);
  });

  it('opens FLAG rule matches at the rule priority', () => {
    const flagged = { ...quiet, autoFlags: ['spam-words'], priority: CasePriority.NORMAL };
    expect(signalForSubmission(flagged, undefined)).toMatchObject({
      priority: CasePriority.NORMAL,
      sources: [CaseSource.AUTO_FILTER],
      autoFlags: ['spam-words'],
    });
  });

  it('reviews a new member LOW and a testimonial NORMAL, unless something is more pressing', () => {
    expect(signalForSubmission(quiet, 'NEW_MEMBER')).toMatchObject({
      priority: CasePriority.LOW,
      sources: [CaseSource.NEW_MEMBER_REVIEW],
      autoFlags: [],
    });
    expect(signalForSubmission(quiet, 'TESTIMONIAL')?.priority).toBe(CasePriority.NORMAL);
    const crisisTestimonial = signalForSubmission({ ...quiet, crisisDetected: true }, 'TESTIMONIAL');
    expect(crisisTestimonial?.priority).toBe(CasePriority.URGENT);
    expect(crisisTestimonial?.sources).toEqual([CaseSource.AUTO_FILTER, CaseSource.TESTIMONIAL_REVIEW]);
  });
});

describe('validateReport', () => {
  const id = '5f0c6a36-6f55-4b53-9d0f-3a0a1c2b4d5e';

  it('accepts a report and trims its note (empty means none)', () => {
    expect(
      validateReport({ contentKind: 'POST', contentId: id, reason: 'SPAM', note: '  spam links  ' }),
    ).toMatchObject({
      contentKind: ContentKind.POST,
      contentId: id,
      reason: ReportReason.SPAM,
      note: 'spam links',
    });
    expect(
      validateReport({ contentKind: 'POST', contentId: id, reason: 'SPAM', note: '   ' }).note,
    ).toBeNull();
  });

  it('refuses unknown kinds, reasons, malformed ids and long notes', () => {
    expect(() => validateReport({ contentKind: 'PAGE', contentId: id, reason: 'SPAM' })).toThrow(
      BadInputError,
    );
    expect(() => validateReport({ contentKind: 'POST', contentId: id, reason: 'RUDE' })).toThrow(
      BadInputError,
    );
    expect(() => validateReport({ contentKind: 'POST', contentId: 'x', reason: 'SPAM' })).toThrow(
      BadInputError,
    );
    expect(() =>
      validateReport({ contentKind: 'POST', contentId: id, reason: 'SPAM', note: 'n'.repeat(1001) }),
    ).toThrow(BadInputError);
    expect(
      validateReport({ contentKind: 'POST', contentId: id, reason: 'SPAM', note: 'n'.repeat(1000) }).note,
    ).toHaveLength(1000);
  });
});

describe('validateResolve', () => {
  it('needs suspendDays 1..365 for a suspension and nowhere else', () => {
    expect(validateResolve({ action: 'SUSPEND_USER', suspendDays: 7 }).suspendDays).toBe(7);
    expect(validateResolve({ action: 'SUSPEND_USER', suspendDays: 365 }).suspendDays).toBe(365);
    for (const suspendDays of [undefined, null, 0, 366, 1.5, '7']) {
      expect(() => validateResolve({ action: 'SUSPEND_USER', suspendDays })).toThrow(BadInputError);
    }
    expect(() => validateResolve({ action: 'HIDE', suspendDays: 3 })).toThrow(BadInputError);
    expect(validateResolve({ action: 'HIDE', note: ' off-topic ' })).toEqual({
      action: ModerationAction.HIDE,
      note: 'off-topic',
      suspendDays: null,
    });
  });

  it('refuses an unknown action and a note over 2 000 characters', () => {
    expect(() => validateResolve({ action: 'DELETE' })).toThrow(BadInputError);
    expect(() => validateResolve({ action: 'DISMISS', note: 'n'.repeat(2001) })).toThrow(BadInputError);
  });
});

describe('notices and excerpts', () => {
  it('tells members about actions but never about a dismissed report', () => {
    expect(noticeMessage(ModerationAction.DISMISS, ContentKind.POST, null)).toBeNull();
    expect(noticeMessage(ModerationAction.HIDE, ContentKind.COMMENT, null)).toMatch(/hid your comment/);
    const until = new Date('2030-01-02T03:04:05.000Z');
    expect(noticeMessage(ModerationAction.SUSPEND_USER, ContentKind.POST, until)).toContain(
      '2030-01-02T03:04:05.000Z',
    );
  });

  it('flattens whitespace and cuts long text', () => {
    expect(toExcerpt('  a\n\n b  ')).toBe('a b');
    const long = toExcerpt('x'.repeat(600));
    expect(long).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
  });
});
