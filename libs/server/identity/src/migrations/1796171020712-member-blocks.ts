import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberBlocks1796171020712 implements MigrationInterface {
  name = 'MemberBlocks1796171020712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "member_blocks" ("blocker_id" uuid NOT NULL, "blocked_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_member_blocks_not_self" CHECK ("blocker_id" <> "blocked_id"), CONSTRAINT "PK_87f7d67422c0efd415ac65e2cee" PRIMARY KEY ("blocker_id", "blocked_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_12e36407740031036a46b4dad9" ON "member_blocks"  ("blocked_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "member_blocks" ADD CONSTRAINT "FK_42d3dfdca840790ee4ce2a08838" FOREIGN KEY ("blocker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_blocks" ADD CONSTRAINT "FK_12e36407740031036a46b4dad98" FOREIGN KEY ("blocked_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_blocks" DROP CONSTRAINT "FK_12e36407740031036a46b4dad98"`);
    await queryRunner.query(`ALTER TABLE "member_blocks" DROP CONSTRAINT "FK_42d3dfdca840790ee4ce2a08838"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12e36407740031036a46b4dad9"`);
    await queryRunner.query(`DROP TABLE "member_blocks"`);
  }
}
