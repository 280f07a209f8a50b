import { Migration } from '@mikro-orm/migrations';

export class Migration20261127072855_intake extends Migration {

  override name = 'Migration20261127072855_intake';

  override up(): void | Promise<void> {
    // Before any release the skeleton seeded a few demo petitions without petitioners,
    // receiving unit or taxonomy codes; they cannot meet this model and are demo data: the
    // demo seed registers them again through intake.
    this.addSql(`delete from "petitions"."outbox_event";`);
    this.addSql(`delete from "petitions"."petition";`);
    this.addSql(`create table "petitions"."category" ("code" varchar(8) not null, "parent_code" varchar(8) null, "level" int not null, "name_zh" varchar(60) not null, "name_en" varchar(100) not null, "hot" boolean not null default false, "legal_channel" text null, "sort_order" int not null default 0, "active" boolean not null default true, primary key ("code"));`);
    this.addSql(`create index "category_parent_code_index" on "petitions"."category" ("parent_code");`);

    this.addSql(`create table "petitions"."key_person" ("id" uuid not null, "phone_hash" varchar(64) null, "id_number_hash" varchar(64) null, "reason" text not null, "added_by_id" uuid null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "key_person_phone_hash_index" on "petitions"."key_person" ("phone_hash");`);
    this.addSql(`create index "key_person_id_number_hash_index" on "petitions"."key_person" ("id_number_hash");`);

    this.addSql(`create table "petitions"."personal_data_access" ("id" uuid not null, "at" timestamptz not null, "account_id" uuid not null, "petition_id" uuid not null, "petitioner_id" uuid not null, "field" varchar(20) not null, "ip" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "personal_data_access_at_index" on "petitions"."personal_data_access" ("at");`);
    this.addSql(`create index "personal_data_access_account_id_index" on "petitions"."personal_data_access" ("account_id");`);
    this.addSql(`create index "personal_data_access_petition_id_index" on "petitions"."personal_data_access" ("petition_id");`);

    this.addSql(`create table "petitions"."deadline" ("id" uuid not null, "petition_id" uuid not null, "kind" text not null, "basis" text not null, "days" int not null, "rule_set_code" varchar(40) not null, "rule_set_version" int not null, "start_event" varchar(40) not null, "start_at" timestamptz not null, "due_at" timestamptz not null, "met_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "deadline_petition_id_index" on "petitions"."deadline" ("petition_id");`);
    this.addSql(`create index "deadline_due_at_index" on "petitions"."deadline" ("due_at");`);

    this.addSql(`create table "petitions"."attachment" ("id" uuid not null, "petition_id" uuid null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by_account_id" uuid null, "uploaded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attachment_petition_id_index" on "petitions"."attachment" ("petition_id");`);

    this.addSql(`create table "petitions"."petitioner" ("id" uuid not null, "petition_id" uuid not null, "position" int not null, "role" text not null, "name" varchar(50) not null, "phone_encrypted" text null, "phone_hash" varchar(64) null, "phone_masked" varchar(20) null, "phone_last4" varchar(4) null, "id_number_encrypted" text null, "id_number_hash" varchar(64) null, "id_number_masked" varchar(18) null, "address" varchar(200) null, "relationship" varchar(50) null, "power_of_attorney_attachment_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "petitioner_petition_id_index" on "petitions"."petitioner" ("petition_id");`);
    this.addSql(`create index "petitioner_phone_hash_index" on "petitions"."petitioner" ("phone_hash");`);
    this.addSql(`create index "petitioner_id_number_hash_index" on "petitions"."petitioner" ("id_number_hash");`);

    this.addSql(`create table "petitions"."tracking_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`alter table "petitions"."petition" add "address" varchar(200) null, add "receiving_unit_id" uuid not null, add "respondent_unit_id" uuid null, add "confidential" boolean not null default false, add "people_involved" int not null default 1, add "risk_flags" text[] not null default '{}', add "risk_level" int not null default 0, add "repeat_of_id" uuid null, add "legal_channel" text null, add "submitter_account_id" uuid null, add "registered_by_id" uuid null, add "idempotency_scope" varchar(80) null, add "idempotency_key" varchar(100) null, add "title_tokens" text not null, add "content_tokens" text not null;`);
    this.addSql(`alter table "petitions"."petition" add constraint "petition_repeat_of_id_foreign" foreign key ("repeat_of_id") references "petitions"."petition" ("id") on delete set null;`);
    this.addSql(`alter table "petitions"."petition" alter column "category_code" type varchar(8) using ("category_code"::varchar(8));`);
    this.addSql(`create index "petition_receiving_unit_id_index" on "petitions"."petition" ("receiving_unit_id");`);
    this.addSql(`create index "petition_respondent_unit_id_index" on "petitions"."petition" ("respondent_unit_id");`);
    this.addSql(`create index "petition_repeat_of_id_index" on "petitions"."petition" ("repeat_of_id");`);
    this.addSql(`create index "petition_submitter_account_id_index" on "petitions"."petition" ("submitter_account_id");`);
    this.addSql(`create index "petition_search_index" on "petitions"."petition" using gin ((setweight(to_tsvector('simple', "title_tokens"), 'A') || setweight(to_tsvector('simple', "content_tokens"), 'B')));`);
    this.addSql(`alter table "petitions"."petition" add constraint "petition_idempotency_unique" unique ("idempotency_scope", "idempotency_key");`);
    this.addSql(`alter table "petitions"."petition" add constraint "petition_legal_channel_check" check ("legal_channel" in ('LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE_REVIEW', 'PEOPLES_CONGRESS', 'PROCURATORATE', 'DISCIPLINE_INSPECTION'));`);

    this.addSql(`alter table "petitions"."petition_history" add "actor_unit_id" uuid null;`);

    this.addSql(`alter table "petitions"."category" add constraint "category_legal_channel_check" check ("legal_channel" in ('LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE_REVIEW', 'PEOPLES_CONGRESS', 'PROCURATORATE', 'DISCIPLINE_INSPECTION'));`);

    this.addSql(`alter table "petitions"."deadline" add constraint "deadline_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."deadline" add constraint "deadline_kind_check" check ("kind" in ('DISPOSAL', 'ACCEPTANCE', 'OBJECTION', 'HANDLING', 'REVIEW_REQUEST', 'REVIEW', 'RE_REVIEW_REQUEST', 'RE_REVIEW'));`);
    this.addSql(`alter table "petitions"."deadline" add constraint "deadline_basis_check" check ("basis" in ('CALENDAR_DAYS', 'WORKING_DAYS'));`);

    this.addSql(`alter table "petitions"."attachment" add constraint "attachment_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);

    this.addSql(`alter table "petitions"."petitioner" add constraint "petitioner_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."petitioner" add constraint "petitioner_role_check" check ("role" in ('PETITIONER', 'REPRESENTATIVE', 'AGENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."category" cascade;`);
    this.addSql(`drop table if exists "petitions"."key_person" cascade;`);
    this.addSql(`drop table if exists "petitions"."personal_data_access" cascade;`);
    this.addSql(`drop table if exists "petitions"."deadline" cascade;`);
    this.addSql(`drop table if exists "petitions"."attachment" cascade;`);
    this.addSql(`drop table if exists "petitions"."petitioner" cascade;`);
    this.addSql(`drop table if exists "petitions"."tracking_throttle" cascade;`);

    this.addSql(`alter table "petitions"."petition" drop constraint "petition_repeat_of_id_foreign";`);

    this.addSql(`drop index "petitions"."petition_receiving_unit_id_index";`);
    this.addSql(`drop index "petitions"."petition_respondent_unit_id_index";`);
    this.addSql(`drop index "petitions"."petition_repeat_of_id_index";`);
    this.addSql(`drop index "petitions"."petition_submitter_account_id_index";`);
    this.addSql(`drop index "petitions"."petition_search_index";`);
    this.addSql(`alter table "petitions"."petition" drop constraint "petition_idempotency_unique";`);
    this.addSql(`alter table "petitions"."petition" drop constraint "petition_legal_channel_check";`);
    this.addSql(`alter table "petitions"."petition" drop column "address", drop column "receiving_unit_id", drop column "respondent_unit_id", drop column "confidential", drop column "people_involved", drop column "risk_flags", drop column "risk_level", drop column "repeat_of_id", drop column "legal_channel", drop column "submitter_account_id", drop column "registered_by_id", drop column "idempotency_scope", drop column "idempotency_key", drop column "title_tokens", drop column "content_tokens";`);
    this.addSql(`alter table "petitions"."petition" alter column "category_code" type varchar(32) using ("category_code"::varchar(32));`);

    this.addSql(`alter table "petitions"."petition_history" drop column "actor_unit_id";`);
  }

}
