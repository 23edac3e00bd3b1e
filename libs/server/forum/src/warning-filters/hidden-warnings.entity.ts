import { UserEntity } from '@haven/server/identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ContentWarning } from '@haven/shared/contracts';

/**
 * A member's content-warning filter: posts carrying any of these warnings are left out of their
 * feeds, search and counts (the forum's visibility rule reads this table). No row: nothing hidden.
 */
@Entity('forum_hidden_warnings')
export class HiddenWarningsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  warnings: ContentWarning[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_forum_hidden_warnings_user' })
  user?: UserEntity;
}
