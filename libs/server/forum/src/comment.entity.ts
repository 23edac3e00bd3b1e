import { ContentStatus } from '@haven/shared/contracts';
import { UserEntity } from '@haven/server/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PostEntity } from './post.entity';

/** A comment on a post, oldest first in its thread. */
@Entity('forum_comments')
@Check('CHK_forum_comments_status', `"status" IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED')`)
@Index('IDX_forum_comments_thread', ['postId', 'createdAt', 'id'])
@Index('IDX_forum_comments_author', ['authorId', 'createdAt'])
@Index('IDX_forum_comments_parent', { synchronize: false })
@Index('IDX_forum_comments_search', { synchronize: false })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  /** Set when the comment answers another comment of the post (one level deep). */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CommentEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 20, default: ContentStatus.PUBLISHED })
  status: ContentStatus;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Set when the author deletes the comment: it stays in the thread as "[deleted]". */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Kept by a trigger from the text (see the migration); never written by the application. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;
}
