import { ContentStatus, type ContentWarning } from '@haven/shared/contracts';
import { UserEntity } from '@haven/server/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CategoryEntity } from './category.entity';

/**
 * A forum post. `commentCount` (published, not deleted comments) and `reactionCount` (all reactions)
 * are kept by atomic updates in the same transaction as the change that moves them.
 */
@Entity('forum_posts')
@Check('CHK_forum_posts_status', `"status" IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED')`)
@Check('CHK_forum_posts_counts', '"comment_count" >= 0 AND "reaction_count" >= 0')
@Index('IDX_forum_posts_activity', ['lastActivityAt', 'id'])
@Index('IDX_forum_posts_newest', ['createdAt', 'id'])
@Index('IDX_forum_posts_supported', ['reactionCount', 'createdAt', 'id'])
@Index('IDX_forum_posts_category_activity', ['categoryId', 'lastActivityAt', 'id'])
@Index('IDX_forum_posts_category_newest', ['categoryId', 'createdAt', 'id'])
@Index('IDX_forum_posts_author', ['authorId', 'createdAt'])
@Index('IDX_forum_posts_tags', { synchronize: false })
@Index('IDX_forum_posts_search', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: CategoryEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown as written. */
  @Column({ type: 'text' })
  body: string;

  /** `body` rendered and sanitised with the shared renderer when it is written. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'content_warnings', type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  contentWarnings: ContentWarning[];

  @Column({ type: 'varchar', length: 20, default: ContentStatus.PUBLISHED })
  status: ContentStatus;

  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  @Column({ name: 'reaction_count', type: 'int', default: 0 })
  reactionCount: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Moves with every new visible comment; the LATEST_ACTIVITY sort key. */
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  /** Pinned by a moderator: first in its category's list. */
  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  /** Locked by a moderator: no new comments. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  /** The author was shown crisis resources when posting (readers see how to respond safely). */
  @Column({ name: 'crisis_support', type: 'boolean', default: false })
  crisisSupport: boolean;

  /** Why the post is locked, shown on it; null when unlocked. */
  @Column({ name: 'lock_note', type: 'varchar', length: 500, nullable: true })
  lockNote: string | null;

  /** Set when the author deletes the post: the thread stays, shown as "[deleted]". */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Kept by a trigger from the text (see the migration); never written by the application. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;
}
