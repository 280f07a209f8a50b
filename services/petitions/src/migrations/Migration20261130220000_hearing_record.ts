import { Migration } from '@mikro-orm/migrations';

// A hearing's participants and minutes (R-AGT, R-P10, issue 11): holdHearing and endHearing
// took only a note.
export class Migration20261130220000_hearing_record extends Migration {
  override name = 'Migration20261130220000_hearing_record';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "petitions"."hearing" ("id" uuid not null, "petition_id" uuid not null, "unit_id" uuid null, "started_at" timestamptz not null, "started_by_id" uuid null, "participants" text[] not null default '{}', "ended_at" timestamptz null, "minutes" text null, primary key ("id"));`,
    );
    this.addSql(`create index "hearing_petition_id_index" on "petitions"."hearing" ("petition_id");`);
    this.addSql(
      `alter table "petitions"."hearing" add constraint "hearing_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."hearing" cascade;`);
  }
}
