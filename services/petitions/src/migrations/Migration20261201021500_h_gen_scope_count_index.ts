import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 12, a million petitions: the inbox's total counts every petition in the viewer's scope,
 * and its condition (region, lead, receiving or review unit, a task) is an OR that no one index
 * answers, so PostgreSQL read the whole table (1.3 GB at 750,000 petitions, 6 s). This narrow
 * index holds every column the scope reads: the count scans it alone (an index-only scan).
 */
export class Migration20261201021500_h_gen_scope_count_index extends Migration {
  override name = 'Migration20261201021500_h_gen_scope_count_index';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "petition_scope_count_index" on "petitions"."petition" ("region_code" varchar_pattern_ops) include ("kind", "respondent_unit_id", "lead_unit_id", "receiving_unit_id", "review_unit_id", "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "petitions"."petition_scope_count_index";`);
  }
}
