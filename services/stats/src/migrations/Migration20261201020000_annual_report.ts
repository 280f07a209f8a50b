import { Migration } from '@mikro-orm/migrations';

// Issue 12, the annual report of Art. 41 (R-P15): how each petition was disposed of (forwarded,
// assigned, redirected), whether its review was asked for and how many supervision orders it
// drew, kept on its row of the projection, fed by the same events.
export class Migration20261201020000_annual_report extends Migration {
  override name = 'Migration20261201020000_annual_report';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "stats"."petition_fact" add column "disposal" varchar(10) null, add column "review_requests" int not null default 0, add column "supervision_orders" int not null default 0;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "stats"."petition_fact" drop column "disposal", drop column "review_requests", drop column "supervision_orders";`,
    );
  }
}
