import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderators and administrators on call are paged first when an URGENT case waits. */
export class ModeratorOnCall1796613000001 implements MigrationInterface {
  name = 'ModeratorOnCall1796613000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "on_call" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "on_call"`);
  }
}
