import { Migration } from '@mikro-orm/migrations';

// The key-person register as petition offices keep it (R-P5, issue 11): the person's name and
// masked contact, the office that marked them, a review date, removal with a reason; and the
// log of every read and change of the register.
export class Migration20261130190000_key_person_register extends Migration {
  override name = 'Migration20261130190000_key_person_register';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "petitions"."key_person" add column "name" varchar(50) null, add column "phone_encrypted" text null, add column "phone_masked" varchar(20) null, add column "id_number_encrypted" text null, add column "id_number_masked" varchar(18) null, add column "unit_id" uuid null, add column "region_code" varchar(12) null, add column "review_on" varchar(10) null, add column "removed_at" timestamptz null, add column "removed_by_id" uuid null, add column "removal_reason" text null;`,
    );
    this.addSql(`create index "key_person_region_code_index" on "petitions"."key_person" ("region_code");`);
    this.addSql(
      `create table "petitions"."key_person_access" ("id" uuid not null, "at" timestamptz not null, "key_person_id" uuid not null, "action" varchar(10) not null, "account_id" uuid not null, "unit_id" uuid null, "ip" varchar(45) null, primary key ("id"));`,
    );
    this.addSql(`create index "key_person_access_key_person_id_index" on "petitions"."key_person_access" ("key_person_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."key_person_access" cascade;`);
    this.addSql(`drop index "petitions"."key_person_region_code_index";`);
    this.addSql(
      `alter table "petitions"."key_person" drop column "name", drop column "phone_encrypted", drop column "phone_masked", drop column "id_number_encrypted", drop column "id_number_masked", drop column "unit_id", drop column "region_code", drop column "review_on", drop column "removed_at", drop column "removed_by_id", drop column "removal_reason";`,
    );
  }
}
