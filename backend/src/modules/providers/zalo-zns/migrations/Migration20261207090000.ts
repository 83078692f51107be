import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The Zalo Official Account's tokens, one row per Zalo app: the newest (single-use, rotating)
 * refresh token, the access token it last bought and when that expires. `seed_digest` is the
 * SHA-256 of the configured ZALO_OA_REFRESH_TOKEN the row started from: a new setting replaces
 * the stored token, the same one never does.
 */
export class Migration20261207090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "zalo_oa_token" ("app_id" text not null, "refresh_token" text not null, "seed_digest" text not null, "access_token" text null, "access_token_expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "zalo_oa_token_pkey" primary key ("app_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "zalo_oa_token" cascade;`);
  }

}
