import type { MigrationInterface, QueryRunner } from 'typeorm';

// Crisis lines as of the migration's writing; later changes come in later migrations.
const RESOURCES: [string, string, string | null, string | null, string | null][] = [
  ['US', '988 Suicide & Crisis Lifeline', '988', '988', 'https://988lifeline.org'],
  ['US', 'Crisis Text Line', null, 'Text HOME to 741741', 'https://www.crisistextline.org'],
  ['GB', 'Samaritans', '116 123', null, 'https://www.samaritans.org'],
  ['GB', 'Shout', null, 'Text SHOUT to 85258', 'https://giveusashout.org'],
  ['IE', 'Samaritans Ireland', '116 123', null, 'https://www.samaritans.org/ireland'],
  ['IE', 'Text About It', null, 'Text HELLO to 50808', 'https://text50808.ie'],
  ['CA', '9-8-8 Suicide Crisis Helpline', '988', '988', 'https://988.ca'],
  ['AU', 'Lifeline Australia', '13 11 14', '0477 13 11 14', 'https://www.lifeline.org.au'],
  ['NZ', '1737, Need to talk?', '1737', '1737', 'https://1737.org.nz'],
  ['INTL', 'Find A Helpline', null, null, 'https://findahelpline.com'],
  ['INTL', 'IASP Crisis Centres directory', null, null, 'https://www.iasp.info/resources/Crisis_Centres/'],
];

// Starter rules; detectors in code already cover crisis language and drug sourcing.
const RULES: [string, string, boolean, string, string][] = [
  ['street-ketamine', 'street ketamine', false, 'HOLD_FOR_REVIEW', 'HIGH'],
  [
    'dosing-advice',
    '\\bhow\\s+much\\s+(ket|ketamine|k)\\s+should\\s+i\\s+(take|use|snort)\\b',
    true,
    'FLAG',
    'NORMAL',
  ],
  [
    'self-harm-method-sharing',
    '\\b(best|easiest|painless)\\s+way\\s+to\\s+(die|overdose)\\b',
    true,
    'FLAG',
    'URGENT',
  ],
];

export class SafetyInit1795908000000 implements MigrationInterface {
  name = 'SafetyInit1795908000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crisis_resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region" character varying(8) NOT NULL, "name" character varying(120) NOT NULL, "phone" character varying(40), "sms" character varying(80), "url" character varying(300), "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_crisis_resources" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_crisis_resources_region_name" ON "crisis_resources" ("region", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "pattern" character varying(500) NOT NULL, "is_regex" boolean NOT NULL DEFAULT false, "action" character varying(20) NOT NULL, "priority" character varying(10) NOT NULL DEFAULT 'NORMAL', "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_moderation_rules_name" UNIQUE ("name"), CONSTRAINT "PK_moderation_rules" PRIMARY KEY ("id"))`,
    );
    for (const [position, [region, name, phone, sms, url]] of RESOURCES.entries()) {
      await queryRunner.query(
        `INSERT INTO "crisis_resources" ("region", "name", "phone", "sms", "url", "position") VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [region, name, phone, sms, url, position],
      );
    }
    for (const [name, pattern, isRegex, action, priority] of RULES) {
      await queryRunner.query(
        `INSERT INTO "moderation_rules" ("name", "pattern", "is_regex", "action", "priority") VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [name, pattern, isRegex, action, priority],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "moderation_rules"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_crisis_resources_region_name"`);
    await queryRunner.query(`DROP TABLE "crisis_resources"`);
  }
}
