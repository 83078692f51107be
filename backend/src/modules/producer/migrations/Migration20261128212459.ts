import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128212459 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('cooperative', 'farm', 'household', 'enterprise')) not null, "village" text null, "ward" text null, "province" text null, "story_vi" text null, "story_en" text null, "phone" text not null, "status" text check ("status" in ('draft', 'submitted', 'verified', 'suspended')) not null default 'draft', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status" ON "producer" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
