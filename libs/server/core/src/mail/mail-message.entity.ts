import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  /** Waiting for its job (or for a retry). */
  QUEUED = 'QUEUED',
  /** Handed to the SMTP server. */
  SENT = 'SENT',
  /** No SMTP server is configured: kept here, its subject and link printed in the log. */
  OUTBOX = 'OUTBOX',
  /** Every try failed; an administrator can see it in the outbox. */
  FAILED = 'FAILED',
}

/**
 * One e-mail, written in the transaction that causes it and sent by a job. Bodies are cleared once the
 * message is sent or has failed; the outbox of the embedded default keeps them.
 */
@Entity('mail_messages')
@Index(['status', 'createdAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account it is for (unsubscribe links name it). */
  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  /** What kind of message it is, e.g. `account.reset-password`. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 120 })
  subject: string;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** The one action the message leads to, printed in the log when it stays in the outbox. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  link: string | null;

  @Column({ name: 'unsubscribe_url', type: 'varchar', length: 2000 })
  unsubscribeUrl: string;

  @Column({ type: 'varchar', length: 10, default: MailStatus.QUEUED })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}

/** A member's "no more of this" from an unsubscribe link: `list` is a kind of mail, or `all`. */
@Entity('mail_suppressions')
export class MailSuppressionEntity {
  @Column({ name: 'user_id', type: 'uuid', primary: true })
  userId: string;

  @Column({ type: 'varchar', length: 60, primary: true })
  list: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
