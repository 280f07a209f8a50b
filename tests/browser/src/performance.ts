import { expect, type Page } from '@playwright/test';

/** The most compressed JavaScript a portal's first page may load (issue 10, docs/performance.md). */
export const FIRST_PAGE_JS_BUDGET = 150 * 1024;

/**
 * The leadership dashboard's chart chunks (ECharts, and the chart module with Tianjin's
 * outlines): they load after its figures are shown, with a budget of their own (issue 12).
 */
export const LEADERSHIP_CHART_CHUNKS = /\/assets\/charts?-[\w-]+\.js$/;

/**
 * The JavaScript the page has loaded so far, in bytes as they came over the network
 * (compressed, with headers: Resource Timing's `transferSize`) and as the browser ran them.
 * The page must have been opened in a fresh context (nothing cached).
 */
export async function javascriptLoaded(
  page: Page,
  only?: RegExp,
): Promise<{ transferred: number; decoded: number; files: string[] }> {
  return page.evaluate((pattern) => {
    const wanted = pattern ? new RegExp(pattern) : null;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js'))
      .filter((e) => !wanted || wanted.test(new URL(e.name).pathname));
    return {
      transferred: scripts.reduce((sum, e) => sum + e.transferSize, 0),
      decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
      files: scripts.map((e) => new URL(e.name).pathname),
    };
  }, only?.source);
}

/**
 * Fails when the first page loaded more than the budget; logs the numbers for docs/performance.md.
 * `apart`: chunks that load after the first page is shown and have a budget of their own (the
 * leadership dashboard's charts, issue 12).
 */
export async function expectWithinBudget(page: Page, label: string, { apart }: { apart?: RegExp } = {}): Promise<void> {
  // lazy pages load after the first paint: let the network settle first
  await page.waitForLoadState('networkidle');
  const all = await javascriptLoaded(page);
  const set = apart ? await javascriptLoaded(page, apart) : { transferred: 0, decoded: 0, files: [] };
  const js = {
    transferred: all.transferred - set.transferred,
    decoded: all.decoded - set.decoded,
    files: all.files.filter((f) => !set.files.includes(f)),
  };
  console.log(
    `[budget] ${label}: ${(js.transferred / 1024).toFixed(1)} KB transferred, ${(js.decoded / 1024).toFixed(1)} KB decoded, ${js.files.length} files`,
  );
  expect(js.files.length).toBeGreaterThan(0);
  expect(js.transferred, `${label} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
}
