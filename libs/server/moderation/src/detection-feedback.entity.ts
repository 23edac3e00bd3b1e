import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { DetectionVerdict, RiskLevel } from '@haven/shared/contracts';
import { UserEntity } from '@haven/server/identity';
import { ModerationCaseEntity } from './moderation-case.entity';

/** A moderator's label on a case's automatic detection: the corpus grows from real use. */
@Entity('detection_feedback')
@Check('CHK_detection_feedback_verdict', `"verdict" IN ('CORRECT', 'FALSE_ALARM', 'MISSED')`)
@Check('CHK_detection_feedback_level', `"correct_level" IN ('NONE', 'CONCERN', 'HIGH', 'IMMINENT')`)
@Unique('UQ_detection_feedback_case_moderator', ['caseId', 'moderatorId'])
@Index('IDX_detection_feedback_created', ['createdAt', 'id'])
export class DetectionFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_detection_feedback_case' })
  case?: ModerationCaseEntity;

  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'moderator_id', foreignKeyConstraintName: 'FK_detection_feedback_moderator' })
  moderator?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  verdict: DetectionVerdict;

  /** What the detector graded (null when the case carries no grade). */
  @Column({ name: 'detected_level', type: 'varchar', length: 12, nullable: true })
  detectedLevel: RiskLevel | null;

  /** The level the text should have had, by the moderator's verdict. */
  @Column({ name: 'correct_level', type: 'varchar', length: 12 })
  correctLevel: RiskLevel;

  /** Whether the text is drug sourcing, by the moderator's verdict. */
  @Column({ type: 'boolean' })
  sourcing: boolean;

  /** The case's excerpt, as the corpus text. */
  @Column({ type: 'varchar', length: 600 })
  text: string;

  /** The signal categories the detector gave. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  categories: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
