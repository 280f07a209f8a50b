import { Migration } from '@mikro-orm/migrations';

// The holiday arrangements administrators publish, and an audit trail of changes to reference
// data (a year's arrangement, a unit's rule set) (issue 17, R-T1).
export class Migration20261130150000_calendar extends Migration {

  override name = 'Migration20261130150000_calendar';

  override up(): void | Promise<void> {
    this.addSql(`create table "units"."holiday_schedule" ("year" int not null, "days" jsonb not null, "published_at" timestamptz not null, "published_by_id" uuid null, constraint "holiday_schedule_pkey" primary key ("year"));`);
    this.addSql(`create table "units"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "action" varchar(40) not null, "subject" varchar(60) not null, "detail" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "units"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "units"."audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_subject_index" on "units"."audit_entry" ("subject");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "units"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "units"."holiday_schedule" cascade;`);
  }

}
