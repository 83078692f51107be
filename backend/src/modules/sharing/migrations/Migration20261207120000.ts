import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "share_visit" ("id" text not null, "source" text check ("source" in ('zalo', 'fb', 'qr', 'copy')) not null, "page" text check ("page" in ('home', 'list', 'product', 'producer')) not null, "product_id" text null, "producer_id" text null, "visited_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_visit_deleted_at" ON "share_visit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_visit_visited_at" ON "share_visit" ("visited_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_visit_producer_id_visited_at" ON "share_visit" ("producer_id", "visited_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "share_visit" cascade;`);
  }

}
