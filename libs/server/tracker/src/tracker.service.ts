import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CasePriority, ContentKind, LIMITS, RiskLevel } from '@haven/shared/contracts';
import {
  AppConfig,
  CONTENT_SUBMITTED_EVENT,
  ConflictError,
  NotFoundError,
  RateLimiter,
  type Actor,
  type ContentSubmittedEvent,
} from '@haven/server/core';
import { CrisisResourcesService } from '@haven/server/safety';
import {
  toMoodObject,
  toSessionObject,
  type MoodEntryInput,
  type MoodEntryPayloadObject,
  type TrackerObject,
  type TrackerSessionInput,
  type TrackerSessionObject,
} from './dto/tracker.objects';
import { MoodEntryEntity } from './mood-entry.entity';
import { TrackerSessionEntity } from './tracker-session.entity';
import { TrackerSettingsEntity } from './tracker-settings.entity';
import { assertEntryId, isSevere, validateMood, validateSession } from './tracker.rules';

/** What moderators read in the queue: a request to reach out, never the member's figures. */
export const CHECK_IN_WITH_ME_EXCERPT =
  'Check in with me: this member asked moderators to reach out when their private mood log shows a hard time.';

/**
 * The private relief tracker. Every query is keyed by the signed-in member's own id: there is no way to
 * name another member's log, whatever the role. Nothing here feeds any statistic.
 */
@Injectable()
export class TrackerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: CrisisResourcesService,
    private readonly limiter: RateLimiter,
    private readonly events: EventEmitter2,
    private readonly config: AppConfig,
  ) {}

  private get sessions() {
    return this.dataSource.getRepository(TrackerSessionEntity);
  }

  private get moods() {
    return this.dataSource.getRepository(MoodEntryEntity);
  }

  private get settings() {
    return this.dataSource.getRepository(TrackerSettingsEntity);
  }

  async mine(ownerId: string): Promise<TrackerObject> {
    const [sessions, moods, settings] = await Promise.all([
      this.sessions.find({ where: { ownerId }, order: { date: 'ASC', id: 'ASC' } }),
      this.moods.find({ where: { ownerId }, order: { date: 'ASC', id: 'ASC' } }),
      this.settings.findOne({ where: { ownerId } }),
    ]);
    return {
      sessions: sessions.map(toSessionObject),
      moods: moods.map(toMoodObject),
      checkInConsent: settings?.checkInConsent ?? false,
    };
  }

  /** The raw rows, for the export and the clinician summary. */
  async rows(ownerId: string) {
    const [sessions, moods, settings] = await Promise.all([
      this.sessions.find({ where: { ownerId }, order: { date: 'ASC', id: 'ASC' } }),
      this.moods.find({ where: { ownerId }, order: { date: 'ASC', id: 'ASC' } }),
      this.settings.findOne({ where: { ownerId } }),
    ]);
    return { sessions, moods, checkInConsent: settings?.checkInConsent ?? false };
  }

  async logSession(
    actor: Actor,
    input: TrackerSessionInput,
    now = new Date(),
  ): Promise<TrackerSessionObject> {
    const fields = validateSession(input ?? {}, now);
    await this.limiter.consume('write', actor.id, this.config.rateLimits.write);
    if ((await this.sessions.count({ where: { ownerId: actor.id } })) >= LIMITS.tracker.entriesMax) {
      throw new ConflictError(`The log holds at most ${LIMITS.tracker.entriesMax} sessions.`);
    }
    return toSessionObject(await this.sessions.save(this.sessions.create({ ...fields, ownerId: actor.id })));
  }

  async logMood(
    actor: Actor,
    input: MoodEntryInput,
    region?: string | null,
    now = new Date(),
  ): Promise<MoodEntryPayloadObject> {
    const fields = validateMood(input ?? {}, now);
    await this.limiter.consume('write', actor.id, this.config.rateLimits.write);
    if ((await this.moods.count({ where: { ownerId: actor.id } })) >= LIMITS.tracker.entriesMax) {
      throw new ConflictError(`The log holds at most ${LIMITS.tracker.entriesMax} mood entries.`);
    }
    const row = await this.moods.save(this.moods.create({ ...fields, ownerId: actor.id }));
    const severe = isSevere(fields);
    if (severe && (await this.settings.findOne({ where: { ownerId: actor.id } }))?.checkInConsent) {
      const event: ContentSubmittedEvent = {
        kind: ContentKind.USER,
        id: actor.id,
        authorId: actor.id,
        excerpt: CHECK_IN_WITH_ME_EXCERPT,
        assessment: {
          crisisDetected: false,
          heldForReview: false,
          blocked: false,
          autoFlags: ['check-in-with-me'],
          priority: CasePriority.URGENT,
          addWarnings: [],
        },
        edited: false,
      };
      await this.events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    }
    return {
      entry: toMoodObject(row),
      safety: {
        crisisDetected: severe,
        heldForReview: false,
        resources: severe ? await this.resources.forRegion(region) : [],
        // A severe score is a sign to reach out, not a detected statement: CONCERN, with no text signals.
        riskLevel: severe ? RiskLevel.CONCERN : RiskLevel.NONE,
        signals: [],
        thirdParty: false,
        message: null,
      },
    };
  }

  async deleteSession(actor: Actor, id: string): Promise<boolean> {
    assertEntryId(id);
    const result = await this.sessions.delete({ id, ownerId: actor.id });
    if (!result.affected) throw new NotFoundError('That session');
    return true;
  }

  async deleteMood(actor: Actor, id: string): Promise<boolean> {
    assertEntryId(id);
    const result = await this.moods.delete({ id, ownerId: actor.id });
    if (!result.affected) throw new NotFoundError('That mood entry');
    return true;
  }

  async setCheckInConsent(actor: Actor, enabled: boolean): Promise<TrackerObject> {
    await this.settings.upsert({ ownerId: actor.id, checkInConsent: enabled === true }, ['ownerId']);
    return this.mine(actor.id);
  }

  /** Erases the whole log (account deletion). */
  async eraseAll(ownerId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(TrackerSessionEntity, { ownerId });
      await manager.delete(MoodEntryEntity, { ownerId });
      await manager.delete(TrackerSettingsEntity, { ownerId });
    });
  }
}
