import { expect, test as setup } from '@playwright/test';
import {
  DEMO_PASSWORD,
  PORTAL_NAMES,
  PORTAL_USERS,
  UNIT_HANDLER,
  storageStateOf,
  unitHandlerState,
} from './demo-users.js';

/**
 * Each portal's demo user signs in once, through the sign-in page in Chinese (the default,
 * though the browser asks for English), and the signed-in state is kept for the other tests.
 */
for (const portal of PORTAL_NAMES) {
  const { account, title, startHeading } = PORTAL_USERS[portal];
  setup(`${account.username} signs in to the ${portal} portal in zh-CN`, async ({ page }) => {
    // the citizen portal's home page is public (R-ON1): its visitors sign in from the banner
    if (portal === 'citizen') {
      await page.goto('/citizen/');
      await page.getByRole('banner').getByRole('link', { name: '登录' }).click();
    } else await page.goto(`/${portal}/`);
    await expect(page).toHaveURL(new RegExp(`/${portal}/sign-in$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('banner')).toContainText(title.zh);
    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();

    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();

    // each portal's start page: the welcome page, or its own (the workbench's inbox)
    const heading = startHeading?.zh ?? `您好，${account.displayName}`;
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${portal}/$`));
    // the token stays in an HttpOnly cookie: script cannot read it
    expect(await page.evaluate(() => document.cookie)).not.toContain('tjxf_session');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'tjxf_session')?.httpOnly).toBe(true);

    await page.context().storageState({ path: storageStateOf(portal) });
  });
}

setup(`${UNIT_HANDLER.username} signs in to the workbench`, async ({ page }) => {
  await page.goto('/workbench/');
  await page.getByLabel('用户名').fill(UNIT_HANDLER.username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
  await page.context().storageState({ path: unitHandlerState });
});
