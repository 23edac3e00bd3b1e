import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Private support rooms: a moderator and one member, nobody else. */
export class SupportRooms1796700000001 implements MigrationInterface {
  name = 'SupportRooms1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_rooms" ADD "support_member_id" uuid`);
    await queryRunner.query(`ALTER TABLE "chat_rooms" ADD "support_moderator_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "chat_rooms" ADD CONSTRAINT "FK_chat_rooms_support_member" FOREIGN KEY ("support_member_id") REFERENCES "users"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_rooms" ADD CONSTRAINT "FK_chat_rooms_support_moderator" FOREIGN KEY ("support_moderator_id") REFERENCES "users"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_rooms" ADD CONSTRAINT "CHK_chat_rooms_support_pair" CHECK (("support_member_id" IS NULL) = ("support_moderator_id" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_chat_rooms_support_pair" ON "chat_rooms" ("support_member_id", "support_moderator_id") WHERE "support_member_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_chat_rooms_support_pair"`);
    await queryRunner.query(`DELETE FROM "chat_rooms" WHERE "support_member_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "chat_rooms" DROP CONSTRAINT "CHK_chat_rooms_support_pair"`);
    await queryRunner.query(`ALTER TABLE "chat_rooms" DROP CONSTRAINT "FK_chat_rooms_support_moderator"`);
    await queryRunner.query(`ALTER TABLE "chat_rooms" DROP CONSTRAINT "FK_chat_rooms_support_member"`);
    await queryRunner.query(`ALTER TABLE "chat_rooms" DROP COLUMN "support_moderator_id"`);
    await queryRunner.query(`ALTER TABLE "chat_rooms" DROP COLUMN "support_member_id"`);
  }
}
