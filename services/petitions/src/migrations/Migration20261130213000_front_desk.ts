import { Migration } from '@mikro-orm/migrations';

/** A letter's postmark date, as the front desk reads it (issue 11). */
export class Migration20261130213000_front_desk extends Migration {
  override name = 'Migration20261130213000_front_desk';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition" add column "postmarked_on" varchar(10) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition" drop column "postmarked_on";`);
  }
}
