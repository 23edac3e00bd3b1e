import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER'`;
const AFTER = `${BEFORE}, 'POST_PINNED', 'POST_LOCKED', 'POST_MOVED'`;

/** The log records the thread tools: pinning, locking and moving posts. */
export class ThreadToolActions1796600000001 implements MigrationInterface {
  name = 'ThreadToolActions1796600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_log" DROP CONSTRAINT "CHK_moderation_log_action"`);
    await queryRunner.query(
      `ALTER TABLE "moderation_log" ADD CONSTRAINT "CHK_moderation_log_action" CHECK ("action" IN (${AFTER}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_log" DROP CONSTRAINT "CHK_moderation_log_action"`);
    await queryRunner.query(
      `ALTER TABLE "moderation_log" ADD CONSTRAINT "CHK_moderation_log_action" CHECK ("action" IN (${BEFORE}))`,
    );
  }
}
