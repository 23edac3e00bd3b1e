import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TestimonialEntity } from '../testimonial.entity';

/** A reminder sent for one follow-up point: the sweep sends each point's reminder once. */
@Entity('testimonial_follow_up_reminders')
export class FollowUpReminderEntity {
  @PrimaryColumn({ name: 'testimonial_id', type: 'uuid' })
  testimonialId: string;

  @PrimaryColumn({ name: 'months_after', type: 'smallint' })
  monthsAfter: number;

  @ManyToOne(() => TestimonialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'testimonial_id' })
  testimonial?: TestimonialEntity;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3 })
  sentAt: Date;
}
