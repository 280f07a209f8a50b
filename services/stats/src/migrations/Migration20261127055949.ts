import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055949 extends Migration {

  override name = 'Migration20261127055949';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "stats";`);
    this.addSql(`create table "stats"."kpi_weight" ("id" uuid not null, "scheme" varchar(60) not null, "version" int not null, "kpi" text not null, "weight" numeric(6,2) not null, "threshold" numeric(5,4) null, "penalty" numeric(6,2) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "stats"."kpi_weight" add constraint "kpi_weight_scheme_version_kpi_unique" unique ("scheme", "version", "kpi");`);

    this.addSql(`alter table "stats"."kpi_weight" add constraint "kpi_weight_kpi_check" check ("kpi" in ('TIMELY_ACCEPTANCE_RATE', 'ON_TIME_COMPLETION_RATE', 'REPEAT_PETITION_RATE', 'EVALUATION_RATE', 'SATISFACTION_RATE', 'ONLINE_SHARE', 'CASE_OWNERSHIP_RESOLUTION_RATE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stats"."kpi_weight" cascade;`);

    this.addSql(`drop schema if exists "stats";`);
  }

}
