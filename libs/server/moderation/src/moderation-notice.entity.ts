import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a member is told about a moderation action on their content or account. */
@Entity('moderation_notices')
@Check(
  'CHK_moderation_notices_action',
  `"action" IN ('APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER', 'APPEAL_UPHELD', 'APPEAL_REVERSED', 'MEMBER_MUTED', 'HELD_FOR_REVIEW', 'REACHED_OUT')`,
)
@Index('IDX_moderation_notices_user', ['userId', 'createdAt', 'id'])
export class ModerationNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  action: ModerationAction;

  @Column({ type: 'varchar', length: 500 })
  message: string;

  /** The moderator's note, when they wrote one. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ name: 'content_kind', type: 'varchar', length: 16, nullable: true })
  contentKind: ContentKind | null;

  @Column({ name: 'content_id', type: 'uuid', nullable: true })
  contentId: string | null;

  /** The logged decision the notice tells of: what an appeal of it is about. */
  @Column({ name: 'log_entry_id', type: 'uuid', nullable: true })
  logEntryId: string | null;

  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  /** When what the notice tells of ends (a mute). */
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
