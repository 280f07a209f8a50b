import { expect, test } from '@playwright/test';
import { PORTAL_USERS, storageStateOf, type PortalName } from './demo-users.js';
import { expectWithinBudget, LEADERSHIP_CHART_CHUNKS } from './performance.js';

// Issue 10: portals that load fast on a phone. Each test opens its page in a fresh browser
// context, so nothing is cached and every byte counts.

test('the citizen portal’s public home page loads at most 150 KB of compressed JavaScript', async ({ page }) => {
  await page.goto('/citizen/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectWithinBudget(page, 'citizen home (public)');
});

test('a portal’s sign-in page loads at most 150 KB of compressed JavaScript', async ({ page }) => {
  await page.goto('/workbench/');
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  await expectWithinBudget(page, 'workbench sign-in');
});

for (const portal of ['workbench', 'leadership', 'liaison'] as const satisfies readonly PortalName[]) {
  test.describe(`${portal}, signed in`, () => {
    test.use({ storageState: storageStateOf(portal) });
    test(`the ${portal} start page loads at most 150 KB of compressed JavaScript`, async ({ page }) => {
      await page.goto(`/${portal}/`);
      const { account, startHeading } = PORTAL_USERS[portal];
      const heading = startHeading?.zh ?? `您好，${account.displayName}`;
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // the leadership dashboard's charts load after its figures, with a budget of their own
      // (leadership-dashboard.spec.ts, issue 12)
      await expectWithinBudget(
        page,
        `${portal} start page`,
        portal === 'leadership' ? { apart: LEADERSHIP_CHART_CHUNKS } : {},
      );
    });
  });
}

test('hashed assets come precompressed and cached for a year; index.html is never cached', async ({
  page,
  request,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  await page.goto('/workbench/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // the libraries' chunk (files under 1 KB are not worth compressing)
  const vendor = scripts.find((url) => /\/assets\/vendor-[\w-]+\.js$/.test(url));
  expect(vendor, scripts.join(', ')).toBeDefined();
  for (const [encoding, expected] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ] as const) {
    const asset = await request.get(vendor!, { headers: { 'accept-encoding': encoding } });
    expect(asset.headers()['content-encoding']).toBe(expected);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-type']).toMatch(/javascript/);
  }
  for (const path of ['/workbench/', '/workbench/units']) {
    const html = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(html.headers()['cache-control']).toBe('no-cache');
    expect(await html.text()).toContain('<div id="root">');
  }
});
