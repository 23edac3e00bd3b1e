import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A log entry records whether the action overrode another moderator's claim (`force: true`). */
export class ModerationForcedResolve1796100000000 implements MigrationInterface {
  name = 'ModerationForcedResolve1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_log" ADD "forced" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_log" DROP COLUMN "forced"`);
  }
}
