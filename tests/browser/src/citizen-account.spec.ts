import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { fileWithoutAccount, newestCode, replyTo, uniquePhone } from './citizen/account-seed.js';
import { expectAccessibleInBothLanguages, track, uniqueTitle } from './citizen/petition-form.js';

// Issue 10, citizen accounts: register with a phone proven by a one-time code, sign in with
// the phone, link a petition filed before registering, and, as a petitioner without an
// account, ask for review from the tracking page with a code to the phone on the petition.
// The codes are read where development keeps them: GET /dev/messages on the gateway.

test.use({ storageState: { cookies: [], origins: [] } });

/** Types the phone, asks for a code and types the code that arrived. */
async function proveThePhone(page: Page, phone: string) {
  await page.getByLabel('手机号码', { exact: true }).fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('status').filter({ hasText: '验证码已发送至' })).toBeVisible();
  await page.getByLabel('短信验证码').fill(await newestCode(page.request, phone));
}

test.describe('a citizen’s own account (issue 10, R-ON1)', () => {
  test('registers with a code, signs in with the phone and links a petition filed before registering', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const phone = uniquePhone();
    const password = 'Spring#Garden2026';
    const title = uniqueTitle('注册前提交的事项');
    const earlier = await fileWithoutAccount(page.request, phone, title);

    // the sign-in page leads to registration
    await page.goto('/citizen/sign-in');
    await expect(page.getByText('市民请用注册时的手机号码作为用户名登录。')).toBeVisible();
    await page.getByRole('link', { name: '注册账号' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '注册账号' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await proveThePhone(page, phone);
    await page.getByLabel('姓名').fill('张秀兰');
    // the password policy is the server's, said beside the field
    await page.getByLabel('密码', { exact: true }).fill('short');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await expect(page.getByText('请设置至少10个字符的密码。')).toBeVisible();
    await page.getByLabel('密码', { exact: true }).fill(password);
    await expectAccessibleInBothLanguages(page);
    await page.getByRole('button', { name: '注册并登录' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的信访' })).toBeVisible();
    await expect(page.getByText('共 0 件')).toBeVisible();

    // signs out and in again, with the phone as the username
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/citizen\/sign-in$/);
    await page.getByLabel('用户名').fill(phone);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的信访' }).click();

    // links the petition filed before registering
    const link = page.getByRole('region', { name: '关联注册前提交的信访事项' });
    await link.getByLabel('查询码').fill(earlier.trackingCode);
    await link.getByLabel('手机号码后四位').fill(phone.slice(-4));
    await expectNoSeriousViolations(page);
    await link.getByRole('button', { name: '关联到本账号' }).click();
    await expect(link.getByRole('status')).toContainText('已关联到本账号');
    await expect(page.getByTestId('my-petitions').getByRole('link', { name: title })).toBeVisible();
  });

  test('a petitioner without an account asks for review from the tracking page with a code to their phone (R-P10)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const phone = uniquePhone();
    const petition = await fileWithoutAccount(page.request, phone, uniqueTitle('请求复查的事项'));
    await replyTo(page.request, petition.id);

    await track(page, petition.trackingCode, phone.slice(-4));
    const result = page.getByTestId('track-result');
    await expect(result.getByTestId('track-status')).toHaveText('已答复');
    const review = result.getByRole('region', { name: '请求复查' });
    await review.getByLabel('请求理由').fill('答复认定的清运情况与事实不符，楼道垃圾至今仍未清理。');
    await proveThePhone(page, phone);
    await expectAccessibleInBothLanguages(page);
    await review.getByRole('button', { name: '提交复查请求' }).click();
    await expect(page.getByRole('status').filter({ hasText: '复查请求已提交。' })).toBeVisible();
    await expect(result.getByTestId('track-status')).toHaveText('复查中');
    await expect(result.getByTestId('timeline')).toContainText('请求复查（复核）');
  });

  test('a petitioner locked out of tracking by wrong guesses gets in with a code to their phone', async ({ page }) => {
    test.setTimeout(120_000);
    const phone = uniquePhone();
    const petition = await fileWithoutAccount(page.request, phone, uniqueTitle('被锁定查询的事项'));
    const wrong = phone.slice(-4) === '0000' ? '1111' : '0000';
    for (let i = 0; i < 6; i += 1) await track(page, petition.trackingCode, wrong);
    await expect(page.getByRole('heading', { name: '用手机验证码查看' })).toBeVisible();
    await proveThePhone(page, phone);
    await page.getByRole('button', { name: '验证并查看' }).click();
    await expect(page.getByTestId('track-result').getByTestId('track-status')).toHaveText('已登记');
    await expectNoSeriousViolations(page);
  });
});
