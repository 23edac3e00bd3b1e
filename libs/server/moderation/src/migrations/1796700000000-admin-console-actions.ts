import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER', 'POST_PINNED', 'POST_LOCKED', 'POST_MOVED'`;
/** Every action the member-safety contract names, so the log takes each as it lands. */
const AFTER = `${BEFORE}, 'ROLE_CHANGED', 'STATUS_CHANGED', 'CATEGORY_CHANGED', 'ROOM_CHANGED', 'MEMBER_MUTED', 'APPEAL_UPHELD', 'APPEAL_REVERSED', 'HELD_FOR_REVIEW', 'REACHED_OUT'`;

/** The log records administrators' and moderators' changes: roles, status, categories, rooms and mutes. */
export class AdminConsoleActions1796700000000 implements MigrationInterface {
  name = 'AdminConsoleActions1796700000000';

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
