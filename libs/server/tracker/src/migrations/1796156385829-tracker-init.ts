import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackerInit1796156385829 implements MigrationInterface {
  name = 'TrackerInit1796156385829';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tracker_moods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "scale" character varying(12) NOT NULL, "score" smallint NOT NULL, "phq9_answers" smallint array, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_tracker_moods_score" CHECK (("scale" = 'PHQ9' AND "score" BETWEEN 0 AND 27) OR ("scale" = 'ZERO_TO_TEN' AND "score" BETWEEN 0 AND 10)), CONSTRAINT "CHK_tracker_moods_scale" CHECK ("scale" IN ('PHQ9', 'ZERO_TO_TEN')), CONSTRAINT "PK_e796ef2c460b9bcca119ced4b42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tracker_moods_owner" ON "tracker_moods"  ("owner_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tracker_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "modality" character varying(32) NOT NULL, "setting" character varying(32), "notes" character varying(1000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff1c444b6810b5ae0e9e128317b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tracker_sessions_owner" ON "tracker_sessions"  ("owner_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tracker_settings" ("owner_id" uuid NOT NULL, "check_in_consent" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f051303c10f341d34d49156866" PRIMARY KEY ("owner_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracker_moods" ADD CONSTRAINT "FK_0429e9bced7cbceef992f60d436" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracker_sessions" ADD CONSTRAINT "FK_83321fefc84a6fcd5ec0f465650" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracker_settings" ADD CONSTRAINT "FK_5f051303c10f341d34d49156866" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tracker_settings" DROP CONSTRAINT "FK_5f051303c10f341d34d49156866"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracker_sessions" DROP CONSTRAINT "FK_83321fefc84a6fcd5ec0f465650"`,
    );
    await queryRunner.query(`ALTER TABLE "tracker_moods" DROP CONSTRAINT "FK_0429e9bced7cbceef992f60d436"`);
    await queryRunner.query(`DROP TABLE "tracker_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tracker_sessions_owner"`);
    await queryRunner.query(`DROP TABLE "tracker_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tracker_moods_owner"`);
    await queryRunner.query(`DROP TABLE "tracker_moods"`);
  }
}
