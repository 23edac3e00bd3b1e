import { AppealStatus, type ModerationAction } from '@haven/shared/contracts';
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
import { ModerationLogEntryEntity } from '../moderation-log-entry.entity';

/**
 * A member's appeal of one moderation decision (one log entry), made from the notice that told them
 * of it. One appeal per decision (a unique index); it opens an APPEAL case that the moderator who took
 * the decision cannot handle.
 */
@Entity('moderation_appeals')
@Check('CHK_moderation_appeals_status', `"status" IN ('OPEN', 'UPHELD', 'REVERSED')`)
@Check('CHK_moderation_appeals_decided', `("status" = 'OPEN') = ("decided_at" IS NULL)`)
@Index('UQ_moderation_appeals_log_entry', ['logEntryId'], { unique: true })
@Index('UQ_moderation_appeals_notice', ['noticeId'], { unique: true })
@Index('UQ_moderation_appeals_case', ['caseId'], { unique: true })
@Index('IDX_moderation_appeals_user', ['userId', 'createdAt'])
export class ModerationAppealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The member who appealed. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'notice_id', type: 'uuid' })
  noticeId: string;

  /** The decision appealed. */
  @Column({ name: 'log_entry_id', type: 'uuid' })
  logEntryId: string;

  @ManyToOne(() => ModerationLogEntryEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'log_entry_id' })
  logEntry?: ModerationLogEntryEntity;

  /** The APPEAL case it opened. */
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'appealed_action', type: 'varchar', length: 16 })
  appealedAction: ModerationAction;

  /** The moderator who took the decision: they cannot decide the appeal. */
  @Column({ name: 'acted_by_id', type: 'uuid' })
  actedById: string;

  @Column({ type: 'varchar', length: 1000 })
  note: string;

  @Column({ type: 'varchar', length: 12, default: AppealStatus.OPEN })
  status: AppealStatus;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  /** What the deciding moderator told the member. */
  @Column({ name: 'decision_note', type: 'varchar', length: 2000, nullable: true })
  decisionNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
