import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSettings1796159392412 implements MigrationInterface {
  name = 'NotificationSettings1796159392412';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "time_zone" character varying(64) NOT NULL DEFAULT 'UTC', "digest_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"`,
    );
    await queryRunner.query(`DROP TABLE "notification_settings"`);
  }
}
