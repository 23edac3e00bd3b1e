import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { ContentKind } from '@haven/shared/contracts';
import {
  BadInputError,
  CONTENT_SUBMITTED_EVENT,
  type ContentSubmittedEvent,
  type SafetyAssessment,
} from '@haven/server/core';
import type { SafetyCheckObject } from './dto/safety.objects';
import { SafetyService, type AssessOptions } from './safety.service';

export const BLOCKED_MESSAGE =
  'This can’t be posted here. Something in it matches what Haven does not allow; please edit it and try again.';

/** What a content domain submits: the text to grade, and how to grade it. */
export interface ScreenRequest extends AssessOptions {
  text: string;
  /** For the crisis resources shown to the author. */
  region?: string | null;
}

/** What was stored, for moderation; null when nothing new was stored (a lost race): nothing is announced. */
export interface StoredContent {
  kind: ContentKind;
  id: string;
  authorId: string;
  excerpt: string;
  edited: boolean;
  review?: 'NEW_MEMBER' | 'TESTIMONIAL';
  roomId?: string;
}

export interface Screened<T> {
  value: T;
  assessment: SafetyAssessment;
  safety: SafetyCheckObject;
}

/**
 * The one assess step for every kind of content (posts, comments, testimonials, chat messages): grade
 * and apply the admin rules, refuse what a BLOCK rule matches before anything is stored, let the domain
 * store the content as held or published, announce it to moderation (CONTENT_SUBMITTED), and answer
 * with the `SafetyCheck`.
 *
 * Error policy, the same for every kind: a refusal is BAD_USER_INPUT (reason `blocked`) and stores
 * nothing; a failure of the grader holds the content with a HIGH case (see SafetyService); a failure to
 * announce is logged and the stored content stands (moderation can still find it); a failure to store
 * propagates unchanged.
 */
@Injectable()
export class SafetyGate {
  private readonly logger = new Logger(SafetyGate.name);

  constructor(
    private readonly safety: SafetyService,
    private readonly events: EventEmitter2,
  ) {}

  async screen<T>(
    request: ScreenRequest,
    store: (assessment: SafetyAssessment) => Promise<{ value: T; stored: StoredContent | null }>,
  ): Promise<Screened<T>> {
    const assessment = await this.safety.assess(request.text, request);
    if (assessment.blocked) throw new BadInputError(BLOCKED_MESSAGE, { reason: 'blocked' });
    const { value, stored } = await store(assessment);
    if (stored !== null) await this.announce(stored, assessment);
    return { value, assessment, safety: await this.safety.toSafetyCheck(assessment, request.region) };
  }

  /** Tells moderation about stored content again (a restored testimonial back in review). */
  async resubmit(stored: StoredContent, text: string): Promise<void> {
    await this.announce(stored, await this.safety.assess(text));
  }

  private async announce(stored: StoredContent, assessment: SafetyAssessment): Promise<void> {
    const event: ContentSubmittedEvent = { ...stored, assessment };
    try {
      await this.events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    } catch (error) {
      this.logger.error(`Moderation could not take ${stored.kind} ${stored.id}: ${String(error)}`);
    }
  }
}
