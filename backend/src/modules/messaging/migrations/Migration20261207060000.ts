import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "message_preference" ("id" text not null, "recipient_type" text check ("recipient_type" in ('member', 'officer')) not null, "recipient_id" text not null, "kind" text not null, "enabled" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "message_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_message_preference_deleted_at" ON "message_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_message_preference_recipient_type_recipient_id_kind_unique" ON "message_preference" ("recipient_type", "recipient_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_alert" ("id" text not null, "variant_id" text not null, "threshold" integer not null default 5, "alerted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_alert_variant_id_unique" ON "stock_alert" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_deleted_at" ON "stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "message_preference" cascade;`);
    this.addSql(`drop table if exists "stock_alert" cascade;`);
  }

}
