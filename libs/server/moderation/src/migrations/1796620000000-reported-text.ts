import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each report keeps the text of the content as it read when it was reported. */
export class ReportedText1796620000000 implements MigrationInterface {
  name = 'ReportedText1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_reports" ADD "reported_text" character varying(600)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_reports" DROP COLUMN "reported_text"`);
  }
}
