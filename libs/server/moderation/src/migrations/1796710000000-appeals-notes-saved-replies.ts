import type { MigrationInterface, QueryRunner } from 'typeorm';

const CASE_ACTIONS = `'APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER'`;
const THREAD_TOOLS = `'POST_PINNED', 'POST_LOCKED', 'POST_MOVED'`;
const APPEAL_ACTIONS = `'APPEAL_UPHELD', 'APPEAL_REVERSED'`;
const MEMBERS_TOLD = `'MEMBER_MUTED', 'HELD_FOR_REVIEW', 'REACHED_OUT'`;
/** Every action of the member-safety contract, so these lists stay whole whichever migration runs last. */
const LOG_ACTIONS = `${CASE_ACTIONS}, ${THREAD_TOOLS}, 'ROLE_CHANGED', 'STATUS_CHANGED', 'CATEGORY_CHANGED', 'ROOM_CHANGED', ${APPEAL_ACTIONS}, ${MEMBERS_TOLD}`;
const NOTICE_ACTIONS = `${CASE_ACTIONS}, ${APPEAL_ACTIONS}, ${MEMBERS_TOLD}`;

/** Safe-messaging templates every installation starts with; administrators edit them from the console. */
export const SEEDED_SAVED_REPLIES: readonly { title: string; body: string }[] = [
  {
    title: 'Warning: sharing methods',
    body: 'We removed part of what you shared because it described methods of self-harm or suicide. Details like these can put other members at risk, even when shared to explain how you feel. You are welcome to talk about what you are going through without describing methods. If you are struggling right now, the Help page lists people you can talk to at any hour.',
  },
  {
    title: 'Check-in after a crisis post',
    body: 'We saw your post and wanted to check in with you. How are you doing right now? You do not have to go through this alone: the Help page lists crisis lines you can call or text at any hour, and if you are in immediate danger please contact your local emergency number. We are glad you reached out here.',
  },
  {
    title: 'Notice: sourcing',
    body: 'We removed your message because it asked for or offered ketamine or other drugs outside a prescription. Haven cannot allow sourcing, selling or sharing contacts for drugs, as it puts members at risk. Talking about your treatment and your experience is always welcome.',
  },
  {
    title: 'Appeal upheld',
    body: 'Thank you for your appeal. A second moderator reviewed the decision and what you wrote, and the decision stands. We know this may be disappointing; the community guidelines explain what we look for. You can keep taking part as before.',
  },
  {
    title: 'Appeal reversed',
    body: 'Thank you for your appeal. A second moderator reviewed the decision and reversed it: its effect has been undone. We are sorry for the trouble, and thank you for helping us get it right.',
  },
];

/**
 * Appeals of moderation decisions (with their APPEAL cases), moderators' private notes on members, and
 * saved replies. Notices remember the logged decision they tell of; existing notices are matched to the
 * log entry written in the same transaction.
 */
export class AppealsNotesSavedReplies1796710000000 implements MigrationInterface {
  name = 'AppealsNotesSavedReplies1796710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_log" DROP CONSTRAINT "CHK_moderation_log_action"`);
    await queryRunner.query(
      `ALTER TABLE "moderation_log" ADD CONSTRAINT "CHK_moderation_log_action" CHECK ("action" IN (${LOG_ACTIONS}))`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_notices" DROP CONSTRAINT "CHK_moderation_notices_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_notices" ADD CONSTRAINT "CHK_moderation_notices_action" CHECK ("action" IN (${NOTICE_ACTIONS}))`,
    );
    await queryRunner.query(`ALTER TABLE "moderation_notices" ADD "log_entry_id" uuid`);
    await queryRunner.query(
      `UPDATE "moderation_notices" n SET "log_entry_id" = (
         SELECT e."id" FROM "moderation_log" e
          WHERE e."target_user_id" = n."user_id" AND e."action" = n."action" AND e."created_at" = n."created_at"
            AND (n."content_id" IS NULL OR e."content_id" = n."content_id")
          ORDER BY e."id" LIMIT 1)`,
    );

    await queryRunner.query(`ALTER TABLE "moderation_cases" ADD "appeal" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_cases_open_content"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_cases_open_content" ON "moderation_cases" ("content_kind", "content_id") WHERE "status" = 'OPEN' AND NOT "appeal"`,
    );

    await queryRunner.query(
      `CREATE TABLE "moderation_appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "notice_id" uuid NOT NULL, "log_entry_id" uuid NOT NULL, "case_id" uuid NOT NULL, "appealed_action" character varying(16) NOT NULL, "acted_by_id" uuid NOT NULL, "note" character varying(1000) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'OPEN', "decided_by_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "decision_note" character varying(2000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_moderation_appeals_status" CHECK ("status" IN ('OPEN', 'UPHELD', 'REVERSED')), CONSTRAINT "CHK_moderation_appeals_decided" CHECK (("status" = 'OPEN') = ("decided_at" IS NULL)), CONSTRAINT "PK_moderation_appeals" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_appeals_log_entry" ON "moderation_appeals" ("log_entry_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_appeals_notice" ON "moderation_appeals" ("notice_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_appeals_case" ON "moderation_appeals" ("case_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_appeals_user" ON "moderation_appeals" ("user_id", "created_at") `,
    );

    await queryRunner.query(
      `CREATE TABLE "moderation_member_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_moderation_member_notes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_member_notes_user" ON "moderation_member_notes" ("user_id", "created_at") `,
    );
    // Notes are append-only, as the log is: the same function refuses the change.
    await queryRunner.query(
      `CREATE TRIGGER "moderation_member_notes_no_update_delete" BEFORE UPDATE OR DELETE ON "moderation_member_notes" FOR EACH ROW EXECUTE FUNCTION "moderation_log_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "moderation_member_notes_no_truncate" BEFORE TRUNCATE ON "moderation_member_notes" FOR EACH STATEMENT EXECUTE FUNCTION "moderation_log_append_only"()`,
    );

    await queryRunner.query(
      `CREATE TABLE "moderation_saved_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(100) NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_moderation_saved_replies" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_saved_replies_title" ON "moderation_saved_replies" (lower("title"))`,
    );
    for (const reply of SEEDED_SAVED_REPLIES) {
      await queryRunner.query(`INSERT INTO "moderation_saved_replies" ("title", "body") VALUES ($1, $2)`, [
        reply.title,
        reply.body,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "moderation_saved_replies"`);
    await queryRunner.query(`DROP TABLE "moderation_member_notes"`);
    await queryRunner.query(`DROP TABLE "moderation_appeals"`);
    await queryRunner.query(`DELETE FROM "moderation_cases" WHERE "appeal"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_cases_open_content"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_cases_open_content" ON "moderation_cases" ("content_kind", "content_id") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP COLUMN "appeal"`);
    await queryRunner.query(`ALTER TABLE "moderation_notices" DROP COLUMN "log_entry_id"`);
    await queryRunner.query(`DELETE FROM "moderation_notices" WHERE "action" NOT IN (${CASE_ACTIONS})`);
    await queryRunner.query(
      `ALTER TABLE "moderation_notices" DROP CONSTRAINT "CHK_moderation_notices_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_notices" ADD CONSTRAINT "CHK_moderation_notices_action" CHECK ("action" IN (${CASE_ACTIONS}))`,
    );
  }
}
