import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "harvest_preorder" ("id" text not null, "harvest_on" text not null, "ships_on" text not null, "quantity" integer not null, "ordered" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "harvest_preorder_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_harvest_preorder_deleted_at" ON "harvest_preorder" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "preorder_line" ("id" text not null, "preorder_id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text not null, "quantity" integer not null, "ships_on" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "preorder_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_line_order_id" ON "preorder_line" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_preorder_line_deleted_at" ON "preorder_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "preorder_line" cascade;`)
    this.addSql(`drop table if exists "harvest_preorder" cascade;`)
  }
}
