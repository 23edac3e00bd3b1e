import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Installs pg-boss's schema with Haven's migrations, so every instance (and every test database cloned
 * from the template) starts with it. pg-boss upgrades its own schema when a newer version starts.
 */
export class JobsInit1796000000000 implements MigrationInterface {
  name = 'JobsInit1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The plan wraps itself in BEGIN/COMMIT; the migration already runs in a transaction.
    const plan = PgBoss.getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '');
    await queryRunner.query(plan);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "pgboss" CASCADE`);
  }
}
