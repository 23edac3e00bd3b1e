import { ContentKind, ReportReason } from '@haven/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ModerationCaseEntity } from './moderation-case.entity';

/** A member's report. It joins the open case of the content; one report per member per case. */
@Entity('moderation_reports')
@Check(
  'CHK_moderation_reports_reason',
  `"reason" IN ('CRISIS_RISK', 'HARASSMENT', 'SPAM', 'MISINFORMATION', 'DRUG_SOURCING', 'PRIVACY_VIOLATION', 'OTHER')`,
)
@Index('UQ_moderation_reports_case_reporter', ['caseId', 'reporterId'], { unique: true })
@Index('IDX_moderation_reports_reporter', ['reporterId', 'createdAt'])
export class ModerationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  moderationCase?: ModerationCaseEntity;

  @Column({ name: 'content_kind', type: 'varchar', length: 16 })
  contentKind: ContentKind;

  @Column({ name: 'content_id', type: 'uuid' })
  contentId: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @Column({ type: 'varchar', length: 24 })
  reason: ReportReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /**
   * The content's text (its queue excerpt) when it was reported, so a later edit cannot hide what was
   * reported. Moderators only; null for reports made before it was kept.
   */
  @Column({ name: 'reported_text', type: 'varchar', length: 600, nullable: true })
  reportedText: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
