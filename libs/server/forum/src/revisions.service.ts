import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { RevisionObject } from './dto/revision.object';

export type RevisedKind = 'POST' | 'COMMENT';

/** The text a post or comment had before each edit, oldest first. */
@Injectable()
export class RevisionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Keeps what the content said before an edit; called inside the edit's transaction. */
  async keep(
    manager: EntityManager,
    kind: RevisedKind,
    contentId: string,
    before: { title: string | null; body: string },
    editorId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO forum_revisions (content_kind, content_id, title, body, editor_id) VALUES ($1, $2, $3, $4, $5)`,
      [kind, contentId, before.title, before.body, editorId],
    );
  }

  /** Erases the history with the content (the author deleted it). */
  async erase(manager: EntityManager, kind: RevisedKind, contentId: string): Promise<void> {
    await manager.query('DELETE FROM forum_revisions WHERE content_kind = $1 AND content_id = $2', [
      kind,
      contentId,
    ]);
  }

  /** The revisions of each content id, oldest first. One query for the batch. */
  async forIds(kind: RevisedKind, ids: readonly string[]): Promise<RevisionObject[][]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.db.query<
            { content_id: string; title: string | null; body: string; edited_at: Date; editor_id: string }[]
          >(
            `SELECT content_id, title, body, edited_at, editor_id FROM forum_revisions
             WHERE content_kind = $1 AND content_id = ANY($2::uuid[]) ORDER BY edited_at, id`,
            [kind, valid],
          )
        : [];
    const byId = new Map<string, RevisionObject[]>();
    for (const row of rows) {
      const list = byId.get(row.content_id) ?? [];
      list.push({ title: row.title, body: row.body, editedAt: row.edited_at, editorId: row.editor_id });
      byId.set(row.content_id, list);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }
}
