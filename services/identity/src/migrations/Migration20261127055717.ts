import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055717 extends Migration {

  override name = 'Migration20261127055717';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."account" ("id" uuid not null, "username" varchar(64) not null, "password_hash" varchar(255) not null, "display_name" varchar(100) not null, "roles" text[] not null, "representative_kind" text null, "status" text not null default 'ACTIVE', "last_signed_in_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(`create table "identity"."account_unit" ("id" uuid not null, "account_id" uuid not null, "unit_id" uuid not null, "region_code" varchar(12) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "account_unit_account_id_index" on "identity"."account_unit" ("account_id");`);
    this.addSql(`create index "account_unit_unit_id_index" on "identity"."account_unit" ("unit_id");`);
    this.addSql(`alter table "identity"."account_unit" add constraint "account_unit_account_id_unit_id_unique" unique ("account_id", "unit_id");`);

    this.addSql(`create table "identity"."auth_event" ("id" uuid not null, "at" timestamptz not null, "kind" text not null, "account_id" uuid null, "username" varchar(64) not null, "ip" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "auth_event_at_index" on "identity"."auth_event" ("at");`);
    this.addSql(`create index "auth_event_account_id_index" on "identity"."auth_event" ("account_id");`);

    this.addSql(`create table "identity"."login_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`alter table "identity"."account" add constraint "account_representative_kind_check" check ("representative_kind" in ('NPC_DEPUTY', 'CPPCC_MEMBER', 'PARTY_CONGRESS_DEPUTY'));`);
    this.addSql(`alter table "identity"."account" add constraint "account_status_check" check ("status" in ('ACTIVE', 'DISABLED'));`);

    this.addSql(`alter table "identity"."account_unit" add constraint "account_unit_account_id_foreign" foreign key ("account_id") references "identity"."account" ("id") on delete cascade;`);

    this.addSql(`alter table "identity"."auth_event" add constraint "auth_event_kind_check" check ("kind" in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGNED_OUT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."account_unit" drop constraint "account_unit_account_id_foreign";`);

    this.addSql(`drop table if exists "identity"."account" cascade;`);
    this.addSql(`drop table if exists "identity"."account_unit" cascade;`);
    this.addSql(`drop table if exists "identity"."auth_event" cascade;`);
    this.addSql(`drop table if exists "identity"."login_throttle" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }

}
