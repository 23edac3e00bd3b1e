import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ModerationInit1795908856157 implements MigrationInterface {
  name = 'ModerationInit1795908856157';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "moderation_cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_kind" character varying(16) NOT NULL, "content_id" uuid NOT NULL, "author_id" uuid, "excerpt" character varying(600) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'OPEN', "priority" character varying(12) NOT NULL, "priority_rank" smallint NOT NULL, "sources" character varying(24) array NOT NULL DEFAULT '{}', "auto_flags" character varying(100) array NOT NULL DEFAULT '{}', "report_count" integer NOT NULL DEFAULT '0', "assignee_id" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, "resolution" character varying(16), "resolution_note" character varying(2000), "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_moderation_cases_resolved" CHECK (("status" = 'OPEN') = ("resolved_at" IS NULL)), CONSTRAINT "CHK_moderation_cases_report_count" CHECK ("report_count" >= 0), CONSTRAINT "CHK_moderation_cases_priority" CHECK (("priority" = 'URGENT' AND "priority_rank" = 0) OR ("priority" = 'HIGH' AND "priority_rank" = 1) OR ("priority" = 'NORMAL' AND "priority_rank" = 2) OR ("priority" = 'LOW' AND "priority_rank" = 3)), CONSTRAINT "CHK_moderation_cases_status" CHECK ("status" IN ('OPEN', 'RESOLVED')), CONSTRAINT "CHK_moderation_cases_kind" CHECK ("content_kind" IN ('POST', 'COMMENT', 'TESTIMONIAL', 'CHAT_MESSAGE', 'USER')), CONSTRAINT "PK_459740d91f1b96e6cc910ad29e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_cases_author" ON "moderation_cases"  ("author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_cases_queue" ON "moderation_cases"  ("status", "priority_rank", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_cases_open_content" ON "moderation_cases"  ("content_kind", "content_id") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "content_kind" character varying(16) NOT NULL, "content_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" character varying(24) NOT NULL, "note" character varying(1000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_moderation_reports_reason" CHECK ("reason" IN ('CRISIS_RISK', 'HARASSMENT', 'SPAM', 'MISINFORMATION', 'DRUG_SOURCING', 'PRIVACY_VIOLATION', 'OTHER')), CONSTRAINT "PK_a40784ec3803830fe974b4b85fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_reports_reporter" ON "moderation_reports"  ("reporter_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_reports_case_reporter" ON "moderation_reports"  ("case_id", "reporter_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "case_id" uuid, "content_kind" character varying(16), "content_id" uuid, "target_user_id" uuid, "note" character varying(2000), "suspended_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_moderation_log_action" CHECK ("action" IN ('APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER')), CONSTRAINT "PK_d0adca6ecfd068db83e4526cc26" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_log_target" ON "moderation_log"  ("target_user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_log_created" ON "moderation_log"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "message" character varying(500) NOT NULL, "note" character varying(2000), "content_kind" character varying(16), "content_id" uuid, "suspended_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_moderation_notices_action" CHECK ("action" IN ('APPROVE', 'DISMISS', 'HIDE', 'REMOVE', 'RESTORE', 'WARN_USER', 'SUSPEND_USER', 'BAN_USER')), CONSTRAINT "PK_d63ce19a1e56d75d1b32021c19b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_notices_user" ON "moderation_notices"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_cases" ADD CONSTRAINT "FK_60a01f6ed16374ad1459f8bf7c0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_reports" ADD CONSTRAINT "FK_674adc7ef1568fe525fb4d08505" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Added by hand: the moderation log is append-only. The database refuses to change or delete entries.
    await queryRunner.query(`CREATE FUNCTION "moderation_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'moderation_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "moderation_log_no_update_delete" BEFORE UPDATE OR DELETE ON "moderation_log" FOR EACH ROW EXECUTE FUNCTION "moderation_log_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "moderation_log_no_truncate" BEFORE TRUNCATE ON "moderation_log" FOR EACH STATEMENT EXECUTE FUNCTION "moderation_log_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "moderation_log_no_truncate" ON "moderation_log"`);
    await queryRunner.query(`DROP TRIGGER "moderation_log_no_update_delete" ON "moderation_log"`);
    await queryRunner.query(`DROP FUNCTION "moderation_log_append_only"()`);
    await queryRunner.query(
      `ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_674adc7ef1568fe525fb4d08505"`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_cases" DROP CONSTRAINT "FK_60a01f6ed16374ad1459f8bf7c0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_notices_user"`);
    await queryRunner.query(`DROP TABLE "moderation_notices"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_log_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_log_target"`);
    await queryRunner.query(`DROP TABLE "moderation_log"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_reports_case_reporter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_reports_reporter"`);
    await queryRunner.query(`DROP TABLE "moderation_reports"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_cases_open_content"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_cases_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_cases_author"`);
    await queryRunner.query(`DROP TABLE "moderation_cases"`);
  }
}
