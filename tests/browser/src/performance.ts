import { expect, type Page } from '@playwright/test';

/** The most compressed JavaScript a portal's first page may load (issue 10, docs/performance.md). */
export const FIRST_PAGE_JS_BUDGET = 150 * 1024;

/**
 * The JavaScript the page has loaded so far, in bytes as they came over the network
 * (compressed, with headers: Resource Timing's `transferSize`) and as the browser ran them.
 * The page must have been opened in a fresh context (nothing cached).
 */
export async function javascriptLoaded(page: Page): Promise<{ transferred: number; decoded: number; files: string[] }> {
  return page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js'))
      .map((e) => e as PerformanceResourceTiming);
    return {
      transferred: scripts.reduce((sum, e) => sum + e.transferSize, 0),
      decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
      files: scripts.map((e) => new URL(e.name).pathname),
    };
  });
}

/** Fails when the first page loaded more than the budget; logs the numbers for docs/performance.md. */
export async function expectWithinBudget(page: Page, label: string): Promise<void> {
  // lazy pages load after the first paint: let the network settle first
  await page.waitForLoadState('networkidle');
  const js = await javascriptLoaded(page);
  console.log(
    `[budget] ${label}: ${(js.transferred / 1024).toFixed(1)} KB transferred, ${(js.decoded / 1024).toFixed(1)} KB decoded, ${js.files.length} files`,
  );
  expect(js.files.length).toBeGreaterThan(0);
  expect(js.transferred, `${label} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
}
