import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One moderation action. Append-only: there is no code path that changes or deletes a row, and a
 * database trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE on the table.
 */
@Entity('moderation_log')
@Check(
  'CHK_moderation_log_action',
  `"action" IN ('APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER', 'POST_PINNED', 'POST_LOCKED', 'POST_MOVED', 'ROLE_CHANGED', 'STATUS_CHANGED', 'CATEGORY_CHANGED', 'ROOM_CHANGED', 'APPEAL_UPHELD', 'APPEAL_REVERSED', 'MEMBER_MUTED', 'HELD_FOR_REVIEW', 'REACHED_OUT')`,
)
@Index('IDX_moderation_log_created', ['createdAt', 'id'])
@Index('IDX_moderation_log_target', ['targetUserId', 'createdAt'])
export class ModerationLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ type: 'varchar', length: 16 })
  action: ModerationAction;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'content_kind', type: 'varchar', length: 16, nullable: true })
  contentKind: ContentKind | null;

  @Column({ name: 'content_id', type: 'uuid', nullable: true })
  contentId: string | null;

  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  /** The action resolved a case another moderator had claimed (`force: true`). */
  @Column({ type: 'boolean', default: false })
  forced: boolean;

  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
