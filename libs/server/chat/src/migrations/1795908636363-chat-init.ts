import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatInit1795908636363 implements MigrationInterface {
  name = 'ChatInit1795908636363';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "chat_rooms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(48) NOT NULL, "name" character varying(80) NOT NULL, "description" character varying(500) NOT NULL DEFAULT '', "locked" boolean NOT NULL DEFAULT false, "slow_mode_seconds" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_af35d050a73c68853488f887d73" UNIQUE ("slug"), CONSTRAINT "CHK_chat_rooms_slow_mode" CHECK ("slow_mode_seconds" >= 0 AND "slow_mode_seconds" <= 3600), CONSTRAINT "PK_c69082bd83bffeb71b0f455bd59" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "chat_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" character varying(2000) NOT NULL, "client_message_id" character varying(64) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'VISIBLE', "crisis_detected" boolean NOT NULL DEFAULT false, "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_chat_messages_body" CHECK (char_length(btrim("body")) > 0), CONSTRAINT "CHK_chat_messages_status" CHECK ("status" IN ('VISIBLE', 'PENDING_REVIEW', 'REMOVED')), CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_chat_messages_created" ON "chat_messages"  ("created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_chat_messages_author_client" ON "chat_messages"  ("author_id", "client_message_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_chat_messages_room_created" ON "chat_messages"  ("room_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "chat_mutes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "muted_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da7ff9aa48502d529b09cf6c126" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_chat_mutes_expires" ON "chat_mutes"  ("expires_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_chat_mutes_room_user" ON "chat_mutes"  ("room_id", "user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_7f52e11d11d4e8cc41224352869" FOREIGN KEY ("room_id") REFERENCES "chat_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_85a3fc9253b9b06d74fec69241d" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_mutes" ADD CONSTRAINT "FK_90b1bb1fdeb3c2e34bb23bbaa63" FOREIGN KEY ("room_id") REFERENCES "chat_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The starter rooms. Idempotent: a room an administrator already changed is left as it is.
    await queryRunner.query(
      `INSERT INTO "chat_rooms" ("slug", "name", "description") VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12) ON CONFLICT ("slug") DO NOTHING`,
      [
        'post-infusion-check-in',
        'Post-infusion check-in',
        'Just had a session? Share how you feel today, from the fog to the first good morning.',
        'evening-support',
        'Evening support',
        'Evenings can be the hardest part of the day. Come and keep each other company.',
        'caregivers-corner',
        'Caregivers’ corner',
        'For partners, parents, friends and everyone who drives someone home after treatment.',
        'first-timers',
        'First timers',
        'Considering ketamine or esketamine, or about to start? Ask anything; people here have been there.',
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_mutes" DROP CONSTRAINT "FK_90b1bb1fdeb3c2e34bb23bbaa63"`);
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_85a3fc9253b9b06d74fec69241d"`);
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_7f52e11d11d4e8cc41224352869"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_chat_mutes_room_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_chat_mutes_expires"`);
    await queryRunner.query(`DROP TABLE "chat_mutes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_chat_messages_room_created"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_chat_messages_author_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_chat_messages_created"`);
    await queryRunner.query(`DROP TABLE "chat_messages"`);
    await queryRunner.query(`DROP TABLE "chat_rooms"`);
  }
}
