import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" add column if not exists "displayed_stars" integer null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop column if exists "displayed_stars";`
    )
  }
}
