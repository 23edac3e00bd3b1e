import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each member's content-warning filter, read by the forum's visibility rule. */
export class HiddenWarnings1796620000000 implements MigrationInterface {
  name = 'HiddenWarnings1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "forum_hidden_warnings" ("user_id" uuid NOT NULL, "warnings" character varying(40) array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_forum_hidden_warnings" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_hidden_warnings" ADD CONSTRAINT "FK_forum_hidden_warnings_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "forum_hidden_warnings"`);
  }
}
