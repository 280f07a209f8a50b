import type { PetitionFilter, PetitionStatus } from '@tjxf/graphql-client';

/** What the inbox is filtered by, as kept in the URL (so a filtered inbox can be bookmarked or shared). */
export interface InboxFilters {
  /** Any of these statuses; none means all. */
  status: PetitionStatus[];
  /** A category code (2, 4 or 6 digits): that category and everything under it. */
  category: string;
  /** A GB/T 2260 code (district 6, street 9 digits): that region and everything under it. */
  region: string;
  /** Chinese full-text search in titles and content. */
  text: string;
  /** Only those whose running time limit has passed. */
  overdue: boolean;
  /** Only those where one of the viewer's units must act. */
  mine: boolean;
}

export const NO_FILTERS: InboxFilters = {
  status: [],
  category: '',
  region: '',
  text: '',
  overdue: false,
  mine: false,
};

// every status, in the order of the procedure (a Record, so a new status cannot be forgotten)
const STATUS_ORDER: Record<PetitionStatus, number> = {
  REGISTERED: 0,
  AWAITING_ACCEPTANCE: 1,
  ACCEPTED: 2,
  DECLINED: 3,
  REDIRECTED: 4,
  REPLIED: 5,
  IN_REVIEW: 6,
  REVIEWED: 7,
  IN_RE_REVIEW: 8,
  RE_REVIEWED: 9,
  CONCLUDED: 10,
};

export const PETITION_STATUSES = Object.keys(STATUS_ORDER) as PetitionStatus[];

/** Longer searches are cut here: a search is a few words, not a paragraph. */
export const MAX_SEARCH_LENGTH = 100;

const isStatus = (value: string): value is PetitionStatus => Object.hasOwn(STATUS_ORDER, value);
const CATEGORY = /^\d{2}(?:\d{2}){0,2}$/;
const REGION = /^\d{6}(?:\d{3}){0,2}$/;

/**
 * The filters in a URL's query string. Whatever is not understood (a stale or hand-edited
 * link) is dropped rather than sent to the server: the inbox then shows more, never fails.
 */
export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const status = [...new Set(params.getAll('status'))]
    .filter(isStatus)
    .sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b]);
  const category = params.get('category') ?? '';
  const region = params.get('region') ?? '';
  return {
    status,
    category: CATEGORY.test(category) ? category : '',
    region: REGION.test(region) ? region : '',
    text: (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH),
    overdue: params.get('overdue') === '1',
    mine: params.get('mine') === '1',
  };
}

/** The query string for the filters: only what is set, statuses repeated (`?status=A&status=B`). */
export function inboxSearchParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  const text = filters.text.trim();
  if (text) params.set('q', text);
  for (const status of filters.status) params.append('status', status);
  if (filters.category) params.set('category', filters.category);
  if (filters.region) params.set('region', filters.region);
  if (filters.overdue) params.set('overdue', '1');
  if (filters.mine) params.set('mine', '1');
  return params;
}

/** The API's filter, or null when nothing is filtered. */
export function toPetitionFilter(filters: InboxFilters): PetitionFilter | null {
  const filter: PetitionFilter = {};
  if (filters.status.length) filter.status = filters.status;
  if (filters.category) filter.categoryCode = filters.category;
  if (filters.region) filter.regionCode = filters.region;
  if (filters.text.trim()) filter.text = filters.text.trim();
  if (filters.overdue) filter.overdue = true;
  if (filters.mine) filter.myTasks = true;
  return Object.keys(filter).length ? filter : null;
}

export const hasFilters = (filters: InboxFilters): boolean => toPetitionFilter(filters) !== null;
