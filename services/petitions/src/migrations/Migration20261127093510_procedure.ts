import { Migration } from '@mikro-orm/migrations';

export class Migration20261127093510_procedure extends Migration {

  override name = 'Migration20261127093510_procedure';

  override up(): void | Promise<void> {
    this.addSql(`create table "petitions"."evaluation" ("id" uuid not null, "petition_id" uuid not null, "target" text not null, "unit_id" uuid not null, "rating" text not null, "comment" text null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evaluation_petition_id_index" on "petitions"."evaluation" ("petition_id");`);
    this.addSql(`create index "evaluation_unit_id_index" on "petitions"."evaluation" ("unit_id");`);
    this.addSql(`alter table "petitions"."evaluation" add constraint "evaluation_petition_target_unique" unique ("petition_id", "target");`);

    this.addSql(`create table "petitions"."petition_document" ("id" uuid not null, "petition_id" uuid not null, "kind" text not null, "unit_id" uuid null, "issued_by_id" uuid null, "issued_at" timestamptz not null, "outcome" text null, "facts" text null, "reasons" text null, "legal_basis" text null, "text" text not null, "visible_to_petitioner" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "petition_document_petition_id_index" on "petitions"."petition_document" ("petition_id");`);

    this.addSql(`create table "petitions"."petition_task" ("id" uuid not null, "petition_id" uuid not null, "kind" text not null, "unit_id" uuid not null, "due_at" timestamptz null, "created_at" timestamptz not null, "done_at" timestamptz null, "note" text null, "report" text null, primary key ("id"));`);
    this.addSql(`create index "petition_task_petition_id_index" on "petitions"."petition_task" ("petition_id");`);
    this.addSql(`create index "petition_task_unit_id_index" on "petitions"."petition_task" ("unit_id");`);
    this.addSql(`create index "petition_task_due_at_index" on "petitions"."petition_task" ("due_at");`);

    this.addSql(`alter table "petitions"."petition" add "disposal_mode" varchar(10) null, add "review_unit_id" uuid null, add "simplified" boolean not null default false, add "concluded_at" timestamptz null;`);
    this.addSql(`create index "petition_review_unit_id_index" on "petitions"."petition" ("review_unit_id");`);

    this.addSql(`alter table "petitions"."deadline" add "unit_id" uuid null, add "extension_days" int not null default 0, add "extension_reason" text null, add "closed_at" timestamptz null;`);
    this.addSql(`create index "deadline_unit_id_index" on "petitions"."deadline" ("unit_id");`);

    this.addSql(`alter table "petitions"."evaluation" add constraint "evaluation_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."evaluation" add constraint "evaluation_target_check" check ("target" in ('PETITION_OFFICE', 'RESPONSIBLE_UNIT'));`);
    this.addSql(`alter table "petitions"."evaluation" add constraint "evaluation_rating_check" check ("rating" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'));`);

    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT'));`);
    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_outcome_check" check ("outcome" in ('SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'));`);

    this.addSql(`alter table "petitions"."petition_task" add constraint "petition_task_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."petition_task" add constraint "petition_task_kind_check" check ("kind" in ('LEAD', 'CO_HANDLING', 'COMPLETION_REPORT', 'FOLLOW_UP'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."evaluation" cascade;`);
    this.addSql(`drop table if exists "petitions"."petition_document" cascade;`);
    this.addSql(`drop table if exists "petitions"."petition_task" cascade;`);

    this.addSql(`drop index "petitions"."deadline_unit_id_index";`);
    this.addSql(`alter table "petitions"."deadline" drop column "unit_id", drop column "extension_days", drop column "extension_reason", drop column "closed_at";`);

    this.addSql(`drop index "petitions"."petition_review_unit_id_index";`);
    this.addSql(`alter table "petitions"."petition" drop column "disposal_mode", drop column "review_unit_id", drop column "simplified", drop column "concluded_at";`);
  }

}
