import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Graded crisis risk and detector signals on cases, IMMINENT first within a priority, and moderators' feedback. */
export class DetectionRisk1796500000000 implements MigrationInterface {
  name = 'DetectionRisk1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_cases" ADD "risk_level" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" ADD "risk_rank" smallint NOT NULL DEFAULT 3`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" ADD "signals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "moderation_cases" ADD CONSTRAINT "CHK_moderation_cases_risk" CHECK (("risk_level" IS NULL AND "risk_rank" = 3) OR ("risk_level" = 'NONE' AND "risk_rank" = 3) OR ("risk_level" = 'CONCERN' AND "risk_rank" = 2) OR ("risk_level" = 'HIGH' AND "risk_rank" = 1) OR ("risk_level" = 'IMMINENT' AND "risk_rank" = 0))`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_cases_queue"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_cases_queue" ON "moderation_cases" ("status", "priority_rank", "risk_rank", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "detection_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "moderator_id" uuid, "verdict" character varying(12) NOT NULL, "detected_level" character varying(12), "correct_level" character varying(12) NOT NULL, "sourcing" boolean NOT NULL, "text" character varying(600) NOT NULL, "categories" character varying(40) array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_detection_feedback_verdict" CHECK ("verdict" IN ('CORRECT', 'FALSE_ALARM', 'MISSED')), CONSTRAINT "CHK_detection_feedback_level" CHECK ("correct_level" IN ('NONE', 'CONCERN', 'HIGH', 'IMMINENT')), CONSTRAINT "UQ_detection_feedback_case_moderator" UNIQUE ("case_id", "moderator_id"), CONSTRAINT "PK_detection_feedback" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_detection_feedback_created" ON "detection_feedback" ("created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "detection_feedback" ADD CONSTRAINT "FK_detection_feedback_case" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "detection_feedback" ADD CONSTRAINT "FK_detection_feedback_moderator" FOREIGN KEY ("moderator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "detection_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_cases_queue"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_cases_queue" ON "moderation_cases" ("status", "priority_rank", "created_at", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP CONSTRAINT "CHK_moderation_cases_risk"`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP COLUMN "signals"`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP COLUMN "risk_rank"`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP COLUMN "risk_level"`);
  }
}
