import { UserEntity } from '@haven/server/identity';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A member's choice for one kind; absent means the default of that kind. */
@Entity('notification_preferences')
@Check(
  'CHK_notification_preferences_delivery',
  `"delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST', 'PUSH', 'OFF')`,
)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  delivery: string;
}
