import { extractMentions, splitMentions } from '@haven/shared/contracts';
import { emailSubject, hidesActor, pathFor, summarize } from './notification.rules';

const facts = (kind: string, extra: Partial<Parameters<typeof summarize>[0]> = {}) => ({
  kind,
  actorHandle: 'river',
  count: 1,
  subjectKind: 'POST',
  data: {},
  ...extra,
});

describe('notification words', () => {
  it('names who acted and what happened, never content', () => {
    expect(summarize(facts('REPLY_TO_POST'))).toBe('@river replied to your post');
    expect(summarize(facts('REPLY_TO_POST', { data: { own: false } }))).toBe(
      '@river replied in a thread you follow',
    );
    expect(summarize(facts('REPLY_TO_COMMENT'))).toBe('@river replied to your comment');
    expect(summarize(facts('MENTION', { subjectKind: 'CHAT_MESSAGE' }))).toBe(
      '@river mentioned you in a chat message',
    );
    expect(summarize(facts('TESTIMONIAL_PUBLISHED', { actorHandle: null }))).toBe(
      'Your testimonial was published',
    );
    expect(summarize(facts('NEW_POST_IN_CATEGORY', { data: { categoryName: 'Side effects' } }))).toBe(
      '@river posted in Side effects',
    );
    expect(summarize(facts('MODERATION_OUTCOME', { data: { message: 'A moderator hid your post.' } }))).toBe(
      'A moderator hid your post.',
    );
    expect(summarize(facts('FOLLOW_UP_DUE', { actorHandle: null }))).toBe(
      'A follow-up on your testimonial is due',
    );
  });

  it('groups reactions by the number of people', () => {
    expect(summarize(facts('REACTION', { data: { reaction: 'SUPPORT' } }))).toBe(
      '@river sent support to your post',
    );
    expect(
      summarize(facts('REACTION', { count: 3, data: { reaction: 'SUPPORT' }, subjectKind: 'COMMENT' })),
    ).toBe('3 people sent support to your comment');
    expect(summarize(facts('REACTION', { count: 2, data: { reaction: 'RELATE' } }))).toBe(
      '2 people relate to your post',
    );
  });

  it('says "Someone" when the actor is not shown', () => {
    expect(summarize(facts('REPLY_TO_POST', { actorHandle: null }))).toBe('Someone replied to your post');
    expect(hidesActor('TESTIMONIAL')).toBe(true);
    expect(hidesActor('POST')).toBe(false);
  });

  it('leads inside the app only', () => {
    expect(pathFor({ kind: 'POST', id: 'p1' }, {})).toBe('/forum/p/p1');
    expect(pathFor({ kind: 'COMMENT', id: 'c1' }, { postId: 'p1' })).toBe('/forum/p/p1#comment-c1');
    expect(pathFor({ kind: 'TESTIMONIAL', id: 't1' }, {})).toBe('/testimonials/t1');
    expect(pathFor(null, { path: '/notices' })).toBe('/notices');
    expect(pathFor(null, { path: '//evil.example' })).toBe('/notifications');
    expect(pathFor(null, { path: 'https://evil.example' })).toBe('/notifications');
  });

  it('keeps e-mail subjects free of content and health details', () => {
    expect(emailSubject('REPLY_TO_POST')).toBe('Someone replied to your post on Haven');
    expect(emailSubject('REPLY_TO_POST', false)).toBe('Someone replied in a thread you follow on Haven');
    for (const kind of [
      'MENTION',
      'REACTION',
      'TESTIMONIAL_PUBLISHED',
      'MODERATION_OUTCOME',
      'URGENT_ESCALATION',
    ]) {
      expect(emailSubject(kind)).toMatch(/Haven/);
      expect(emailSubject(kind)).not.toMatch(/ketamine|depress|suicid|crisis/i);
    }
  });
});

describe('mentions', () => {
  it('finds distinct handles, not e-mail addresses, at most ten', () => {
    expect(extractMentions('hi @River and @river, mail a@b.org, (@sky_1)')).toEqual(['river', 'sky_1']);
    expect(extractMentions('@ab is too short')).toEqual([]);
    const many = Array.from({ length: 15 }, (_, i) => `@member${i}`).join(' ');
    expect(extractMentions(many)).toHaveLength(10);
  });

  it('splits text into plain parts and mentions for linking', () => {
    expect(splitMentions('thanks @river!')).toEqual([
      { text: 'thanks ' },
      { text: '@river', handle: 'river' },
      { text: '!' },
    ]);
    expect(splitMentions('x@river.org')).toEqual([{ text: 'x@river.org' }]);
  });
});
