import { UserEntity } from '@haven/server/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of a member's notification list. Rows carry no content text: the summary is made from the
 * kind, the actor and `data` when read, so hidden or removed content never leaks through a notification.
 */
@Entity('notifications')
@Check('CHK_notifications_delivery', `"delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST', 'PUSH')`)
@Index('IDX_notifications_recipient', ['recipientId', 'createdAt', 'id'])
@Index('IDX_notifications_unread', { synchronize: false })
@Index('UQ_notifications_open_group', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** Who caused it last; null when it must not be shown (an anonymous testimonial, a moderator). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  /** Everyone it groups (reactions): `count` is their number. */
  @Column({ name: 'actor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  actorIds: string[];

  @Column({ name: 'subject_kind', type: 'varchar', length: 24, nullable: true })
  subjectKind: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The forum thread it belongs to, so muting a thread silences it. */
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  /** Where it leads in the web app. */
  @Column({ type: 'varchar', length: 300 })
  path: string;

  /** Small facts for the summary (a reaction kind, a moderation message); never content text. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /** Unread entries with the same key fold into one (reactions to the same content). */
  @Column({ name: 'group_key', type: 'varchar', length: 120, nullable: true })
  groupKey: string | null;

  /** IN_APP, EMAIL_NOW or EMAIL_DIGEST, fixed when it is created. */
  @Column({ type: 'varchar', length: 16 })
  delivery: string;

  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
