import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128215513 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vietqr_payment" drop constraint if exists "vietqr_payment_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "vietqr_payment" drop constraint if exists "vietqr_payment_reference_unique";`
    )
    this.addSql(
      `alter table if exists "bank_transaction" drop constraint if exists "bank_transaction_transaction_id_unique";`
    )
    this.addSql(
      `create table if not exists "bank_transaction" ("id" text not null, "transaction_id" text not null, "gateway" text null, "account_number" text null, "transaction_date" text null, "content" text null, "transfer_type" text check ("transfer_type" in ('in', 'out')) not null, "amount" numeric not null, "reference" text null, "order_id" text null, "outcome" text check ("outcome" in ('captured', 'underpaid', 'unknown_reference', 'already_paid', 'outgoing')) not null, "raw" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transaction_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transaction_transaction_id_unique" ON "bank_transaction" ("transaction_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_deleted_at" ON "bank_transaction" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_outcome" ON "bank_transaction" ("outcome") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_order_id" ON "bank_transaction" ("order_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "vietqr_payment" ("id" text not null, "reference" text not null, "order_id" text not null, "payment_id" text not null, "amount" numeric not null, "status" text check ("status" in ('awaiting', 'paid', 'cancelled')) not null default 'awaiting', "paid_at" timestamptz null, "confirmed_by" text null, "expires_at" timestamptz not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vietqr_payment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vietqr_payment_reference_unique" ON "vietqr_payment" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vietqr_payment_order_id_unique" ON "vietqr_payment" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vietqr_payment_deleted_at" ON "vietqr_payment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vietqr_payment_status_expires_at" ON "vietqr_payment" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_transaction" cascade;`)

    this.addSql(`drop table if exists "vietqr_payment" cascade;`)
  }
}
