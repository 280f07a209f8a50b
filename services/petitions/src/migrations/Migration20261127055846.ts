import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055846 extends Migration {

  override name = 'Migration20261127055846';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "petitions";`);
    this.addSql(`create table "petitions"."outbox_event" ("seq" bigserial primary key, "id" uuid not null, "type" varchar(60) not null, "aggregate_id" uuid not null, "occurred_at" timestamptz not null, "payload" jsonb not null);`);
    this.addSql(`alter table "petitions"."outbox_event" add constraint "outbox_event_id_unique" unique ("id");`);
    this.addSql(`create index "outbox_event_aggregate_id_index" on "petitions"."outbox_event" ("aggregate_id");`);

    this.addSql(`create table "petitions"."petition" ("id" uuid not null, "tracking_code" varchar(16) not null, "status" text not null, "kind" text not null, "channel" text not null, "category_code" varchar(32) not null, "region_code" varchar(12) not null, "title" varchar(200) not null, "content" text not null, "received_at" timestamptz not null, "lead_unit_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "petitions"."petition" add constraint "petition_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "petition_status_index" on "petitions"."petition" ("status");`);
    this.addSql(`create index "petition_category_code_index" on "petitions"."petition" ("category_code");`);
    this.addSql(`create index "petition_lead_unit_id_index" on "petitions"."petition" ("lead_unit_id");`);
    this.addSql(`create index "petition_received_at_id_index" on "petitions"."petition" ("received_at", "id");`);
    this.addSql(`create index "petition_region_code_pattern_index" on "petitions"."petition" ("region_code" varchar_pattern_ops);`);

    this.addSql(`create table "petitions"."petition_history" ("id" uuid not null, "petition_id" uuid not null, "at" timestamptz not null, "action" varchar(40) not null, "actor_id" uuid null, "from_status" text null, "to_status" text null, "note" text null, "visible_to_petitioner" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "petition_history_petition_id_index" on "petitions"."petition_history" ("petition_id");`);

    this.addSql(`alter table "petitions"."petition" add constraint "petition_status_check" check ("status" in ('REGISTERED', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'DECLINED', 'REDIRECTED', 'REPLIED', 'IN_REVIEW', 'REVIEWED', 'IN_RE_REVIEW', 'RE_REVIEWED', 'CONCLUDED'));`);
    this.addSql(`alter table "petitions"."petition" add constraint "petition_kind_check" check ("kind" in ('SUGGESTION', 'REPORT', 'COMPLAINT'));`);
    this.addSql(`alter table "petitions"."petition" add constraint "petition_channel_check" check ("channel" in ('ONLINE', 'LETTER', 'VISIT', 'PHONE', 'EMAIL', 'FAX', 'HOTLINE_TRANSFER', 'AGENCY_IMPORT'));`);

    this.addSql(`alter table "petitions"."petition_history" add constraint "petition_history_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."petition_history" add constraint "petition_history_from_status_check" check ("from_status" in ('REGISTERED', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'DECLINED', 'REDIRECTED', 'REPLIED', 'IN_REVIEW', 'REVIEWED', 'IN_RE_REVIEW', 'RE_REVIEWED', 'CONCLUDED'));`);
    this.addSql(`alter table "petitions"."petition_history" add constraint "petition_history_to_status_check" check ("to_status" in ('REGISTERED', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'DECLINED', 'REDIRECTED', 'REPLIED', 'IN_REVIEW', 'REVIEWED', 'IN_RE_REVIEW', 'RE_REVIEWED', 'CONCLUDED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition_history" drop constraint "petition_history_petition_id_foreign";`);

    this.addSql(`drop table if exists "petitions"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "petitions"."petition" cascade;`);
    this.addSql(`drop table if exists "petitions"."petition_history" cascade;`);

    this.addSql(`drop schema if exists "petitions";`);
  }

}
