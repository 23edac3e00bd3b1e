import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Posts whose author was shown crisis resources: readers get a note on responding safely. */
export class CrisisSupport1796700000003 implements MigrationInterface {
  name = 'CrisisSupport1796700000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forum_posts" ADD "crisis_support" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forum_posts" DROP COLUMN "crisis_support"`);
  }
}
