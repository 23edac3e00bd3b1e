import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentReplies1796157530748 implements MigrationInterface {
  name = 'CommentReplies1796157530748';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forum_comments" ADD "parent_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "forum_comments" ADD CONSTRAINT "FK_e7e5018020265b504f5f3fba230" FOREIGN KEY ("parent_id") REFERENCES "forum_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_forum_comments_parent" ON "forum_comments" ("parent_id") WHERE "parent_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_forum_comments_parent"`);
    await queryRunner.query(`ALTER TABLE "forum_comments" DROP CONSTRAINT "FK_e7e5018020265b504f5f3fba230"`);
    await queryRunner.query(`ALTER TABLE "forum_comments" DROP COLUMN "parent_id"`);
  }
}
