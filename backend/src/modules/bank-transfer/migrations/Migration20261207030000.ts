import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vietqr_payment" drop constraint if exists "vietqr_payment_status_check";`);
    this.addSql(`alter table if exists "vietqr_payment" add constraint "vietqr_payment_status_check" check("status" in ('awaiting', 'expired', 'paid', 'cancelled'));`);
    this.addSql(`alter table if exists "vietqr_payment" add column if not exists "client_ip" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vietqr_payment_client_ip_status" ON "vietqr_payment" ("client_ip", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_vietqr_payment_client_ip_status";`);
    this.addSql(`alter table if exists "vietqr_payment" drop column if exists "client_ip";`);
    this.addSql(`alter table if exists "vietqr_payment" drop constraint if exists "vietqr_payment_status_check";`);
    this.addSql(`alter table if exists "vietqr_payment" add constraint "vietqr_payment_status_check" check("status" in ('awaiting', 'paid', 'cancelled'));`);
  }

}
