import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsInit1796157561448 implements MigrationInterface {
  name = 'NotificationsInit1796157561448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "delivery" character varying(16) NOT NULL, CONSTRAINT "CHK_notification_preferences_delivery" CHECK ("delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST', 'OFF')), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "actor_id" uuid, "actor_ids" uuid array NOT NULL DEFAULT '{}', "subject_kind" character varying(24), "subject_id" uuid, "post_id" uuid, "path" character varying(300) NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "group_key" character varying(120), "delivery" character varying(16) NOT NULL, "urgent" boolean NOT NULL DEFAULT false, "emailed_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notifications_delivery" CHECK ("delivery" IN ('IN_APP', 'EMAIL_NOW', 'EMAIL_DIGEST')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_recipient" ON "notifications"  ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_unread" ON "notifications" ("recipient_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_notifications_open_group" ON "notifications" ("recipient_id", "group_key") WHERE "read_at" IS NULL AND "group_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_post_watches" ("user_id" uuid NOT NULL, "post_id" uuid NOT NULL, "level" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notification_post_watches_level" CHECK ("level" IN ('WATCHING', 'NORMAL', 'MUTED')), CONSTRAINT "PK_daf0e43cf4dc9a7082e2bf4a841" PRIMARY KEY ("user_id", "post_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_post_watches_post" ON "notification_post_watches"  ("post_id", "level") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_category_watches" ("user_id" uuid NOT NULL, "category_id" uuid NOT NULL, "level" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notification_category_watches_level" CHECK ("level" IN ('WATCHING', 'NORMAL', 'MUTED')), CONSTRAINT "PK_6c81d4dc05c60ecbcc3f9faeeda" PRIMARY KEY ("user_id", "category_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_category_watches_category" ON "notification_category_watches"  ("category_id", "level") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_post_watches" ADD CONSTRAINT "FK_32e8766727c3134471a7f5f73bc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_category_watches" ADD CONSTRAINT "FK_6c13a281a0cfcfe5043f39bd681" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_category_watches" DROP CONSTRAINT "FK_6c13a281a0cfcfe5043f39bd681"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_post_watches" DROP CONSTRAINT "FK_32e8766727c3134471a7f5f73bc"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_category_watches_category"`);
    await queryRunner.query(`DROP TABLE "notification_category_watches"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_post_watches_post"`);
    await queryRunner.query(`DROP TABLE "notification_post_watches"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notifications_open_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_unread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_recipient"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
