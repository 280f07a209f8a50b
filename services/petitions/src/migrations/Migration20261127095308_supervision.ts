import { Migration } from '@mikro-orm/migrations';

export class Migration20261127095308_supervision extends Migration {

  override name = 'Migration20261127095308_supervision';

  override up(): void | Promise<void> {
    this.addSql(`create table "petitions"."supervision_order" ("id" uuid not null, "petition_id" uuid not null, "unit_id" uuid not null, "level" text not null, "trigger" text not null, "note" text null, "issued_by_unit_id" uuid null, "issued_by_id" uuid null, "automatic" boolean not null default false, "issued_at" timestamptz not null, "due_at" timestamptz not null, "answer" text null, "answered_at" timestamptz null, "answered_by_id" uuid null, "escalated_at" timestamptz null, "escalates_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "supervision_order_petition_id_index" on "petitions"."supervision_order" ("petition_id");`);
    this.addSql(`create index "supervision_order_unit_id_index" on "petitions"."supervision_order" ("unit_id");`);
    this.addSql(`create index "supervision_order_due_at_index" on "petitions"."supervision_order" ("due_at");`);

    this.addSql(`alter table "petitions"."deadline" add "reminded_at" timestamptz null, add "overdue_at" timestamptz null;`);
    this.addSql(`create index "deadline_running_due_at_index" on "petitions"."deadline" ("due_at") where "met_at" is null and "closed_at" is null;`);

    this.addSql(`alter table "petitions"."supervision_order" add constraint "supervision_order_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
    this.addSql(`alter table "petitions"."supervision_order" add constraint "supervision_order_escalates_id_foreign" foreign key ("escalates_id") references "petitions"."supervision_order" ("id") on delete set null;`);
    this.addSql(`alter table "petitions"."supervision_order" add constraint "supervision_order_level_check" check ("level" in ('REMINDER', 'SUPERVISION', 'LISTED', 'TALK', 'PUBLIC_NOTICE'));`);
    this.addSql(`alter table "petitions"."supervision_order" add constraint "supervision_order_trigger_check" check ("trigger" in ('DEADLINE_MISSED', 'RESULT_NOT_REPORTED', 'PROCEDURE_BROKEN', 'BUCK_PASSING', 'REPLY_NOT_CARRIED_OUT', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."supervision_order" drop constraint "supervision_order_escalates_id_foreign";`);

    this.addSql(`drop table if exists "petitions"."supervision_order" cascade;`);

    this.addSql(`drop index "petitions"."deadline_running_due_at_index";`);
    this.addSql(`alter table "petitions"."deadline" drop column "reminded_at", drop column "overdue_at";`);
  }

}
