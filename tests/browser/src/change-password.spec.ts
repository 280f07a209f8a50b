import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { createCitizenAccount } from './own-session.js';

// Issue 8: every signed-in user can change their password, from the account menu.

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/citizen/sign-in');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('a citizen changes the password from the account menu and signs in with the new one', async ({ page }) => {
  test.setTimeout(150_000);
  const name = '修改密码测试';
  const { username, temporaryPassword } = await createCitizenAccount(page, name);
  await signIn(page, username, temporaryPassword);
  // a temporary password leads straight to choosing one's own
  await expect(page).toHaveURL(/\/citizen\/account\/password$/);
  const first = 'first-Choice-2026';
  await page.getByLabel('当前密码').fill(temporaryPassword);
  await page.getByLabel('新密码', { exact: true }).fill(first);
  await page.getByLabel('再次输入新密码').fill(first);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `您好，${name}` })).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: '修改密码' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '修改密码' })).toBeVisible();
  await expect(page.getByLabel('新密码', { exact: true })).toHaveAccessibleDescription(
    '至少10个字符，不能包含用户名。',
  );
  await expectNoSeriousViolations(page);

  // checked here first: the two new passwords differ
  await page.getByLabel('当前密码').fill(first);
  await page.getByLabel('新密码', { exact: true }).fill('second-Choice-2026');
  await page.getByLabel('再次输入新密码').fill('second-choice-2026');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByLabel('再次输入新密码')).toBeFocused();
  await expect(page.getByLabel('再次输入新密码')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('两次输入的新密码不一致。')).toBeVisible();

  // the server's refusal of a wrong current password, at its field
  await page.getByLabel('当前密码').fill('not-my-password');
  await page.getByLabel('再次输入新密码').fill('second-Choice-2026');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByText('当前密码不正确。')).toBeVisible();
  await expect(page.getByLabel('当前密码')).toBeFocused();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change password' })).toBeVisible();
  // issue 9: the refusal in English, from its reason (CURRENT_PASSWORD_WRONG) through the catalogue
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill('second-Choice-2026');
  await page.getByLabel('New password again').fill('second-Choice-2026');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('The current password is wrong.')).toBeVisible();
  await expect(page.getByText('当前密码不正确。')).toHaveCount(0);
  await page.getByLabel('Current password').fill(first);
  await page.getByLabel('New password', { exact: true }).fill('second-Choice-2026');
  await page.getByLabel('New password again').fill('second-Choice-2026');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed.');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: '中文' }).click();

  // still signed in here, with the new session; then out, and in with the new password only
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/citizen\/sign-in$/);
  await signIn(page, username, first);
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await signIn(page, username, 'second-Choice-2026');
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.getByRole('banner')).toContainText(name);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});
