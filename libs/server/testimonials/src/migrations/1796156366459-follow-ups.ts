import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUps1796156366459 implements MigrationInterface {
  name = 'FollowUps1796156366459';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "testimonial_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "testimonial_id" uuid NOT NULL, "months_after" smallint NOT NULL, "phq9" smallint, "phq2" smallint, "still_relieved" character varying(8) NOT NULL, "maintenance_sessions" smallint NOT NULL, "maintenance_modality" character varying(32), "side_effects" character varying(32) array NOT NULL DEFAULT '{}', "note" character varying(2000), "status" character varying(20) NOT NULL, "rejection_note" character varying(2000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_check_ins_status" CHECK ("status" IN ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')), CONSTRAINT "CHK_check_ins_maintenance" CHECK ("maintenance_sessions" BETWEEN 0 AND 100), CONSTRAINT "CHK_check_ins_phq2" CHECK ("phq2" IS NULL OR "phq2" BETWEEN 0 AND 6), CONSTRAINT "CHK_check_ins_phq9" CHECK ("phq9" IS NULL OR "phq9" BETWEEN 0 AND 27), CONSTRAINT "CHK_check_ins_scores" CHECK (("phq9" IS NULL) <> ("phq2" IS NULL)), CONSTRAINT "PK_a487b9e0be74ffa4feb4d3105ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_check_ins_point" ON "testimonial_check_ins"  ("testimonial_id", "months_after") WHERE "status" <> 'WITHDRAWN'`,
    );
    await queryRunner.query(
      `CREATE TABLE "testimonial_follow_up_reminders" ("testimonial_id" uuid NOT NULL, "months_after" smallint NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_16a6b6a6d437ef5f400c3be919e" PRIMARY KEY ("testimonial_id", "months_after"))`,
    );
    await queryRunner.query(`ALTER TABLE "testimonials" ADD "first_session_date" date`);
    await queryRunner.query(
      `ALTER TABLE "testimonials" ADD "follow_ups_enabled" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonials" ADD "follow_ups_enabled_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonials" ADD "follow_ups_stopped_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_testimonials_follow_ups" ON "testimonials"  ("first_session_date") WHERE "follow_ups_enabled"`,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonial_check_ins" ADD CONSTRAINT "FK_788024d7d5d50ae6704b8a876b7" FOREIGN KEY ("testimonial_id") REFERENCES "testimonials"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonial_follow_up_reminders" ADD CONSTRAINT "FK_c685a11bb921bc797f4270e483c" FOREIGN KEY ("testimonial_id") REFERENCES "testimonials"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "testimonial_follow_up_reminders" DROP CONSTRAINT "FK_c685a11bb921bc797f4270e483c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonial_check_ins" DROP CONSTRAINT "FK_788024d7d5d50ae6704b8a876b7"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_testimonials_follow_ups"`);
    await queryRunner.query(`ALTER TABLE "testimonials" DROP COLUMN "follow_ups_stopped_at"`);
    await queryRunner.query(`ALTER TABLE "testimonials" DROP COLUMN "follow_ups_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "testimonials" DROP COLUMN "follow_ups_enabled"`);
    await queryRunner.query(`ALTER TABLE "testimonials" DROP COLUMN "first_session_date"`);
    await queryRunner.query(`DROP TABLE "testimonial_follow_up_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_check_ins_point"`);
    await queryRunner.query(`DROP TABLE "testimonial_check_ins"`);
  }
}
