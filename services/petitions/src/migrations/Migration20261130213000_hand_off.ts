import { Migration } from '@mikro-orm/migrations';

// Hand-offs to people's mediation, a court or arbitration and what came back (R-MED, issue 11),
// and the petitioner's notice of one (HAND_OFF_NOTICE). At most one hand-off of a petition
// awaits its outcome at a time.
export class Migration20261130213000_hand_off extends Migration {
  override name = 'Migration20261130213000_hand_off';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "petitions"."hand_off" ("id" uuid not null, "petition_id" uuid not null, "to" text not null, "recipient" varchar(100) not null, "note" text null, "unit_id" uuid not null, "handed_off_at" timestamptz not null, "handed_off_by_id" uuid null, "outcome" text null, "summary" text null, "returned_at" timestamptz null, "returned_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "hand_off_petition_id_index" on "petitions"."hand_off" ("petition_id");`);
    this.addSql(
      `alter table "petitions"."hand_off" add constraint "hand_off_to_check" check ("to" in ('PEOPLES_MEDIATION', 'COURT', 'ARBITRATION'));`,
    );
    this.addSql(
      `alter table "petitions"."hand_off" add constraint "hand_off_outcome_check" check ("outcome" in ('AGREEMENT', 'NO_AGREEMENT', 'DECIDED', 'WITHDRAWN'));`,
    );
    this.addSql(
      `alter table "petitions"."hand_off" add constraint "hand_off_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "petitions"."petition_document" drop constraint "petition_document_kind_check";`);
    this.addSql(
      `alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'COMPETENCE_REFERRAL', 'COMPETENCE_DECISION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT', 'MEDIATION_AGREEMENT', 'HAND_OFF_NOTICE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."hand_off" cascade;`);
    this.addSql(`alter table "petitions"."petition_document" drop constraint "petition_document_kind_check";`);
    this.addSql(
      `alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'COMPETENCE_REFERRAL', 'COMPETENCE_DECISION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT', 'MEDIATION_AGREEMENT'));`,
    );
  }
}
