import { Migration } from '@mikro-orm/migrations';

export class Migration20261130174503 extends Migration {

  override name = 'Migration20261130174503';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."verification_code" ("id" uuid not null, "phone" varchar(11) not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "used_at" timestamptz null, "ip" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "verification_code_phone_index" on "identity"."verification_code" ("phone");`);

    this.addSql(`create table "identity"."verification_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`alter table "identity"."account" add "phone" varchar(11) null, add "phone_verified_at" timestamptz null;`);
    this.addSql(`alter table "identity"."account" add constraint "account_phone_unique" unique ("phone");`);

    this.addSql(`alter table "identity"."auth_event" drop constraint "auth_event_kind_check";`);
    this.addSql(`alter table "identity"."auth_event" add constraint "auth_event_kind_check" check ("kind" in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'PASSWORD_CHANGE_FAILED', 'CITIZEN_REGISTERED', 'PASSWORD_RESET_BY_CODE', 'ACCOUNT_CREATED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET', 'ROLES_CHANGED', 'UNITS_CHANGED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."verification_code" cascade;`);
    this.addSql(`drop table if exists "identity"."verification_throttle" cascade;`);

    this.addSql(`alter table "identity"."account" drop constraint "account_phone_unique";`);
    this.addSql(`alter table "identity"."account" drop column "phone", drop column "phone_verified_at";`);

    this.addSql(`alter table "identity"."auth_event" drop constraint "auth_event_kind_check";`);
    this.addSql(`alter table "identity"."auth_event" add constraint "auth_event_kind_check" check ("kind" in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'PASSWORD_CHANGE_FAILED', 'ACCOUNT_CREATED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET', 'ROLES_CHANGED', 'UNITS_CHANGED'));`);
  }

}
