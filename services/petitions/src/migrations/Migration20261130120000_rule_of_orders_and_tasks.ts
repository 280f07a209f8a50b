import { Migration } from '@mikro-orm/migrations';

// Supervision orders and tasks record the rule set their unit worked under (R-T2, issue 9).
export class Migration20261130120000_rule_of_orders_and_tasks extends Migration {

  override name = 'Migration20261130120000_rule_of_orders_and_tasks';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."supervision_order" add column "rule_set_code" varchar(40) null, add column "rule_set_version" int null;`);
    this.addSql(`alter table "petitions"."petition_task" add column "rule_set_code" varchar(40) null, add column "rule_set_version" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."supervision_order" drop column "rule_set_code", drop column "rule_set_version";`);
    this.addSql(`alter table "petitions"."petition_task" drop column "rule_set_code", drop column "rule_set_version";`);
  }

}
