import { AccountStatus, JourneyStage, Role } from '@haven/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An account. Holds private columns (e-mail, password hash): never exposed as a GraphQL type. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased; null once the account is deleted. */
  @Column({ type: 'varchar', length: 254, unique: true, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40 })
  handle: string;

  /** Lower-cased handle: handles are unique whatever their case. */
  @Column({ name: 'handle_key', type: 'varchar', length: 40, unique: true })
  handleKey: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  bio: string | null;

  @Column({ name: 'journey_stage', type: 'varchar', length: 20, nullable: true })
  journeyStage: JourneyStage | null;

  @Column({ type: 'varchar', length: 12, default: Role.MEMBER })
  role: Role;

  @Column({ type: 'varchar', length: 12, default: AccountStatus.ACTIVE })
  status: AccountStatus;

  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ name: 'reveal_content_warnings', type: 'boolean', default: false })
  revealContentWarnings: boolean;

  /** When the member proved the address theirs; null until then (no e-mail notifications, no role). */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Moderators and administrators: paged first when an URGENT case waits unclaimed. */
  @Column({ name: 'on_call', type: 'boolean', default: false })
  onCall: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
