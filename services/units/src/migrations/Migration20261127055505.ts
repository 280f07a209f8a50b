import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055505 extends Migration {

  override name = 'Migration20261127055505';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "units";`);
    this.addSql(`create table "units"."unit" ("id" uuid not null, "code" varchar(12) null, "region_code" varchar(12) not null, "name" varchar(100) not null, "level" text not null, "kind" text not null, "parent_id" uuid null, "rule_set_code" varchar(40) not null default 'national-2022', "sort_order" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "units"."unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_region_code_index" on "units"."unit" ("region_code");`);
    this.addSql(`create index "unit_level_index" on "units"."unit" ("level");`);
    this.addSql(`create index "unit_parent_id_index" on "units"."unit" ("parent_id");`);
    this.addSql(`alter table "units"."unit" add constraint "unit_parent_id_name_unique" unique ("parent_id", "name");`);

    this.addSql(`alter table "units"."unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "units"."unit" ("id") on delete restrict;`);
    this.addSql(`alter table "units"."unit" add constraint "unit_level_check" check ("level" in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY'));`);
    this.addSql(`alter table "units"."unit" add constraint "unit_kind_check" check ("kind" in ('REGION', 'GOVERNMENT', 'PETITION_OFFICE', 'DEPARTMENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "units"."unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`drop table if exists "units"."unit" cascade;`);

    this.addSql(`drop schema if exists "units";`);
  }

}
