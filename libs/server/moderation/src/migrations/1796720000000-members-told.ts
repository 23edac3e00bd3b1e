import type { MigrationInterface, QueryRunner } from 'typeorm';

const CASE_ACTIONS = `'APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER'`;
const THREAD_TOOLS = `'POST_PINNED', 'POST_LOCKED', 'POST_MOVED'`;
const APPEAL_ACTIONS = `'APPEAL_UPHELD', 'APPEAL_REVERSED'`;
const MEMBERS_TOLD = `'MEMBER_MUTED', 'HELD_FOR_REVIEW', 'REACHED_OUT'`;
/** Every action of the member-safety contract, so each list stays whole whichever migration runs last. */
const NOTICE_ACTIONS = `${CASE_ACTIONS}, ${APPEAL_ACTIONS}, ${MEMBERS_TOLD}`;
const LOG_ACTIONS = `${CASE_ACTIONS}, ${THREAD_TOOLS}, 'ROLE_CHANGED', 'STATUS_CHANGED', 'CATEGORY_CHANGED', 'ROOM_CHANGED', ${APPEAL_ACTIONS}, ${MEMBERS_TOLD}`;

/**
 * Members are told of mutes, holds and a moderator reaching out (with when a mute ends), and the log
 * records mutes and reaching out.
 */
export class MembersTold1796720000000 implements MigrationInterface {
  name = 'MembersTold1796720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_notices" ADD "ends_at" TIMESTAMP WITH TIME ZONE`);
    await this.check(queryRunner, 'moderation_notices', 'CHK_moderation_notices_action', NOTICE_ACTIONS);
    await this.check(queryRunner, 'moderation_log', 'CHK_moderation_log_action', LOG_ACTIONS);
  }

  /** The earlier migrations already accept every action of the contract: only the column goes. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_notices" DROP COLUMN "ends_at"`);
  }

  private async check(queryRunner: QueryRunner, table: string, name: string, values: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    await queryRunner.query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK ("action" IN (${values}))`,
    );
  }
}
