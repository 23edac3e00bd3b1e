import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A moderator's private note on a member. Append-only like the moderation log: no code path changes
 * or deletes one, and a database trigger refuses UPDATE and DELETE.
 */
@Entity('moderation_member_notes')
@Index('IDX_moderation_member_notes_user', ['userId', 'createdAt'])
export class MemberNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The member the note is about. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
