import { Migration } from '@mikro-orm/migrations';

// Issue 12: the projections of the petitions service's events (R-P14, R-P15, R-HOT). Fed only
// by the event feed (`/internal/events`), rebuilt from it (`pnpm --filter @tjxf/stats rebuild`):
// a cursor, one row per petition, KPI facts and their calendar rollups, trend rollups
// (docs/kpis.md, docs/events.md "The stats consumer").
export class Migration20261201013000_stats_projections extends Migration {
  override name = 'Migration20261201013000_stats_projections';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "stats"."event_cursor" ("source" varchar(40) not null, "last_tx_id" xid8 not null default '0', "last_seq" bigint not null default 0, "applied" bigint not null default 0, "updated_at" timestamptz null, primary key ("source"));`,
    );
    this.addSql(
      `create table "stats"."petition_fact" ("petition_id" uuid not null, "registered_on" date not null, "region_code" varchar(12) not null, "category_code" varchar(8) not null, "channel" varchar(20) not null, "kind" varchar(20) not null, "receiving_unit_id" uuid null, "lead_unit_id" uuid null, "respondent_unit_id" uuid null, "people_involved" int not null default 1, "repeat_of_id" uuid null, "skipped_level" boolean not null default false, "legal_channel" boolean not null default false, "status" varchar(30) not null, "outcome" varchar(20) null, "replied_on" date null, "replying_unit_id" uuid null, "rating" varchar(30) null, primary key ("petition_id"));`,
    );
    this.addSql(`create index "petition_fact_registered_on_index" on "stats"."petition_fact" ("registered_on");`);
    this.addSql(
      `create index "petition_fact_region_code_index" on "stats"."petition_fact" ("region_code" varchar_pattern_ops, "registered_on");`,
    );
    this.addSql(`create index "petition_fact_repeat_of_id_index" on "stats"."petition_fact" ("repeat_of_id");`);
    this.addSql(`create index "petition_fact_lead_unit_id_index" on "stats"."petition_fact" ("lead_unit_id");`);
    this.addSql(
      `create table "stats"."kpi_fact" ("fact_key" varchar(200) not null, "kpi" varchar(40) not null, "role" varchar(20) not null, "unit_id" uuid not null, "day" date not null, "numerator" int not null, "denominator" int not null, primary key ("fact_key"));`,
    );
    for (const [table, period] of [
      ['kpi_day', 'day'],
      ['kpi_month', 'month'],
    ]) {
      this.addSql(
        `create table "stats"."${table}" ("kpi" varchar(40) not null, "role" varchar(20) not null, "unit_id" uuid not null, "${period}" date not null, "numerator" int not null default 0, "denominator" int not null default 0, primary key ("unit_id", "${period}", "kpi", "role"));`,
      );
      this.addSql(`create index "${table}_${period}_index" on "stats"."${table}" ("${period}", "unit_id");`);
    }
    for (const [table, period] of [
      ['trend_day', 'day'],
      ['trend_month', 'month'],
    ]) {
      this.addSql(
        `create table "stats"."${table}" ("${period}" date not null, "region_code" varchar(12) not null, "category_code" varchar(8) not null, "channel" varchar(20) not null, "count" int not null default 0, "collective" int not null default 0, "skipped_level" int not null default 0, primary key ("${period}", "region_code", "category_code", "channel"));`,
      );
      this.addSql(
        `create index "${table}_region_code_index" on "stats"."${table}" ("region_code" varchar_pattern_ops, "${period}");`,
      );
      this.addSql(
        `create index "${table}_category_code_index" on "stats"."${table}" ("category_code" varchar_pattern_ops, "${period}");`,
      );
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['trend_month', 'trend_day', 'kpi_month', 'kpi_day', 'kpi_fact', 'petition_fact', 'event_cursor'])
      this.addSql(`drop table if exists "stats"."${table}" cascade;`);
  }
}
