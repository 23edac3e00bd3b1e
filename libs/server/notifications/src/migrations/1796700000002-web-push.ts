import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Web push: a delivery choice per kind, and each member's push subscriptions (one per device and session). */
export class WebPush1796700000002 implements MigrationInterface {
  name = 'WebPush1796700000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "CHK_notification_preferences_delivery"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "CHK_notification_preferences_delivery" CHECK ("delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST', 'PUSH', 'OFF'))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_delivery"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_delivery" CHECK ("delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST', 'PUSH'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "push_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "session_id" character varying(64), "endpoint" character varying(1000) NOT NULL, "p256dh" character varying(200) NOT NULL, "auth" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_push_subscriptions_endpoint" UNIQUE ("endpoint"), CONSTRAINT "PK_push_subscriptions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_push_subscriptions_user" ON "push_subscriptions" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "push_subscriptions" ADD CONSTRAINT "FK_push_subscriptions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "push_subscriptions"`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE "delivery" = 'PUSH'`);
    await queryRunner.query(`UPDATE "notifications" SET "delivery" = 'IN_APP' WHERE "delivery" = 'PUSH'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_delivery"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_delivery" CHECK ("delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "CHK_notification_preferences_delivery"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "CHK_notification_preferences_delivery" CHECK ("delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST', 'OFF'))`,
    );
  }
}
