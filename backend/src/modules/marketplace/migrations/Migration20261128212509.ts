import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128212509 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "marketplace_listing" ("id" text not null, "marketplace" text check ("marketplace" in ('voso', 'postmart')) not null, "url" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "marketplace_listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_marketplace_listing_deleted_at" ON "marketplace_listing" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "listing_click" ("id" text not null, "clicked_at" timestamptz not null, "locale" text null, "listing_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_click_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_click_listing_id" ON "listing_click" ("listing_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_click_deleted_at" ON "listing_click" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_click_clicked_at" ON "listing_click" ("clicked_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "listing_click" add constraint "listing_click_listing_id_foreign" foreign key ("listing_id") references "marketplace_listing" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "listing_click" drop constraint if exists "listing_click_listing_id_foreign";`);

    this.addSql(`drop table if exists "marketplace_listing" cascade;`);

    this.addSql(`drop table if exists "listing_click" cascade;`);
  }

}
