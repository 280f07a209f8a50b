import { Migration } from '@mikro-orm/migrations';

// Deadlines counted on a year without a published arrangement are provisional, and counted
// again when it is published; the calendar revision each year was last counted on (issue 17, R-T1).
export class Migration20261130150000_calendar extends Migration {
  override name = 'Migration20261130150000_calendar';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."deadline" add column "provisional" boolean not null default false;`);
    this.addSql(
      `create table "petitions"."calendar_applied" ("year" int not null, "revision" varchar(32) not null, "applied_at" timestamptz not null, constraint "calendar_applied_pkey" primary key ("year"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."calendar_applied" cascade;`);
    this.addSql(`alter table "petitions"."deadline" drop column "provisional";`);
  }
}
