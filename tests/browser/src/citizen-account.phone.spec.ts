import { expect, test } from '@playwright/test';
import { newestCode, registeredCitizen } from './citizen/account-seed.js';
import { expectAccessibleInBothLanguages } from './citizen/petition-form.js';
import { expectNoHorizontalScroll } from './layout.js';

// Issue 10 on a 360×740 phone: a citizen who forgot the password sets a new one with a code
// to the phone and signs in with it; the pages fit the screen and pass axe in both languages.

test.use({ storageState: { cookies: [], origins: [] } });

test('a citizen resets a forgotten password with a code on a phone and signs in with the new one', async ({ page }) => {
  test.setTimeout(120_000);
  const citizen = await registeredCitizen(page.request);
  const newPassword = 'Autumn#River2026';

  await page.goto('/citizen/sign-in');
  await page.getByRole('link', { name: '忘记密码' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '忘记密码' })).toBeVisible();
  await page.getByLabel('手机号码', { exact: true }).fill(citizen.phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  // the registration's code is already there: read the new one only once it is sent
  await expect(page.getByRole('status').filter({ hasText: '验证码已发送至' })).toBeVisible();
  await page.getByLabel('短信验证码').fill(await newestCode(page.request, citizen.phone));
  await page.getByLabel('新密码').fill(newPassword);
  await expectNoHorizontalScroll(page);
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: '设置新密码' }).click();
  // a new password is hashed (argon2id) before the answer: give a busy machine time
  await expect(page.getByText('如该手机号码已注册，密码已重新设置，请用新密码登录。')).toBeVisible({ timeout: 20_000 });

  await page.getByRole('link', { name: '登录' }).last().click();
  await page.getByLabel('用户名').fill(citizen.phone);
  await page.getByLabel('密码').fill(citizen.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await page.getByLabel('密码').fill(newPassword);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/sign-in/);

  // the registration page fits the phone too
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.goto('/citizen/register');
  await expect(page.getByRole('heading', { level: 1, name: '注册账号' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessibleInBothLanguages(page);
});
