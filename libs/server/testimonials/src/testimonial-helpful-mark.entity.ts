import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TestimonialEntity } from './testimonial.entity';

/** One member found one testimonial helpful. The primary key makes it once per member. */
@Entity('testimonial_helpful_marks')
@Index('IDX_testimonial_helpful_marks_user', ['userId'])
export class TestimonialHelpfulMarkEntity {
  @PrimaryColumn({ name: 'testimonial_id', type: 'uuid' })
  testimonialId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => TestimonialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'testimonial_id' })
  testimonial?: TestimonialEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
