import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import {
  expectAccessibleInBothLanguages,
  fillMatter,
  fillPeopleAndSend,
  next,
  smallPng,
  stepHeading,
  track,
  uniqueTitle,
} from './citizen/petition-form.js';
import { PORTAL_USERS } from './demo-users.js';
import { signInOwnSession } from './own-session.js';

const { account } = PORTAL_USERS.citizen;

/** Nothing wider than the screen: no sideways scrolling on a phone. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test.describe('filing a petition on a 360×740 phone (R-ON1, R-P1)', () => {
  test('a signed-in citizen files one with a photo, finds it under 我的信访, signs out and tracks it by code', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    // a session of its own: signing out at the end ends it on the server (issue 8)
    await signInOwnSession(page, account.username);
    const title = uniqueTitle('楼道堆物<script>window.__xss = 1</script>');
    const content = '楼道长期堆放杂物，存在消防隐患。\n<img src=x onerror="window.__xss = 2">请尽快清理。';
    await page.goto('/citizen/file');
    await expect(page.getByRole('heading', { level: 1, name: '我要信访' })).toBeVisible();
    await fillMatter(page, { title, content, checkAccessibility: true });
    // signed in: the name is the account's, the phone is asked for to track without signing in
    await expect(page.getByLabel('姓名', { exact: true })).toHaveValue(account.displayName);
    expect(await scrollsSideways(page)).toBe(false);
    const code = await fillPeopleAndSend(page, {
      title,
      content,
      phone: '13612345678',
      file: smallPng(),
      checkAccessibility: true,
    });

    // the receipt: code, what comes next and by when, what was filed, typed text shown as text
    await expect(page.getByRole('heading', { level: 1, name: '提交成功' })).toBeVisible();
    await expect(page.getByTestId('next-step')).toContainText('信访部门将于');
    await expect(page.getByTestId('receipt-title')).toHaveText(title);
    await expect(page.getByTestId('receipt-content')).toHaveText(content);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.getByRole('button', { name: '打印回执' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessibleInBothLanguages(page);

    // 我的信访: the new petition first, then its timeline and files
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的信访' }).click();
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('detail-code')).toHaveText(code);
    await expect(page.getByTestId('detail-status')).toHaveText('已登记');
    await expect(page.getByTestId('timeline')).toContainText('网上提交');
    await expect(page.getByTestId('next-step')).toContainText(
      /信访部门将于\d{4}年\d{1,2}月\d{1,2}日前把您的信访事项转交有权处理的单位/,
    );
    await expect(page.getByRole('link', { name: '现场照片.png' })).toHaveAttribute('href', /^\/attachments\//);
    await expect(page.getByTestId('detail-content')).toHaveText(content);
    await expectNoSeriousViolations(page);

    // signed out, the petition is found again with the code and the phone's last 4 digits
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/citizen\/sign-in$/);
    await track(page, code, '5678');
    const result = page.getByTestId('track-result');
    await expect(result.getByTestId('track-title')).toHaveText(title);
    await expect(result.getByTestId('track-status')).toHaveText('已登记');
    await expect(result.getByTestId('current-deadline')).toContainText('转送、交办或告知');
    await expect(result.getByTestId('current-deadline')).toContainText('（北京时间）');
    await expect(result.getByTestId('timeline')).toContainText('网上提交');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessibleInBothLanguages(page);
  });
});

test.describe('filing without an account on a phone', () => {
  test('asks for name and phone, shows the server’s refusal of a phone number on its field in either language', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const title = uniqueTitle('小区供暖温度不达标');
    await page.goto('/citizen/');
    await page.getByRole('link', { name: '我要信访' }).first().click();
    await fillMatter(page, {
      title,
      content: '室内温度长期低于16度。',
      category: ['城乡建设', '城市管理', '供热供气供水'],
      street: null,
    });

    // nothing typed: both are named, the first is focused
    await page.getByRole('button', { name: '下一步' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('请修改以下 2 处内容');
    await expect(summary).toContainText('请填写信访人 1 的姓名。');
    await expect(summary).toContainText('未登录提交时请填写手机号码');
    await expect(page.getByLabel('姓名', { exact: true })).toBeFocused();
    await expect(page.getByLabel('姓名', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    // a collective petition names at most 5 representatives
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '添加信访人' }).click();
    await expect(page.getByRole('button', { name: '添加信访人' })).toHaveCount(0);
    await expect(page.getByText('集体访最多推选 5 名代表')).toBeVisible();
    for (let n = 5; n > 1; n--) await page.getByRole('button', { name: `删除信访人 ${n}` }).click();

    // a phone number only the server can judge: its answer lands on the field
    await page.getByLabel('姓名', { exact: true }).fill('王五');
    await page.getByLabel('手机号码').fill('12345');
    await next(page, '附件材料');
    await next(page, '核对并提交');
    await page.getByRole('button', { name: '确认提交' }).click();
    await expect(stepHeading(page, '信访人')).toBeVisible();
    const phone = page.getByLabel('手机号码');
    await expect(phone).toBeFocused();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveAccessibleDescription(/请填写11位手机号码，或带区号的固定电话。/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByLabel('Phone number')).toHaveAccessibleDescription(
      /Enter a mobile number of 11 digits, or a landline with its area code\./,
    );
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '中文' }).click();

    await phone.fill('13912340077');
    await next(page, '附件材料');
    await next(page, '核对并提交');
    await page.getByRole('button', { name: '确认提交' }).click();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    await expect(page.getByText('凭查询码和手机号码后四位（0077）查询')).toBeVisible();
    await track(page, code, '0077');
    await expect(page.getByTestId('track-title')).toHaveText(title);
  });
});
