import {
  CasePriority,
  CaseSource,
  CaseStatus,
  ContentKind,
  ModerationAction,
  type RiskLevel,
} from '@haven/shared/contracts';
import type { DetectionSignal } from '@haven/server/core';
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
 * One queue item per piece of content that needs a human. At most one OPEN case per content (a partial
 * unique index); a resolved case stays as history and a new report opens a new case. An APPEAL case
 * (`appeal`) stands beside them: it is about a decision, not the content, and never joins another case.
 */
@Entity('moderation_cases')
@Check(
  'CHK_moderation_cases_kind',
  `"content_kind" IN ('POST', 'COMMENT', 'TESTIMONIAL', 'CHAT_MESSAGE', 'USER')`,
)
@Check('CHK_moderation_cases_status', `"status" IN ('OPEN', 'RESOLVED')`)
@Check(
  'CHK_moderation_cases_priority',
  `("priority" = 'URGENT' AND "priority_rank" = 0) OR ("priority" = 'HIGH' AND "priority_rank" = 1) OR ("priority" = 'NORMAL' AND "priority_rank" = 2) OR ("priority" = 'LOW' AND "priority_rank" = 3)`,
)
@Check('CHK_moderation_cases_report_count', `"report_count" >= 0`)
@Check('CHK_moderation_cases_resolved', `("status" = 'OPEN') = ("resolved_at" IS NULL)`)
@Index('UQ_moderation_cases_open_content', ['contentKind', 'contentId'], {
  unique: true,
  where: `"status" = 'OPEN' AND NOT "appeal"`,
})
@Check(
  'CHK_moderation_cases_risk',
  `("risk_level" IS NULL AND "risk_rank" = 3) OR ("risk_level" = 'NONE' AND "risk_rank" = 3) OR ("risk_level" = 'CONCERN' AND "risk_rank" = 2) OR ("risk_level" = 'HIGH' AND "risk_rank" = 1) OR ("risk_level" = 'IMMINENT' AND "risk_rank" = 0)`,
)
@Index('IDX_moderation_cases_queue', ['status', 'priorityRank', 'riskRank', 'createdAt', 'id'])
@Index('IDX_moderation_cases_author', ['authorId', 'createdAt'])
@Index('IDX_moderation_cases_escalation', ['urgentAt'], {
  where: `"status" = 'OPEN' AND "assignee_id" IS NULL AND "escalated_at" IS NULL AND "urgent_at" IS NOT NULL`,
})
export class ModerationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'content_kind', type: 'varchar', length: 16 })
  contentKind: ContentKind;

  @Column({ name: 'content_id', type: 'uuid' })
  contentId: string;

  /** The author of the content (the member themself for a USER case); null for a deleted account's row. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 600 })
  excerpt: string;

  @Column({ type: 'varchar', length: 12, default: CaseStatus.OPEN })
  status: CaseStatus;

  @Column({ type: 'varchar', length: 12 })
  priority: CasePriority;

  /** 0 = URGENT … 3 = LOW, kept beside `priority` so the queue sorts by an index. */
  @Column({ name: 'priority_rank', type: 'smallint' })
  priorityRank: number;

  @Column({ type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  sources: CaseSource[];

  @Column({ name: 'auto_flags', type: 'varchar', length: 100, array: true, default: () => "'{}'" })
  autoFlags: string[];

  /** The graded crisis risk of the content; null for cases without a grade (reports, accounts). */
  @Column({ name: 'risk_level', type: 'varchar', length: 12, nullable: true })
  riskLevel: RiskLevel | null;

  /** 0 = IMMINENT … 3 = none: within a priority, IMMINENT sorts first. */
  @Column({ name: 'risk_rank', type: 'smallint', default: 3 })
  riskRank: number;

  /** Why the detectors fired. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  signals: DetectionSignal[];

  /** An APPEAL case: it is resolved only by APPEAL_UPHELD or APPEAL_REVERSED. */
  @Column({ type: 'boolean', default: false })
  appeal: boolean;

  @Column({ name: 'report_count', type: 'integer', default: 0 })
  reportCount: number;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution: ModerationAction | null;

  @Column({ name: 'resolution_note', type: 'varchar', length: 2000, nullable: true })
  resolutionNote: string | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** When the case became URGENT (its opening, or the report or flag that raised it); null otherwise. */
  @Column({ name: 'urgent_at', type: 'timestamptz', precision: 3, nullable: true })
  urgentAt: Date | null;

  /** When the on-call moderators were paged about it; a case is paged once. */
  @Column({ name: 'escalated_at', type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
