import { Migration } from '@mikro-orm/migrations';

// The administrator sets a KPI weight scheme as a new version effective from a date (issue 10,
// R-PERF); old versions stay. Each change is audited in the stats schema's own audit trail.
export class Migration20261130223000_admin_kpi_weights extends Migration {
  override name = 'Migration20261130223000_admin_kpi_weights';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "stats"."kpi_weight" add column "effective_from" varchar(10) null, add column "created_by_id" uuid null;`,
    );
    this.addSql(
      `create table "stats"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "action" varchar(40) not null, "subject" varchar(60) not null, "detail" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "stats"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "stats"."audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_subject_index" on "stats"."audit_entry" ("subject");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stats"."audit_entry" cascade;`);
    this.addSql(`alter table "stats"."kpi_weight" drop column "effective_from", drop column "created_by_id";`);
  }
}
