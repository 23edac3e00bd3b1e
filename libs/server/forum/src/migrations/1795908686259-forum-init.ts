import type { MigrationInterface, QueryRunner } from 'typeorm';
import { seedStarterCategories } from '../forum.seed';

/** English full-text documents, kept by triggers: a post's title weighs more than its body. */
const POST_DOCUMENT = `setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') || setweight(to_tsvector('english', coalesce(NEW.body, '')), 'B')`;
const COMMENT_DOCUMENT = `to_tsvector('english', coalesce(NEW.body, ''))`;

export class ForumInit1795908686259 implements MigrationInterface {
  name = 'ForumInit1795908686259';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "forum_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(60) NOT NULL, "name" character varying(60) NOT NULL, "description" character varying(300) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c4514e6744ff9e613f20eb108f0" UNIQUE ("slug"), CONSTRAINT "PK_502afa07fc57ce4b302dc00217e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "tags" character varying(32) array NOT NULL DEFAULT '{}', "content_warnings" character varying(24) array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'PUBLISHED', "comment_count" integer NOT NULL DEFAULT '0', "reaction_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector NOT NULL, CONSTRAINT "CHK_forum_posts_counts" CHECK ("comment_count" >= 0 AND "reaction_count" >= 0), CONSTRAINT "CHK_forum_posts_status" CHECK ("status" IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED')), CONSTRAINT "PK_3e9c301114a0fd42c998681b04e" PRIMARY KEY ("id"))`,
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
      `CREATE TABLE "forum_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PUBLISHED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector NOT NULL, CONSTRAINT "CHK_forum_comments_status" CHECK ("status" IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED')), CONSTRAINT "PK_1c860feac1713d199c00ce1e9d1" PRIMARY KEY ("id"))`,
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

    // What TypeORM cannot express: the search documents (triggers), GIN indexes, and the starter categories.
    await queryRunner.query(`CREATE FUNCTION "forum_posts_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW."search_vector" := ${POST_DOCUMENT}; RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER "forum_posts_search_document" BEFORE INSERT OR UPDATE OF "title", "body" ON "forum_posts"
      FOR EACH ROW EXECUTE FUNCTION "forum_posts_search_document"()`);
    await queryRunner.query(`CREATE FUNCTION "forum_comments_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW."search_vector" := ${COMMENT_DOCUMENT}; RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER "forum_comments_search_document" BEFORE INSERT OR UPDATE OF "body" ON "forum_comments"
      FOR EACH ROW EXECUTE FUNCTION "forum_comments_search_document"()`);
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
    await queryRunner.query(`DROP TRIGGER "forum_comments_search_document" ON "forum_comments"`);
    await queryRunner.query(`DROP FUNCTION "forum_comments_search_document"()`);
    await queryRunner.query(`DROP TRIGGER "forum_posts_search_document" ON "forum_posts"`);
    await queryRunner.query(`DROP FUNCTION "forum_posts_search_document"()`);
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
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_activity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_newest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_supported"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_category_activity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_category_newest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_posts_author"`);
    await queryRunner.query(`DROP TABLE "forum_posts"`);
    await queryRunner.query(`DROP TABLE "forum_categories"`);
  }
}
