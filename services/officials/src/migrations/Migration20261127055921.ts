import { Migration } from '@mikro-orm/migrations';

export class Migration20261127055921 extends Migration {

  override name = 'Migration20261127055921';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "officials";`);
    this.addSql(`create table "officials"."official" ("id" uuid not null, "name" varchar(50) not null, "kind" text not null, "title" varchar(100) not null, "region_code" varchar(12) not null, "unit_id" uuid null, "account_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "official_kind_index" on "officials"."official" ("kind");`);
    this.addSql(`create index "official_region_code_index" on "officials"."official" ("region_code");`);
    this.addSql(`create index "official_unit_id_index" on "officials"."official" ("unit_id");`);
    this.addSql(`alter table "officials"."official" add constraint "official_account_id_unique" unique ("account_id");`);

    this.addSql(`alter table "officials"."official" add constraint "official_kind_check" check ("kind" in ('LEADER', 'NPC_DEPUTY', 'CPPCC_MEMBER', 'PARTY_CONGRESS_DEPUTY'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "officials"."official" cascade;`);

    this.addSql(`drop schema if exists "officials";`);
  }

}
