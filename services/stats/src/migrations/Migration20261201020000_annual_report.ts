import { Migration } from '@mikro-orm/migrations';

// Issue 12, the annual report of Art. 41 (R-P15): how each petition was disposed of (forwarded,
// assigned, redirected), whether a review was asked for and whether it was supervised, kept on
// its row of the projection, fed by the same events (flags, so that an event applied again
// changes nothing).
export class Migration20261201020000_annual_report extends Migration {
  override name = 'Migration20261201020000_annual_report';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "stats"."petition_fact" add column "disposal" varchar(10) null, add column "review_requested" boolean not null default false, add column "supervised" boolean not null default false;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "stats"."petition_fact" drop column "disposal", drop column "review_requested", drop column "supervised";`,
    );
  }
}
