import { UserEntity } from '@haven/server/identity';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A member's tracker choices: whether moderators may be asked to check in when a mood entry is severe. */
@Entity('tracker_settings')
export class TrackerSettingsEntity {
  @PrimaryColumn({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'check_in_consent', type: 'boolean', default: false })
  checkInConsent: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
