import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082805 extends Migration {

  override name = 'Migration20261130082805';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."session" ("id" uuid not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) null, "user_agent" varchar(200) null, "restricted" boolean not null default false, "revoked_at" timestamptz null, "revoke_reason" text null, primary key ("id"));`);
    this.addSql(`create index "session_account_id_index" on "identity"."session" ("account_id");`);
    this.addSql(`create index "session_revoked_at_index" on "identity"."session" ("revoked_at");`);

    this.addSql(`alter table "identity"."account" add "password_change_required" boolean not null default false, add "password_expires_at" timestamptz null;`);

    this.addSql(`alter table "identity"."auth_event" drop constraint "auth_event_kind_check";`);
    this.addSql(`alter table "identity"."auth_event" add "actor_id" uuid null, add "actor_username" varchar(64) null, add "detail" jsonb null;`);
    this.addSql(`create index "auth_event_actor_id_index" on "identity"."auth_event" ("actor_id");`);
    this.addSql(`alter table "identity"."auth_event" add constraint "auth_event_kind_check" check ("kind" in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'PASSWORD_CHANGE_FAILED', 'ACCOUNT_CREATED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET', 'ROLES_CHANGED', 'UNITS_CHANGED'));`);

    this.addSql(`alter table "identity"."session" add constraint "session_revoke_reason_check" check ("revoke_reason" in ('SIGNED_OUT', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'ACCOUNT_DISABLED', 'ROLES_CHANGED', 'UNITS_CHANGED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."session" cascade;`);

    this.addSql(`alter table "identity"."account" drop column "password_change_required", drop column "password_expires_at";`);

    this.addSql(`drop index "identity"."auth_event_actor_id_index";`);
    this.addSql(`alter table "identity"."auth_event" drop constraint "auth_event_kind_check";`);
    this.addSql(`alter table "identity"."auth_event" drop column "actor_id", drop column "actor_username", drop column "detail";`);
    this.addSql(`alter table "identity"."auth_event" add constraint "auth_event_kind_check" check ("kind" in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGNED_OUT'));`);
  }

}
