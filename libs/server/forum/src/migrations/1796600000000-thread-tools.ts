import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Pinned and locked posts, archived categories, and the revisions every edit keeps. */
export class ThreadTools1796600000000 implements MigrationInterface {
  name = 'ThreadTools1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forum_posts" ADD "pinned" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "forum_posts" ADD "locked" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "forum_posts" ADD "lock_note" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "forum_categories" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "forum_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_kind" character varying(16) NOT NULL, "content_id" uuid NOT NULL, "title" character varying(200), "body" text NOT NULL, "editor_id" uuid NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_forum_revisions_kind" CHECK ("content_kind" IN ('POST', 'COMMENT')), CONSTRAINT "PK_forum_revisions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_revisions_content" ON "forum_revisions" ("content_kind", "content_id", "edited_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_revisions" ADD CONSTRAINT "FK_forum_revisions_editor" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "forum_revisions"`);
    await queryRunner.query(`ALTER TABLE "forum_categories" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "forum_posts" DROP COLUMN "lock_note"`);
    await queryRunner.query(`ALTER TABLE "forum_posts" DROP COLUMN "locked"`);
    await queryRunner.query(`ALTER TABLE "forum_posts" DROP COLUMN "pinned"`);
  }
}
