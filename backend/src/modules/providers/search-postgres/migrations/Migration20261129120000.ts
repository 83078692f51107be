import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `market_search_keep_newer(field)`: a row trigger for the provider's document tables that
 * skips an update whose document was read before the one already stored (`field` holds the
 * read time). Events are ingested independently, so their writes can arrive out of order.
 */
export class Migration20261129120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION market_search_keep_newer() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        stored numeric := (OLD."indexed" ->> TG_ARGV[0])::numeric;
        incoming numeric := (NEW."indexed" ->> TG_ARGV[0])::numeric;
      BEGIN
        IF stored IS NOT NULL AND incoming IS NOT NULL AND incoming < stored THEN
          RETURN NULL;
        END IF;
        RETURN NEW;
      END
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`drop function if exists market_search_keep_newer() cascade;`)
  }
}
