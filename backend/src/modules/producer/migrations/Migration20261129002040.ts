import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129002040 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "onboarder" drop constraint if exists "onboarder_email_unique";`);
    this.addSql(`create table if not exists "onboarder" ("id" text not null, "email" text not null, "name" text not null, "team" text null, "village" text null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "onboarder_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_onboarder_email_unique" ON "onboarder" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_onboarder_deleted_at" ON "onboarder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_onboarder_village" ON "onboarder" ("village") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "member_id" text null, "invited_by_type" text not null, "invited_by_id" text not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_invite_token_hash_unique" ON "producer_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id" ON "producer_invite" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_deleted_at" ON "producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_invited_by_id" ON "producer_invite" ("invited_by_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_status_change" ("id" text not null, "from_status" text check ("from_status" in ('draft', 'submitted', 'verified', 'suspended')) null, "to_status" text check ("to_status" in ('draft', 'submitted', 'verified', 'suspended')) not null, "actor_type" text not null, "actor_id" text not null, "note" text null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status_change_producer_id" ON "producer_status_change" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status_change_deleted_at" ON "producer_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_invite" add constraint "producer_invite_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer_status_change" add constraint "producer_status_change_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer" add column if not exists "photos" text[] null, add column if not exists "consent_given_by" text null, add column if not exists "consent_method" text check ("consent_method" in ('signed_form', 'verbal_witnessed', 'in_app')) null, add column if not exists "consent_at" timestamptz null, add column if not exists "onboarder_id" text null;`);
    this.addSql(`alter table if exists "producer" add constraint "producer_onboarder_id_foreign" foreign key ("onboarder_id") references "onboarder" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_onboarder_id" ON "producer" ("onboarder_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_onboarder_id_foreign";`);

    this.addSql(`drop table if exists "onboarder" cascade;`);

    this.addSql(`drop table if exists "producer_invite" cascade;`);

    this.addSql(`drop table if exists "producer_status_change" cascade;`);

    this.addSql(`drop index if exists "IDX_producer_onboarder_id";`);
    this.addSql(`alter table if exists "producer" drop column if exists "photos", drop column if exists "consent_given_by", drop column if exists "consent_method", drop column if exists "consent_at", drop column if exists "onboarder_id";`);
  }

}
