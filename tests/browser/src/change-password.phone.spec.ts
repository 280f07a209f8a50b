import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { expectNoHorizontalScroll } from './layout.js';
import { createCitizenAccount } from './own-session.js';

// Issue 8: a temporary password (a new account, a reset) must be changed at the next sign-in.

test('on a phone, signing in with a temporary password asks for a new one first, then goes on', async ({ page }) => {
  test.setTimeout(150_000);
  const name = '临时密码测试';
  const { username, temporaryPassword } = await createCitizenAccount(page, name);
  await page.goto('/citizen/my');
  await expect(page).toHaveURL(/\/citizen\/sign-in$/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(temporaryPassword);
  await page.getByRole('button', { name: '登录', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: '修改密码' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('您正在使用临时密码登录');
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);
  // nothing else before the new password: the page asked for sends back here
  await page.goto('/citizen/my');
  await expect(page.getByRole('heading', { level: 1, name: '修改密码' })).toBeVisible();

  await page.getByLabel('当前密码').fill(temporaryPassword);
  await page.getByLabel('新密码', { exact: true }).fill(username);
  await page.getByLabel('再次输入新密码').fill(username);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByText('新密码至少需要10个字符。').or(page.getByText('新密码不能包含用户名。'))).toBeVisible();
  await expectNoHorizontalScroll(page);

  const chosen = 'my-Phone-Secret-26';
  await page.getByLabel('新密码', { exact: true }).fill(chosen);
  await page.getByLabel('再次输入新密码').fill(chosen);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的信访' })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(chosen);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/account\/password/);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});
