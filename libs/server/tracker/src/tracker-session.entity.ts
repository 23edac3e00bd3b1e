import { TreatmentModality, TreatmentSetting } from '@haven/shared/contracts';
import { UserEntity } from '@haven/server/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A treatment session in a member's private log. Read by its owner only; never in any statistic. */
@Entity('tracker_sessions')
@Index('IDX_tracker_sessions_owner', ['ownerId', 'date'])
export class TrackerSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  date: Date;

  @Column({ type: 'varchar', length: 32 })
  modality: TreatmentModality;

  @Column({ type: 'varchar', length: 32, nullable: true })
  setting: TreatmentSetting | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
