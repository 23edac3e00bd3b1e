import { UserEntity } from '@haven/server/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** How closely a member follows a post: WATCHING, NORMAL or MUTED. */
@Entity('notification_post_watches')
@Check('CHK_notification_post_watches_level', `"level" IN ('WATCHING', 'NORMAL', 'MUTED')`)
@Index('IDX_notification_post_watches_post', ['postId', 'level'])
export class PostWatchEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ type: 'varchar', length: 10 })
  level: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** A member who watches a category hears of every new post in it. */
@Entity('notification_category_watches')
@Check('CHK_notification_category_watches_level', `"level" IN ('WATCHING', 'NORMAL', 'MUTED')`)
@Index('IDX_notification_category_watches_category', ['categoryId', 'level'])
export class CategoryWatchEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ type: 'varchar', length: 10 })
  level: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
