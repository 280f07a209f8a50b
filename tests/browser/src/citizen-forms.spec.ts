import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import {
  expectAccessibleInBothLanguages,
  fillMatter,
  fillPeopleAndSend,
  next,
  readReceipt,
  stepHeading,
  track,
  uniqueTitle,
} from './citizen/petition-form.js';
import { storageStateOf } from './demo-users.js';

const DRAFT_KEY = 'tjxf.citizen.petitionDraft';

test.describe('the petition form without an account', () => {
  test('keeps the draft through a reload, in sessionStorage only, and forgets it once sent', async ({ page }) => {
    const title = uniqueTitle('夜间施工噪声扰民');
    await page.goto('/citizen/file');
    await fillMatter(page, { title, content: '工地每晚施工到凌晨。', street: null });
    await page.getByLabel('姓名', { exact: true }).fill('赵六');

    await page.reload();
    await expect(stepHeading(page, '信访人')).toBeVisible();
    await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('赵六');
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue(title);
    const stored = await page.evaluate(
      (key) => ({ session: sessionStorage.getItem(key), local: JSON.stringify(localStorage) }),
      DRAFT_KEY,
    );
    expect(stored.session).toContain('赵六');
    expect(stored.local).not.toContain('赵六');
    const key = JSON.parse(stored.session!).idempotencyKey as string;

    await next(page, '信访人');
    await fillPeopleAndSend(page, { title, content: '', phone: '13700001111' });
    expect(await page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY)).toBeNull();
    // a new petition starts a new draft, with a key of its own
    await page.goto('/citizen/file');
    await expect(page.getByRole('radio', { name: /^申诉求决/ })).not.toBeChecked();
    const fresh = await page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY);
    expect(fresh === null || !fresh.includes(key)).toBe(true);
  });

  test('tells a matter for the courts where to go, in writing, instead of a receipt (R-P2)', async ({ page }) => {
    const title = uniqueTitle('不服一审判决');
    await page.goto('/citizen/file');
    await page.getByRole('radio', { name: /^申诉求决/ }).check();
    await next(page, '问题类别和发生地');
    await page.getByLabel('大类').selectOption({ label: '涉法涉诉' });
    await page.getByLabel('中类').selectOption({ label: '诉讼事项' });
    await page.getByLabel('小类').selectOption({ label: '不服法院生效裁判' });
    await expect(page.getByRole('note')).toContainText('此类事项依法应通过诉讼途径解决');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '上一步' }).click();
    await next(page, '问题类别和发生地');
    await page.getByLabel('区', { exact: true }).selectOption({ label: '南开区' });
    await next(page, '反映的内容');
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('具体内容').fill('法院判决有误。');
    await next(page, '信访人');
    await fillPeopleAndSend(page, { title, content: '', name: '钱七', phone: '13800002222' });
    await expect(page.getByRole('heading', { level: 1, name: '书面告知' })).toBeVisible();
    await expect(page.getByTestId('redirect-notice')).toContainText('请依法向有管辖权的人民法院提起诉讼');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('redirect-notice')).toContainText('This matter is for the courts');
    await expectNoSeriousViolations(page);
  });

  test('files a suggestion to the government from its own short form (献计献策)', async ({ page }) => {
    const title = uniqueTitle('建议增加社区老年食堂');
    await page.goto('/citizen/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '献计献策' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '献计献策' })).toBeVisible();
    await page.getByRole('button', { name: '提交建议' }).click();
    await expect(page.getByRole('alert')).toContainText('请修改以下 4 处内容');
    await expect(page.getByLabel('建议标题')).toBeFocused();
    await expectAccessibleInBothLanguages(page);

    await page.getByLabel('建议标题').fill(title);
    await page.getByLabel('建议内容').fill('建议每个社区设立老年食堂，方便老人就餐。');
    await page.getByLabel('姓名', { exact: true }).fill('孙八');
    await page.getByLabel('手机号码').fill('13500003333');
    await page.getByRole('button', { name: '提交建议' }).click();
    await expect(page.getByText('感谢您的建议，已提交。')).toBeVisible();
    const code = await readReceipt(page);

    await track(page, code, '3333');
    await expect(page.getByTestId('track-title')).toHaveText(title);
    await expect(page.getByTestId('track-kind')).toHaveText('建议意见');
  });

  test('the track page says what to fix, and answers a wrong code like an unknown one, in either language', async ({
    page,
  }) => {
    await page.goto('/citizen/track');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByLabel('查询码')).toBeFocused();
    await expect(page.getByLabel('查询码')).toHaveAccessibleDescription(/请输入查询码。/);
    await page.getByLabel('查询码').fill('k7qa-9mxc-30');
    await page.getByLabel('手机号码后四位').fill('0000');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByLabel('查询码')).toHaveAccessibleDescription(/查询码中没有数字0、1、2、5、8/);

    await page.getByLabel('查询码').fill('k7qa9mxc3t');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByLabel('查询码')).toHaveValue('K7QA-9MXC-3T');
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('未找到该信访事项，请核对查询码和手机号码后四位。');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(alert).toHaveText('No petition matches this tracking code and phone number.');
    await expectNoSeriousViolations(page);
  });
});

test.describe('the petition form, signed in', () => {
  test.use({ storageState: storageStateOf('citizen') });

  test('files once when the answer to the first send is lost and the citizen sends again', async ({ page }) => {
    const title = uniqueTitle('重复提交测试');
    let lost = false;
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('mutation SubmitPetition')) {
        lost = true;
        await route.fetch(); // the server files it…
        await route.abort('connectionreset'); // …but the answer never arrives
        return;
      }
      await route.continue();
    });
    await page.goto('/citizen/file');
    await fillMatter(page, { title, content: '同一份信访只应登记一次。', street: null });
    await page.getByRole('button', { name: '下一步' }).click();
    await next(page, '核对并提交');
    await page.getByRole('button', { name: '确认提交' }).click();
    await expect(page.getByRole('alert')).toContainText('无法连接到服务器');
    await expect(page.getByRole('alert')).toContainText('同一份信访不会重复提交');
    await page.getByRole('button', { name: '确认提交' }).click();
    await readReceipt(page);

    await page.goto('/citizen/my');
    await expect(page.getByTestId('my-petitions')).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toHaveCount(1);
    await expectAccessibleInBothLanguages(page);
  });
});
