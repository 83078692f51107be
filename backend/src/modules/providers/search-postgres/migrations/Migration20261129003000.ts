import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text-search setup of our PostgreSQL search provider. Everything Medusa's
 * search-postgres migration creates (pg_trgm, unaccent, the catalogue table) is created here
 * too, because this provider replaces it, plus `medusa_search_vietnamese`: unaccent, then the
 * English stemmer WITHOUT its stopword list. Postgres' `english` configuration drops "an",
 * "to", "do", "me"… which are Vietnamese syllables (an toàn, tô, đỏ, me), so "dau do" lost
 * its "do" and matched every "dâu". Each statement soft-fails like Medusa's own, so a managed
 * Postgres without the privilege still migrates; the provider then reports the missing piece.
 */
export class Migration20261129003000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search: could not enable pg_trgm (%).', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search: could not enable unaccent (%).', SQLERRM;
        END;
        BEGIN
          IF NOT EXISTS (
            SELECT 1 FROM pg_ts_dict WHERE dictname = 'market_english_nostop'
          ) THEN
            CREATE TEXT SEARCH DICTIONARY market_english_nostop (
              TEMPLATE = snowball, Language = english
            );
          END IF;
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent')
             AND NOT EXISTS (
               SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese'
             ) THEN
            CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
              ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
              WITH unaccent, market_english_nostop;
          END IF;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search: could not create medusa_search_vietnamese (%).', SQLERRM;
        END;
      END
      $$;
    `)
    this.addSql(`
      create table if not exists "search_postgres_index" (
        "name" text not null,
        "table_name" text not null,
        "schema_hash" text not null,
        "plan" jsonb not null,
        "document_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "search_postgres_index_pkey" primary key ("name")
      );
    `)
  }

  async down(): Promise<void> {
    this.addSql(
      `drop text search configuration if exists medusa_search_vietnamese;`
    )
    this.addSql(`drop text search dictionary if exists market_english_nostop;`)
  }
}
