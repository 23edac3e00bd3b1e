import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOCUMENT = `setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') || setweight(to_tsvector('english', coalesce(NEW.story, '')), 'B')`;

/** Full-text search of testimonials: a tsvector of title (weight A) and story (B), kept by a trigger, GIN-indexed. */
export class TestimonialSearch1796700000000 implements MigrationInterface {
  name = 'TestimonialSearch1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "testimonials" ADD "search_vector" tsvector`);
    await queryRunner.query(`CREATE FUNCTION "testimonials_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW."search_vector" := ${DOCUMENT}; RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER "testimonials_search_document" BEFORE INSERT OR UPDATE OF "title", "story" ON "testimonials"
      FOR EACH ROW EXECUTE FUNCTION "testimonials_search_document"()`);
    await queryRunner.query(
      `UPDATE "testimonials" SET "search_vector" = setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("story", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "testimonials" ALTER COLUMN "search_vector" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_testimonials_search" ON "testimonials" USING GIN ("search_vector")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_testimonials_search"`);
    await queryRunner.query(`DROP TRIGGER "testimonials_search_document" ON "testimonials"`);
    await queryRunner.query(`DROP FUNCTION "testimonials_search_document"()`);
    await queryRunner.query(`ALTER TABLE "testimonials" DROP COLUMN "search_vector"`);
  }
}
