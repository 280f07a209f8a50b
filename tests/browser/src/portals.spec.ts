import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_NAMES, PORTAL_USERS, storageStateOf } from './demo-users.js';

for (const portal of PORTAL_NAMES) {
  const { account, role, title, startHeading } = PORTAL_USERS[portal];

  test.describe(`${portal} portal, signed in as ${account.username}`, () => {
    test.use({ storageState: storageStateOf(portal) });

    test('shows who you are, switches to English and back, and passes axe (WCAG 2.1 AA)', async ({ page }) => {
      const heading = startHeading ?? {
        zh: `您好，${account.displayName}`,
        en: `Welcome, ${account.displayName}`,
      };
      await page.goto(`/${portal}/`);
      await expect(page.getByRole('heading', { level: 1, name: heading.zh })).toBeVisible();
      // who you are: on the welcome page in full, always in the banner
      await expect(page.getByRole('banner')).toContainText(`${account.displayName} ${role.zh}`);
      if (!startHeading) {
        await expect(page.getByTestId('viewer-name')).toHaveText(account.displayName);
        await expect(page.getByTestId('viewer-role')).toHaveText(role.zh);
        await expect(page.getByTestId('viewer-units')).toContainText(account.unitName ?? '无');
      }
      await expect(page).toHaveTitle(new RegExp(title.zh));
      await expectNoSeriousViolations(page);

      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1, name: heading.en })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText(`${account.displayName} ${role.en}`);
      await expect(page.getByRole('banner')).toContainText(title.en);
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(title.en));
      await expectNoSeriousViolations(page);

      // the choice is remembered
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: heading.en })).toBeVisible();
      await page.getByRole('button', { name: '中文' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
    });
  });
}
