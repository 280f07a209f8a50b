import { describe, expect, it } from 'vitest';
import {
  MAX_SEARCH_LENGTH,
  NO_FILTERS,
  hasFilters,
  inboxSearchParams,
  parseInboxFilters,
  toPetitionFilter,
} from '../inbox-filters';

const parse = (query: string) => parseInboxFilters(new URLSearchParams(query));

describe('inbox filters in the URL', () => {
  it('reads statuses, category, region and a Chinese search word', () => {
    expect(parse('q=%E4%BE%9B%E6%9A%96&status=ACCEPTED&status=REGISTERED&category=0103&region=120103003')).toEqual({
      status: ['REGISTERED', 'ACCEPTED'],
      category: '0103',
      region: '120103003',
      text: '供暖',
      overdue: false,
      mine: false,
    });
  });

  it('reads an empty query string as no filters', () => {
    expect(parse('')).toEqual(NO_FILTERS);
    expect(hasFilters(parse(''))).toBe(false);
    expect(toPetitionFilter(parse(''))).toBeNull();
  });

  it('drops what it does not understand instead of failing', () => {
    expect(parse('status=LOST&status=ACCEPTED&status=ACCEPTED&category=1&region=12010&q=%20%20')).toEqual({
      ...NO_FILTERS,
      status: ['ACCEPTED'],
    });
    expect(parse('category=0101011&region=1201030030011').category).toBe('');
    expect(parse('region=1201030030011').region).toBe('');
    expect(parse(`q=${'拆'.repeat(MAX_SEARCH_LENGTH + 5)}`).text).toHaveLength(MAX_SEARCH_LENGTH);
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const filters = {
      ...NO_FILTERS,
      status: ['AWAITING_ACCEPTANCE' as const],
      region: '120103',
      text: ' 拆迁 ',
    };
    const params = inboxSearchParams(filters);
    expect(params.toString()).toBe('q=%E6%8B%86%E8%BF%81&status=AWAITING_ACCEPTANCE&region=120103');
    expect(parseInboxFilters(params)).toEqual({ ...filters, text: '拆迁' });
    expect(inboxSearchParams(NO_FILTERS).toString()).toBe('');
  });

  it('becomes the API’s PetitionFilter with only what is set', () => {
    expect(toPetitionFilter(parse('status=REGISTERED&q=噪音'))).toEqual({ status: ['REGISTERED'], text: '噪音' });
    expect(toPetitionFilter(parse('category=03&region=120103'))).toEqual({ categoryCode: '03', regionCode: '120103' });
  });

  it('keeps "overdue only" and "my tasks" in the URL and sends them as overdue and myTasks', () => {
    const filters = parse('overdue=1&mine=1');
    expect(filters).toEqual({ ...NO_FILTERS, overdue: true, mine: true });
    expect(inboxSearchParams(filters).toString()).toBe('overdue=1&mine=1');
    expect(toPetitionFilter(filters)).toEqual({ overdue: true, myTasks: true });
    expect(parse('overdue=yes').overdue).toBe(false);
  });
});
