import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "harvest_season" ("id" text not null, "all_year" boolean not null, "harvest_months" jsonb not null, "best_months" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "harvest_season_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_season_deleted_at" ON "harvest_season" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "harvest_season" cascade;`);
  }

}
