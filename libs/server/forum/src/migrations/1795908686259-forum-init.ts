import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COMMENT_SEARCH_EXPRESSION } from '../comment.entity';
import { seedStarterCategories } from '../forum.seed';
import { POST_SEARCH_EXPRESSION } from '../post.entity';

export class ForumInit1795908686259 implements MigrationInterface {
  name = 'ForumInit1795908686259';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "forum_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(60) NOT NULL, "name" character varying(60) NOT NULL, "description" character varying(300) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c4514e6744ff9e613f20eb108f0" UNIQUE ("slug"), CONSTRAINT "PK_502afa07fc57ce4b302dc00217e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
      ['forum_posts', POST_SEARCH_EXPRESSION],
    );
    await queryRunner.query(
      `CREATE TABLE "forum_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "tags" character varying(32) array NOT NULL DEFAULT '{}', "content_warnings" character varying(24) array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'PUBLISHED', "comment_count" integer NOT NULL DEFAULT '0', "reaction_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED NOT NULL, CONSTRAINT "CHK_forum_posts_counts" CHECK ("comment_count" >= 0 AND "reaction_count" >= 0), CONSTRAINT "CHK_forum_posts_status" CHECK ("status" IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED')), CONSTRAINT "PK_3e9c301114a0fd42c998681b04e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_posts_author" ON "forum_posts"  ("author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_posts_category_newest" ON "forum_posts"  ("category_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_posts_category_activity" ON "forum_posts"  ("category_id", "last_activity_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_posts_supported" ON "forum_posts"  ("reaction_count", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_forum_posts_newest" ON "forum_posts"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_posts_activity" ON "forum_posts"  ("last_activity_at", "id") `,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
      ['forum_comments', COMMENT_SEARCH_EXPRESSION],
    );
    await queryRunner.query(
      `CREATE TABLE "forum_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PUBLISHED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(body, ''))) STORED NOT NULL, CONSTRAINT "CHK_forum_comments_status" CHECK ("status" IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED')), CONSTRAINT "PK_1c860feac1713d199c00ce1e9d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_comments_author" ON "forum_comments"  ("author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_comments_thread" ON "forum_comments"  ("post_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_reactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_kind" character varying(10) NOT NULL, "target_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_forum_reactions_kind" CHECK ("kind" IN ('SUPPORT', 'HUG', 'RELATE', 'HELPFUL')), CONSTRAINT "CHK_forum_reactions_target" CHECK ("target_kind" IN ('POST', 'COMMENT')), CONSTRAINT "PK_b75961f0ca333abc65e672eef6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_forum_reactions_user" ON "forum_reactions"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_forum_reactions_once" ON "forum_reactions"  ("target_kind", "target_id", "user_id", "kind") `,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_posts" ADD CONSTRAINT "FK_6236b8b634f0fc7086c7ff03dcf" FOREIGN KEY ("category_id") REFERENCES "forum_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_posts" ADD CONSTRAINT "FK_141ee222adc1090094e49486a00" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_comments" ADD CONSTRAINT "FK_274dc9abde99249ab89a47789b2" FOREIGN KEY ("post_id") REFERENCES "forum_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_comments" ADD CONSTRAINT "FK_8e7d4ffc2c0ccb3087e2d590c57" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // What TypeORM cannot express: full-text and tag indexes (GIN), and the starter categories.
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_posts_search" ON "forum_posts" USING GIN ("search_vector")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_comments_search" ON "forum_comments" USING GIN ("search_vector")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_forum_posts_tags" ON "forum_posts" USING GIN ("tags")`);
    await seedStarterCategories(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_tags"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_comments_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_search"`);
    await queryRunner.query(`ALTER TABLE "forum_comments" DROP CONSTRAINT "FK_8e7d4ffc2c0ccb3087e2d590c57"`);
    await queryRunner.query(`ALTER TABLE "forum_comments" DROP CONSTRAINT "FK_274dc9abde99249ab89a47789b2"`);
    await queryRunner.query(`ALTER TABLE "forum_posts" DROP CONSTRAINT "FK_141ee222adc1090094e49486a00"`);
    await queryRunner.query(`ALTER TABLE "forum_posts" DROP CONSTRAINT "FK_6236b8b634f0fc7086c7ff03dcf"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_forum_reactions_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_reactions_user"`);
    await queryRunner.query(`DROP TABLE "forum_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_comments_thread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_comments_author"`);
    await queryRunner.query(`DROP TABLE "forum_comments"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'forum_comments'`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_activity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_newest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_supported"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_category_activity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_category_newest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_author"`);
    await queryRunner.query(`DROP TABLE "forum_posts"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'forum_posts'`,
    );
    await queryRunner.query(`DROP TABLE "forum_categories"`);
  }
}
