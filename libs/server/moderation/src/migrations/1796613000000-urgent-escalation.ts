import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a case became URGENT and when its escalation paged the moderators. */
export class UrgentEscalation1796613000000 implements MigrationInterface {
  name = 'UrgentEscalation1796613000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_cases" ADD "urgent_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" ADD "escalated_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "moderation_cases" SET "urgent_at" = "created_at" WHERE "priority" = 'URGENT'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_cases_escalation" ON "moderation_cases" ("urgent_at") WHERE "status" = 'OPEN' AND "assignee_id" IS NULL AND "escalated_at" IS NULL AND "urgent_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_cases_escalation"`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP COLUMN "escalated_at"`);
    await queryRunner.query(`ALTER TABLE "moderation_cases" DROP COLUMN "urgent_at"`);
  }
}
