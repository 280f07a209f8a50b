import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { storageStateOf } from './demo-users.js';
import { expectNoHorizontalScroll } from './layout.js';

test.use({ storageState: storageStateOf('workbench') });

const HEATING = '小区冬季供暖温度长期不达标';

test.describe('workbench on a 360×740 phone', () => {
  test('the inbox fits, filters by status, and opens a petition that fits too', async ({ page }) => {
    await page.goto('/workbench/');
    await expect(page.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
    await expect(page.getByRole('link', { name: HEATING })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);

    const search = page.getByRole('search', { name: '筛选' });
    // on a phone the choices are folded under the search field
    await expect(search.getByRole('checkbox', { name: '待受理' })).toBeHidden();
    await search.getByText('按状态、问题类别、发生地筛选').tap();
    await search.getByRole('checkbox', { name: '待受理' }).tap();
    await search.getByRole('button', { name: '筛选', exact: true }).tap();
    await expect(page).toHaveURL(/status=AWAITING_ACCEPTANCE$/);
    await expect(page.getByRole('link', { name: HEATING })).toBeVisible();

    await page.getByRole('link', { name: HEATING }).tap();
    await expect(page.getByRole('heading', { level: 1, name: HEATING })).toBeVisible();
    await expect(page.getByTestId('timeline')).toBeVisible();
    await expect(page.getByTestId('deadlines')).toContainText('15个自然日');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);
  });

  test('large text still fits the inbox and the petition', async ({ page }) => {
    await page.goto('/workbench/');
    await page.getByRole('button', { name: '大字号' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(page.getByRole('link', { name: HEATING })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: HEATING }).tap();
    await expect(page.getByTestId('petition-content')).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
