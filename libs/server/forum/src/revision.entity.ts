import { UserEntity } from '@haven/server/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a post or comment said before one edit: its title (posts) and body, who edited, and when.
 * Written in the transaction of the edit; erased with the content when its author deletes it.
 */
@Entity('forum_revisions')
@Check('CHK_forum_revisions_kind', `"content_kind" IN ('POST', 'COMMENT')`)
@Index('IDX_forum_revisions_content', ['contentKind', 'contentId', 'editedAt'])
export class RevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'content_kind', type: 'varchar', length: 16 })
  contentKind: 'POST' | 'COMMENT';

  @Column({ name: 'content_id', type: 'uuid' })
  contentId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'editor_id', type: 'uuid' })
  editorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editor_id', foreignKeyConstraintName: 'FK_forum_revisions_editor' })
  editor?: UserEntity;

  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;
}
