import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { DEMO_PASSWORD, PORTAL_USERS, storageStateOf } from './demo-users.js';
import { expectNoHorizontalScroll } from './layout.js';

const { account } = PORTAL_USERS.citizen;

test.describe('citizen portal on a 360×740 phone', () => {
  test('the sign-in page fits and passes axe', async ({ page }) => {
    await page.goto('/citizen/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `您好，${account.displayName}` })).toBeVisible();
  });

  test.describe('signed in', () => {
    test.use({ storageState: storageStateOf('citizen') });

    test('shows who you are in both languages and passes axe', async ({ page }) => {
      await page.goto('/citizen/');
      await expect(page.getByTestId('viewer-name')).toHaveText(account.displayName);
      await expect(page.getByTestId('viewer-role')).toHaveText('群众');
      await expectNoHorizontalScroll(page);
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByTestId('viewer-role')).toHaveText('Citizen');
      await expectNoHorizontalScroll(page);
      await expectNoSeriousViolations(page);
    });

    test('large text for older users: a remembered toggle that still fits the screen', async ({ page }) => {
      await page.goto('/citizen/');
      const toggle = page.getByRole('button', { name: '大字号' });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      const before = await page.getByTestId('viewer-name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      const after = await page.getByTestId('viewer-name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(after).toBeGreaterThanOrEqual(before * 1.2);
      await page.reload();
      await expect(page.getByRole('button', { name: '大字号' })).toHaveAttribute('aria-pressed', 'true');
      await expectNoHorizontalScroll(page);
      await expectNoSeriousViolations(page);
    });
  });
});
