import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_NAMES, PORTAL_USERS, storageStateOf } from './demo-users.js';

// Issue 10: on a phone the banner (name, switches, account, navigation) leaves the screen to
// the page: at most a fifth of its height.
const MAX_SHARE = 0.2;

async function expectBannerWithinShare(page: Page): Promise<void> {
  const banner = await page.getByRole('banner').boundingBox();
  const screen = page.viewportSize()!;
  expect(banner).not.toBeNull();
  console.log(`[banner] ${new URL(page.url()).pathname}: ${banner!.height.toFixed(0)} of ${screen.height} px`);
  expect(banner!.height).toBeLessThanOrEqual(screen.height * MAX_SHARE);
}

test('the citizen portal’s banner, signed out, takes at most a fifth of a phone screen', async ({ page }) => {
  await page.goto('/citizen/');
  await expect(page.getByRole('banner').getByRole('link', { name: '登录' })).toBeVisible();
  await expectBannerWithinShare(page);
});

for (const portal of PORTAL_NAMES) {
  test.describe(`${portal}, signed in`, () => {
    test.use({ storageState: storageStateOf(portal) });
    test(`the ${portal} banner takes at most a fifth of a phone screen, and every control stays in it`, async ({
      page,
    }) => {
      await page.goto(`/${portal}/`);
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('button', { name: '退出登录' })).toBeVisible();
      await expect(banner.getByRole('link', { name: '修改密码' })).toBeVisible();
      await expect(banner.getByRole('button', { name: 'English' })).toBeVisible();
      await expect(banner.getByRole('button', { name: '大字号' })).toBeVisible();
      await expect(banner).toContainText(PORTAL_USERS[portal].account.displayName);
      await expectBannerWithinShare(page);
      await expectNoSeriousViolations(page);
    });
  });
}
