import { Migration } from '@mikro-orm/migrations';

export class Migration20261127085849_search_vector extends Migration {

  override name = 'Migration20261127085849_search_vector';

  override up(): void | Promise<void> {
    this.addSql(`drop index "petitions"."petition_search_index";`);
    this.addSql(`alter table "petitions"."petition" add "search_vector" tsvector generated always as (setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', content_tokens), 'B')) stored not null;`);
    this.addSql(`create index "petition_search_vector_index" on "petitions"."petition" using gin("search_vector");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "petitions"."petition_search_vector_index";`);
    this.addSql(`alter table "petitions"."petition" drop column "search_vector";`);
    this.addSql(`CREATE INDEX petition_search_index ON petitions.petition USING gin (((setweight(to_tsvector('simple'::regconfig, title_tokens), 'A'::"char") || setweight(to_tsvector('simple'::regconfig, content_tokens), 'B'::"char"))));`);
  }

}
