import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206233000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "onboarder" add column if not exists "deactivated_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "onboarder" drop column if exists "deactivated_at";`
    )
  }
}
