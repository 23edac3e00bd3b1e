import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ContentKind } from '@haven/shared/contracts';
import {
  AppConfig,
  BadInputError,
  CONTENT_SUBMITTED_EVENT,
  RateLimiter,
  type Actor,
  type ContentSubmittedEvent,
  type SafetyAssessment,
} from '@haven/server/core';
import { SafetyService, type SafetyCheckObject } from '@haven/server/safety';
import { excerptOf } from './forum.rules';

/** The first posts of a member that a moderator reviews, and in which links wait for review. */
export const NEW_MEMBER_POSTS = 3;

export interface Submission {
  kind: ContentKind.POST | ContentKind.COMMENT;
  id: string;
  authorId: string;
  excerptParts: string[];
  assessment: SafetyAssessment;
  edited: boolean;
  newMember: boolean;
}

/**
 * What every forum submission goes through: the write rate limit, the safety checks (refusing what a
 * BLOCK rule matches, before anything is stored) and, once stored, the event moderation listens to.
 */
@Injectable()
export class ForumSafetyService {
  constructor(
    private readonly safety: SafetyService,
    private readonly events: EventEmitter2,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  consumeWrite(actor: Actor): Promise<void> {
    return this.limiter.consume('forum:write', actor.id, this.config.rateLimits.write);
  }

  consumeReaction(actor: Actor): Promise<void> {
    return this.limiter.consume('forum:react', actor.id, this.config.rateLimits.write);
  }

  /** Runs the checks; throws when the content may not be stored at all. */
  async assess(text: string, options: { holdLinks: boolean }): Promise<SafetyAssessment> {
    const assessment = await this.safety.assess(text, { holdLinks: options.holdLinks });
    if (assessment.blocked) {
      throw new BadInputError(
        'This can’t be posted here. Please read the community guidelines and try again.',
        {
          reason: 'blocked',
        },
      );
    }
    return assessment;
  }

  toSafetyCheck(assessment: SafetyAssessment): Promise<SafetyCheckObject> {
    return this.safety.toSafetyCheck(assessment);
  }

  /** Tells moderation about stored or edited content (it opens cases; the forum does not know how). */
  async submitted(submission: Submission): Promise<void> {
    const event: ContentSubmittedEvent = {
      kind: submission.kind,
      id: submission.id,
      authorId: submission.authorId,
      excerpt: excerptOf(...submission.excerptParts),
      assessment: submission.assessment,
      edited: submission.edited,
      ...(submission.newMember ? { review: 'NEW_MEMBER' as const } : {}),
    };
    await this.events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
  }
}
