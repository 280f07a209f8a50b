import { Migration } from '@mikro-orm/migrations';

export class Migration20261130083038_disclosure extends Migration {

  override name = 'Migration20261130083038_disclosure';

  override up(): void | Promise<void> {
    // the access log records phones, addresses and attachments too, with the reader's unit (issue 8)
    this.addSql(`alter table "petitions"."personal_data_access" add "unit_id" uuid null, add "attachment_id" uuid null;`);
    this.addSql(`alter table "petitions"."personal_data_access" alter column "petitioner_id" drop not null;`);
    // a repeat's note no longer names the earlier petition: the link is repeatOf, shown by the disclosure rule
    this.addSql(`update "petitions"."petition_history" set "note" = regexp_replace(regexp_replace("note", '与 \\S+ 为同一人反映的同一事项。', '与此前一件信访事项为同一人反映的同一事项。'), 'Repeat of \\S+\\.', 'Repeat of an earlier petition by the same person.') where "action" = 'REPEAT_DETECTED';`);
    // events of a petition that withholds who filed it carry no link to that person (nothing consumed them yet)
    this.addSql(`update "petitions"."outbox_event" e set "payload" = e."payload" - 'repeatOfId' - (case when e."payload"->>'actorId' = p."submitter_account_id"::text then 'actorId' else '' end) from "petitions"."petition" p where p."id" = e."aggregate_id" and p."respondent_unit_id" is not null and (p."kind" = 'REPORT' or p."confidential");`);
    this.addSql(`update "petitions"."outbox_event" e set "payload" = jsonb_set(jsonb_set(e."payload", '{riskFlags}', (e."payload"->'riskFlags') - 'REPEAT' - 'KEY_PERSON'), '{riskLevel}', to_jsonb(case when jsonb_exists(e."payload"->'riskFlags', 'THREAT') then 3 when jsonb_exists_all(e."payload"->'riskFlags', array['COLLECTIVE', 'SKIPPED_LEVEL']) then 2 when jsonb_array_length((e."payload"->'riskFlags') - 'REPEAT' - 'KEY_PERSON') > 0 then 1 else 0 end)) from "petitions"."petition" p where p."id" = e."aggregate_id" and jsonb_typeof(e."payload"->'riskFlags') = 'array' and p."respondent_unit_id" is not null and (p."kind" = 'REPORT' or p."confidential");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."personal_data_access" drop column "unit_id", drop column "attachment_id";`);
    this.addSql(`alter table "petitions"."personal_data_access" alter column "petitioner_id" set not null;`);
  }

}
