import { SideEffect, StillRelieved, TestimonialStatus, TreatmentModality } from '@haven/shared/contracts';
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
import { TestimonialEntity } from '../testimonial.entity';

/**
 * A follow-up check-in on a testimonial, at one of its points. Public with the testimonial once
 * PUBLISHED (at once without a note; after review with one), with the testimonial's anonymity: it
 * names no author of its own. At most one check-in that is not withdrawn per point.
 */
@Entity('testimonial_check_ins')
@Index('IDX_check_ins_point', ['testimonialId', 'monthsAfter'], {
  unique: true,
  where: `"status" <> 'WITHDRAWN'`,
})
@Check('CHK_check_ins_scores', `("phq9" IS NULL) <> ("phq2" IS NULL)`)
@Check('CHK_check_ins_phq9', `"phq9" IS NULL OR "phq9" BETWEEN 0 AND 27`)
@Check('CHK_check_ins_phq2', `"phq2" IS NULL OR "phq2" BETWEEN 0 AND 6`)
@Check('CHK_check_ins_maintenance', `"maintenance_sessions" BETWEEN 0 AND 100`)
@Check('CHK_check_ins_status', `"status" IN ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'testimonial_id', type: 'uuid' })
  testimonialId: string;

  @ManyToOne(() => TestimonialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'testimonial_id' })
  testimonial?: TestimonialEntity;

  @Column({ name: 'months_after', type: 'smallint' })
  monthsAfter: number;

  @Column({ type: 'smallint', nullable: true })
  phq9: number | null;

  @Column({ type: 'smallint', nullable: true })
  phq2: number | null;

  @Column({ name: 'still_relieved', type: 'varchar', length: 8 })
  stillRelieved: StillRelieved;

  @Column({ name: 'maintenance_sessions', type: 'smallint' })
  maintenanceSessions: number;

  @Column({ name: 'maintenance_modality', type: 'varchar', length: 32, nullable: true })
  maintenanceModality: TreatmentModality | null;

  @Column({ name: 'side_effects', type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  sideEffects: SideEffect[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: TestimonialStatus;

  @Column({ name: 'rejection_note', type: 'varchar', length: 2000, nullable: true })
  rejectionNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;
}
