import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { storageStateOf } from './demo-users.js';
import { expectNoHorizontalScroll } from './layout.js';

test.use({ storageState: storageStateOf('workbench') });

test('the front desk form fits a 360×740 phone and tells a future date at the field (issue 11)', async ({ page }) => {
  await page.goto('/workbench/register');
  await expect(page.getByRole('heading', { level: 1, name: '来信来访登记' })).toBeVisible();
  await page.getByLabel('来源渠道').selectOption('LETTER');
  await expect(page.getByLabel('邮戳日期')).toBeVisible();
  await page.getByLabel('由代理人代为信访').check();
  await expect(page.getByLabel('授权委托书')).toBeVisible();
  await page.getByLabel('收到时间（北京时间）').fill('2099-01-01T09:00');
  await expect(page.getByText('收到时间不能晚于现在。')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);
});
