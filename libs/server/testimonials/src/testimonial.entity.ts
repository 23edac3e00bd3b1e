import {
  ContentWarning,
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TestimonialStatus,
  TreatmentModality,
  TreatmentSetting,
} from '@haven/shared/contracts';
import { UserEntity } from '@haven/server/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A member's structured story of their treatment. Visible to everyone once PUBLISHED; before that (and
 * after REJECTED or WITHDRAWN) only to its author and to moderators. Times are kept to the millisecond so
 * cursors round-trip exactly.
 */
@Entity('testimonials')
@Index('IDX_testimonials_published', ['publishedAt', 'id'], { where: `"status" = 'PUBLISHED'` })
@Index('IDX_testimonials_author', ['authorId', 'createdAt'])
@Index('IDX_testimonials_search', { synchronize: false })
@Check('CHK_testimonials_rating', `"overall_rating" BETWEEN 1 AND 5`)
@Check('CHK_testimonials_sessions', `"session_count" IS NULL OR "session_count" BETWEEN 1 AND 500`)
@Check(
  'CHK_testimonials_phq9',
  `("phq9_before" IS NULL AND "phq9_after" IS NULL) OR ("phq9_before" BETWEEN 0 AND 27 AND "phq9_after" BETWEEN 0 AND 27)`,
)
@Check('CHK_testimonials_status', `"status" IN ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
@Check('CHK_testimonials_helpful', `"helpful_count" >= 0`)
@Index('IDX_testimonials_follow_ups', ['firstSessionDate'], { where: `"follow_ups_enabled"` })
export class TestimonialEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The author is shown to nobody but themselves and moderators. */
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'varchar', length: 150 })
  title: string;

  /** Markdown, as written. */
  @Column({ type: 'text' })
  story: string;

  @Column({ type: 'varchar', length: 32 })
  modality: TreatmentModality;

  @Column({ type: 'varchar', length: 32, nullable: true })
  setting: TreatmentSetting | null;

  @Column({ name: 'session_count', type: 'smallint', nullable: true })
  sessionCount: number | null;

  @Column({ name: 'prior_treatments', type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  priorTreatments: PriorTreatment[];

  @Column({ name: 'overall_rating', type: 'smallint' })
  overallRating: number;

  @Column({ name: 'relief_onset', type: 'varchar', length: 32 })
  reliefOnset: ReliefOnset;

  @Column({ name: 'relief_duration', type: 'varchar', length: 32 })
  reliefDuration: ReliefDuration;

  @Column({ name: 'side_effects', type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  sideEffects: SideEffect[];

  @Column({ name: 'phq9_before', type: 'smallint', nullable: true })
  phq9Before: number | null;

  @Column({ name: 'phq9_after', type: 'smallint', nullable: true })
  phq9After: number | null;

  @Column({ name: 'content_warnings', type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  contentWarnings: ContentWarning[];

  @Column({ type: 'varchar', length: 20, default: TestimonialStatus.PENDING_REVIEW })
  status: TestimonialStatus;

  /** The moderator's note when the testimonial was rejected; shown to the author only. */
  @Column({ name: 'rejection_note', type: 'varchar', length: 2000, nullable: true })
  rejectionNote: string | null;

  @Column({ name: 'helpful_count', type: 'integer', default: 0 })
  helpfulCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** When a moderator first approved it; kept when it is later rejected, so a restore re-publishes it. */
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  /** The day of the first treatment session ('YYYY-MM-DD'); follow-ups fall due counted from it. */
  @Column({ name: 'first_session_date', type: 'date', nullable: true })
  firstSessionDate: string | null;

  @Column({ name: 'follow_ups_enabled', type: 'boolean', default: false })
  followUpsEnabled: boolean;

  /** When follow-ups were last turned on: points already closed then are skipped, never lost. */
  @Column({ name: 'follow_ups_enabled_at', type: 'timestamptz', precision: 3, nullable: true })
  followUpsEnabledAt: Date | null;

  /** When the member stopped follow-ups (null while they are on, or were never on). */
  @Column({ name: 'follow_ups_stopped_at', type: 'timestamptz', precision: 3, nullable: true })
  followUpsStoppedAt: Date | null;

  /** Kept by a trigger from the title and story (see the migration); never written by the application. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;
}
