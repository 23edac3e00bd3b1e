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

/** A live support room. Seeded by the migration; administrators add and rename rooms. */
@Entity('chat_rooms')
@Check('CHK_chat_rooms_support_pair', `("support_member_id" IS NULL) = ("support_moderator_id" IS NULL)`)
@Index('UQ_chat_rooms_support_pair', ['supportMemberId', 'supportModeratorId'], {
  unique: true,
  where: '"support_member_id" IS NOT NULL',
})
@Check('CHK_chat_rooms_slow_mode', '"slow_mode_seconds" >= 0 AND "slow_mode_seconds" <= 3600')
export class ChatRoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 48, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  /** Nobody but moderators may send while a room is locked. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  /** Seconds a member waits between two messages in this room; 0 is off. */
  @Column({ name: 'slow_mode_seconds', type: 'integer', default: 0 })
  slowModeSeconds: number;

  /** A private support room: the member a moderator reached out to (only the two may join). */
  @Column({ name: 'support_member_id', type: 'uuid', nullable: true })
  supportMemberId: string | null;

  @Column({ name: 'support_moderator_id', type: 'uuid', nullable: true })
  supportModeratorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'support_member_id', foreignKeyConstraintName: 'FK_chat_rooms_support_member' })
  supportMember?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'support_moderator_id', foreignKeyConstraintName: 'FK_chat_rooms_support_moderator' })
  supportModerator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
