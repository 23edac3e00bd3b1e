import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailInit1796156453060 implements MigrationInterface {
  name = 'MailInit1796156453060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "to_address" character varying(254) NOT NULL, "kind" character varying(60) NOT NULL, "subject" character varying(120) NOT NULL, "text" text, "html" text, "link" character varying(2000), "unsubscribe_url" character varying(2000) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_97912e2098c16ab7249ddb9d73" ON "mail_messages"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_4d418312299f24479500038c1c" ON "mail_messages"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_suppressions" ("user_id" uuid NOT NULL, "list" character varying(60) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_399c82bfa9b025419f6d2dbef32" PRIMARY KEY ("user_id", "list"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_suppressions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d418312299f24479500038c1c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97912e2098c16ab7249ddb9d73"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
  }
}
