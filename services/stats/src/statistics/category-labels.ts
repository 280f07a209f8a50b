import { RevalidatingCopy } from '@tjxf/subgraph-kit';
import type { ServiceTokenSigner } from '@tjxf/tokens';

export interface CategoryName {
  nameZh: string;
  nameEn: string;
}

/** The names of the categories, by code. */
export interface CategoryLabels {
  all(): Promise<Map<string, CategoryName>>;
}

/**
 * The categories' names from the petitions service, which owns them (`GET /internal/categories`,
 * this service's token), kept a minute and revalidated with the ETag: the projections hold
 * codes only, so that a renamed category shows its new name in every past figure.
 */
export class PetitionCategoryLabels implements CategoryLabels {
  private readonly copy: RevalidatingCopy<Map<string, CategoryName>>;

  constructor(baseUrl: string, signer: ServiceTokenSigner) {
    this.copy = new RevalidatingCopy(
      new URL('/internal/categories', baseUrl),
      signer,
      (body) =>
        new Map(
          (body as { categories: (CategoryName & { code: string })[] }).categories.map((c) => [
            c.code,
            { nameZh: c.nameZh, nameEn: c.nameEn },
          ]),
        ),
      { maxAgeMs: 60_000, timeoutMs: 5_000 },
      'petitions',
    );
  }

  all(): Promise<Map<string, CategoryName>> {
    return this.copy.current();
  }
}
