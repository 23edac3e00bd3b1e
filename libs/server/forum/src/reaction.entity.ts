import type { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One member's reaction of one kind to a post or a comment; giving it twice is impossible by the unique key. */
@Entity('forum_reactions')
@Check('CHK_forum_reactions_target', `"target_kind" IN ('POST', 'COMMENT')`)
@Check('CHK_forum_reactions_kind', `"kind" IN ('SUPPORT', 'HUG', 'RELATE', 'HELPFUL')`)
@Index('UQ_forum_reactions_once', ['targetKind', 'targetId', 'userId', 'kind'], { unique: true })
@Index('IDX_forum_reactions_user', ['userId'])
export class ReactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'target_kind', type: 'varchar', length: 10 })
  targetKind: ReactableKind;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: ReactionKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
