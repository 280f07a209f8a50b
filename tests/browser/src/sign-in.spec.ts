import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, storageStateOf } from './demo-users.js';
import { signInOwnSession } from './own-session.js';

test.describe('signing in', () => {
  test('a wrong password says what to do, in the current language', async ({ page }) => {
    await page.goto('/workbench/sign-in');
    await page.getByLabel('用户名').fill('handler.hexi.sthj');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('用户名或密码错误。请检查后重新输入');
    // ready for another try: the password is cleared and focused
    await expect(page.getByLabel('密码')).toBeFocused();
    await expect(page.getByLabel('密码')).toHaveValue('');
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(alert).toContainText('Wrong username or password. Check them and try again');
  });

  test('empty fields are named, marked invalid and focused, without asking the server', async ({ page }) => {
    let asked = false;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('mutation Login')) asked = true;
    });
    await page.goto('/citizen/sign-in');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByText('请输入用户名。')).toBeVisible();
    await expect(page.getByText('请输入密码。')).toBeVisible();
    await expect(page.getByLabel('用户名')).toBeFocused();
    await expect(page.getByLabel('用户名')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('用户名')).toHaveAccessibleDescription('请输入用户名。');
    expect(asked).toBe(false);
  });

  test('the skip link is the first stop and leads to the main content', async ({ page }) => {
    await page.goto('/citizen/sign-in');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('a user of another portal', () => {
  test.use({ storageState: storageStateOf('workbench') });

  test('is told whom the portal is for and where to go, not shown a blank page', async ({ page }) => {
    await page.goto('/citizen/');
    await expect(page.getByRole('heading', { level: 1, name: '此门户不适用于您的账号' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('群众信访服务供群众使用，您当前的身份是“信访干部”。');
    const link = page.getByRole('link', { name: '前往信访工作台' });
    await expect(link).toHaveAttribute('href', '/workbench/');
    await expect(page.getByRole('main').getByRole('button', { name: '退出登录' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: PORTAL_USERS.workbench.startHeading!.zh })).toBeVisible();
  });
});

test.describe('signing out', () => {
  test('ends the session: the portal asks to sign in again, also after a reload', async ({ page }) => {
    // a session of its own: signing out ends it on the server, not only in this browser
    await signInOwnSession(page, PORTAL_USERS.citizen.account.username);
    await page.goto('/citizen/');
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/citizen\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    expect((await page.context().cookies()).some((c) => c.name === 'tjxf_session')).toBe(false);
    // the home page is public; "my petitions" asks to sign in again
    await page.goto('/citizen/my');
    await expect(page).toHaveURL(/\/citizen\/sign-in$/);
  });
});
