import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TestimonialsInit1795908801889 implements MigrationInterface {
  name = 'TestimonialsInit1795908801889';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "testimonials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "title" character varying(150) NOT NULL, "story" text NOT NULL, "modality" character varying(32) NOT NULL, "setting" character varying(32), "session_count" smallint, "prior_treatments" character varying(32) array NOT NULL DEFAULT '{}', "overall_rating" smallint NOT NULL, "relief_onset" character varying(32) NOT NULL, "relief_duration" character varying(32) NOT NULL, "side_effects" character varying(32) array NOT NULL DEFAULT '{}', "phq9_before" smallint, "phq9_after" smallint, "content_warnings" character varying(32) array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'PENDING_REVIEW', "rejection_note" character varying(2000), "helpful_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_testimonials_helpful" CHECK ("helpful_count" >= 0), CONSTRAINT "CHK_testimonials_status" CHECK ("status" IN ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')), CONSTRAINT "CHK_testimonials_phq9" CHECK (("phq9_before" IS NULL AND "phq9_after" IS NULL) OR ("phq9_before" BETWEEN 0 AND 27 AND "phq9_after" BETWEEN 0 AND 27)), CONSTRAINT "CHK_testimonials_sessions" CHECK ("session_count" IS NULL OR "session_count" BETWEEN 1 AND 500), CONSTRAINT "CHK_testimonials_rating" CHECK ("overall_rating" BETWEEN 1 AND 5), CONSTRAINT "PK_63b03c608bd258f115a0a4a1060" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_testimonials_author" ON "testimonials"  ("author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_testimonials_published" ON "testimonials"  ("published_at", "id") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "testimonial_helpful_marks" ("testimonial_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d851fd55d646151d27f7ed75c8a" PRIMARY KEY ("testimonial_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_testimonial_helpful_marks_user" ON "testimonial_helpful_marks"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonials" ADD CONSTRAINT "FK_fe6fd78ea5cc143bf0a255aa70f" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "testimonial_helpful_marks" ADD CONSTRAINT "FK_979cf5da13aabcd4e2542a4bacf" FOREIGN KEY ("testimonial_id") REFERENCES "testimonials"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "testimonial_helpful_marks" DROP CONSTRAINT "FK_979cf5da13aabcd4e2542a4bacf"`,
    );
    await queryRunner.query(`ALTER TABLE "testimonials" DROP CONSTRAINT "FK_fe6fd78ea5cc143bf0a255aa70f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_testimonial_helpful_marks_user"`);
    await queryRunner.query(`DROP TABLE "testimonial_helpful_marks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_testimonials_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_testimonials_author"`);
    await queryRunner.query(`DROP TABLE "testimonials"`);
  }
}
