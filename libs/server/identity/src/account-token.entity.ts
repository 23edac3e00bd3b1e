import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  CHANGE_EMAIL = 'CHANGE_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/**
 * A one-time link sent by e-mail: verification of an address, an e-mail change, a password reset.
 * Only the SHA-256 of the random token is stored; a token works once, before it expires.
 */
@Entity('account_tokens')
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  purpose: AccountTokenPurpose;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  /** The address the link was sent to (the new one, for an e-mail change). */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
