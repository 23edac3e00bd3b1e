import type { MigrationInterface, QueryRunner } from 'typeorm';

const NOTICE_BEFORE = `'APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER'`;
const NOTICE_AFTER = `${NOTICE_BEFORE}, 'MEMBER_MUTED', 'HELD_FOR_REVIEW', 'REACHED_OUT'`;
const LOG_BEFORE = `${NOTICE_BEFORE}, 'POST_PINNED', 'POST_LOCKED', 'POST_MOVED'`;
// The member-safety actions are listed too, so the log accepts every action the contract names.
const LOG_AFTER = `${LOG_BEFORE}, 'ROLE_CHANGED', 'STATUS_CHANGED', 'CATEGORY_CHANGED', 'ROOM_CHANGED', 'MEMBER_MUTED', 'APPEAL_UPHELD', 'APPEAL_REVERSED', 'REACHED_OUT'`;

/**
 * Members are told of mutes, holds and a moderator reaching out (with when a mute ends), and the log
 * records mutes and reaching out.
 */
export class MembersTold1796700000000 implements MigrationInterface {
  name = 'MembersTold1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_notices" ADD "ends_at" TIMESTAMP WITH TIME ZONE`);
    await this.check(queryRunner, 'moderation_notices', 'CHK_moderation_notices_action', NOTICE_AFTER);
    await this.check(queryRunner, 'moderation_log', 'CHK_moderation_log_action', LOG_AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.check(queryRunner, 'moderation_log', 'CHK_moderation_log_action', LOG_BEFORE);
    await this.check(queryRunner, 'moderation_notices', 'CHK_moderation_notices_action', NOTICE_BEFORE);
    await queryRunner.query(`ALTER TABLE "moderation_notices" DROP COLUMN "ends_at"`);
  }

  private async check(queryRunner: QueryRunner, table: string, name: string, values: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    await queryRunner.query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK ("action" IN (${values}))`,
    );
  }
}
