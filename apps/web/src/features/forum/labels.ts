import { LIMITS } from '@haven/shared/contracts';
import type { ContentStatus, ContentWarning, JourneyStage, PostSort, ReactionKind } from '../../gql/graphql';

export const CONTENT_WARNING_LABELS: Record<ContentWarning, string> = {
  SUICIDAL_IDEATION: 'Suicidal thoughts',
  SELF_HARM: 'Self-harm',
  SUBSTANCE_USE: 'Substance use',
  MEDICAL_DETAILS: 'Medical details',
  TRAUMA: 'Trauma',
  GRIEF: 'Grief',
};

export const REACTION_LABELS: Record<ReactionKind, { label: string; symbol: string }> = {
  SUPPORT: { label: 'Support', symbol: '💚' },
  HUG: { label: 'Hug', symbol: '🤗' },
  RELATE: { label: 'Relate', symbol: '🤝' },
  HELPFUL: { label: 'Helpful', symbol: '💡' },
};

export const SORT_LABELS: Record<PostSort, string> = {
  LATEST_ACTIVITY: 'Latest activity',
  NEWEST: 'Newest posts',
  MOST_SUPPORTED: 'Most supported',
};

export const STATUS_LABELS: Record<ContentStatus, string> = {
  PUBLISHED: 'Published',
  PENDING_REVIEW: 'Waiting for a moderator',
  HIDDEN: 'Hidden by a moderator',
  REMOVED: 'Removed by a moderator',
};

export const JOURNEY_LABELS: Record<JourneyStage, string> = {
  EXPLORING: 'Exploring treatment',
  IN_TREATMENT: 'In treatment',
  MAINTENANCE: 'Maintenance',
  PAST_TREATMENT: 'Past treatment',
  CAREGIVER: 'Caregiver',
  CLINICIAN: 'Clinician',
};

export function isKeyOf<T extends string>(record: Record<T, unknown>, value: string | null): value is T {
  return value !== null && Object.prototype.hasOwnProperty.call(record, value);
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tags typed as "side effects, sleep": lowercase slugs, each once; mirrors the server's rule. */
export function parseTags(text: string): { tags: string[]; error: string | null } {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    if (tag === '') continue;
    if (!TAG.test(tag) || tag.length > LIMITS.post.tagMax) {
      return {
        tags,
        error: `“${raw.trim()}” is not a tag: use letters, digits and hyphens, up to ${LIMITS.post.tagMax} characters.`,
      };
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > LIMITS.post.tagsMax) return { tags, error: `Use at most ${LIMITS.post.tagsMax} tags.` };
  return { tags, error: null };
}
