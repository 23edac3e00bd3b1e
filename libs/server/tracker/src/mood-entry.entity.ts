import { MoodScale } from '@haven/shared/contracts';
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
} from 'typeorm';

/** A mood check-in in a member's private log: a PHQ-9 (with its answers) or a quick 0–10 score. */
@Entity('tracker_moods')
@Index('IDX_tracker_moods_owner', ['ownerId', 'date'])
@Check('CHK_tracker_moods_scale', `"scale" IN ('PHQ9', 'ZERO_TO_TEN')`)
@Check(
  'CHK_tracker_moods_score',
  `("scale" = 'PHQ9' AND "score" BETWEEN 0 AND 27) OR ("scale" = 'ZERO_TO_TEN' AND "score" BETWEEN 0 AND 10)`,
)
export class MoodEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  date: Date;

  @Column({ type: 'varchar', length: 12 })
  scale: MoodScale;

  @Column({ type: 'smallint' })
  score: number;

  /** The nine PHQ-9 answers (0..3) when given. */
  @Column({ name: 'phq9_answers', type: 'smallint', array: true, nullable: true })
  phq9Answers: number[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
