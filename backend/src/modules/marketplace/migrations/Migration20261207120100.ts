import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207120100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "listing_click" add column if not exists "source" text check ("source" in ('zalo', 'fb', 'qr', 'copy')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "listing_click" drop column if exists "source";`);
  }

}
