import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128212504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "stars" integer not null, "decision_number" text not null, "issuing_level" text check ("issuing_level" in ('province', 'national', 'district')) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "image_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}
