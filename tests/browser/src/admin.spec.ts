import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { storageStateOf } from './demo-users.js';
import { signInOwnSession } from './own-session.js';

// Issue 10: the administration section of the workbench (ADMIN only). Each test signs the
// administrator in with a session of its own, and makes its own account to act on.

const NEW_PASSWORD = 'Haihe-river-2026!';
const CHANGE_PASSWORD =
  'mutation C($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }';

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOwnSession(page, 'admin');
  return page;
}

/** A username no other test or run uses. */
const freshUsername = () => `b.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

const accountRow = (page: Page, username: string) =>
  page.getByTestId('account-row').filter({ has: page.getByRole('rowheader', { name: username, exact: true }) });

async function findAccount(page: Page, username: string): Promise<void> {
  const search = page.getByRole('search', { name: '查找账号' });
  await search.getByLabel('用户名或姓名').fill(username);
  await search.getByRole('button', { name: '查找' }).click();
  await expect(page.getByTestId('accounts-count')).toHaveText('共 1 个账号');
}

test('an administrator creates a unit handler, disables the account, and its open session ends', async ({
  browser,
}) => {
  test.slow(); // two browser contexts, an account made and ended
  const admin = await adminPage(browser);
  await admin.goto('/workbench/');
  // an administrator works no petitions: the workbench opens on the administration section
  await expect(admin.getByRole('heading', { level: 1, name: '账号管理' })).toBeVisible();
  await expect(admin.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '系统管理' })).toBeVisible();
  // nor is it offered the inbox or supervision, which it may not read
  await expect(admin.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveText(['单位', '系统管理']);
  await expectNoSeriousViolations(admin);

  // a new account: its mistakes are said at the field, in words
  const create = admin.getByRole('region', { name: '新建账号' });
  await create.getByLabel('用户名').fill('X');
  await create.getByLabel('姓名').fill('测试承办人');
  await create.getByRole('checkbox', { name: '承办人' }).check();
  await create.getByRole('button', { name: '新建' }).click();
  const username = create.getByLabel('用户名');
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(create.locator('.field-error').first()).not.toHaveText(/[A-Z_]{6,}/);
  await expectNoSeriousViolations(admin);

  const name = freshUsername();
  await username.fill(name);
  await create.getByLabel('区域').selectOption({ label: '河西区' });
  await create.getByLabel('所属单位').selectOption({ label: '河西区住房和建设委员会' });
  await create.getByRole('button', { name: '新建' }).click();
  const notice = create.getByTestId('temporary-password');
  await expect(notice).toContainText(`账号 ${name} 已新建。`);
  const temporary = (await notice.locator('.admin-secret').textContent())!.trim();

  // the handler signs in elsewhere, chooses a password, and works in the workbench
  const handler = await (await browser.newContext()).newPage();
  await signInOwnSession(handler, name, temporary);
  const changed = await handler.request.post('/graphql', {
    data: { query: CHANGE_PASSWORD, variables: { c: temporary, n: NEW_PASSWORD } },
    headers: { 'x-tjxf-session': 'cookie' },
  });
  expect((await changed.json()).errors).toBeUndefined();
  await handler.goto('/workbench/');
  await expect(handler.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
  // not an administrator: no administration section in sight, and not found by its address
  await expect(handler.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '系统管理' })).toHaveCount(
    0,
  );
  await handler.goto('/workbench/admin');
  await expect(handler.getByRole('heading', { level: 1, name: '账号管理' })).toHaveCount(0);
  await expect(handler.getByRole('heading', { level: 1 })).toHaveText('页面不存在');

  // the administrator disables it
  await findAccount(admin, name);
  const row = accountRow(admin, name);
  await expect(row.getByTestId('account-status')).toHaveText('正常');
  await row.getByRole('button', { name: `停用 ${name}` }).click();
  await expect(admin.getByRole('status').filter({ hasText: `账号 ${name} 已停用，其会话已全部结束。` })).toBeVisible();
  await expect(row.getByTestId('account-status')).toHaveText('已停用');

  // the handler's session has ended: the API refuses it, the workbench asks to sign in
  const viewer = await handler.request.post('/graphql', {
    data: { query: '{ viewer { id } }' },
    headers: { 'x-tjxf-session': 'cookie' },
  });
  const body = (await viewer.json()) as { data?: { viewer: unknown }; errors?: { extensions?: { code?: string } }[] };
  expect(body.data?.viewer ?? null).toBeNull();
  if (body.errors) expect(body.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await handler.goto('/workbench/');
  await expect(handler.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();

  // and moves it to another unit of the district
  await row.getByRole('button', { name: `更改所属单位 ${name}` }).click();
  const units = row.getByRole('form', { name: `更改所属单位：${name}` });
  await units.getByLabel('区域').selectOption({ label: '河西区' });
  await units.getByLabel('所属单位').selectOption({ label: '河西区生态环境局' });
  await units.getByRole('button', { name: '保存' }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: `账号 ${name} 的所属单位已更改，其会话已结束。` }),
  ).toBeVisible();
  await expect(accountRow(admin, name)).toContainText('河西区生态环境局');

  // the audit log says who did it
  await admin.getByRole('navigation', { name: '系统管理栏目' }).getByRole('link', { name: '安全审计日志' }).click();
  const filters = admin.getByRole('search', { name: '筛选审计记录' });
  await filters.getByLabel('事件').selectOption({ label: '停用账号' });
  await filters.getByRole('button', { name: '筛选', exact: true }).click();
  const entry = admin.getByTestId('audit-row').filter({ hasText: name });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('停用账号');
  await expect(entry).toContainText('admin');
  await expectNoSeriousViolations(admin);
});

test('an administrator switches the rule set a unit works under', async ({ browser }) => {
  test.slow();
  const admin = await adminPage(browser);
  await admin.goto('/workbench/admin/units');
  await expect(admin.getByRole('heading', { level: 1, name: '单位与时限规则' })).toBeVisible();
  // the rule sets are there to read, with their limits
  await expect(admin.getByTestId('rule-set').filter({ hasText: 'national-2022' }).first()).toContainText(
    '转送、交办或告知',
  );

  // a district no other browser test works in: its people's government
  await admin.getByLabel('区域').selectOption({ label: '宁河区' });
  const unit = '宁河区人民政府';
  const row = admin.getByTestId('unit-rule-set-row').filter({ has: admin.getByRole('rowheader', { name: unit }) });
  const before = (await row.getByTestId('unit-rule-set').textContent())!;
  const target = before.includes('31530') ? '《信访工作条例》（2022）' : '天津“31530”工作机制';
  await row.getByLabel(`改为：${unit}`).selectOption({ label: target });
  await row.getByRole('button', { name: `切换：${unit}` }).click();
  await expect(admin.getByRole('status').filter({ hasText: `${unit} 已改按 ${target} 计算新的期限。` })).toBeVisible();
  await expect(row.getByTestId('unit-rule-set')).toHaveText(target);
  await expectNoSeriousViolations(admin);

  // read again from the server
  await admin.goto('/workbench/admin/units');
  await admin.getByLabel('区域').selectOption({ label: '宁河区' });
  await expect(
    admin
      .getByTestId('unit-rule-set-row')
      .filter({ has: admin.getByRole('rowheader', { name: unit }) })
      .getByTestId('unit-rule-set'),
  ).toHaveText(target);
});

test.describe('a petition officer', () => {
  test.use({ storageState: storageStateOf('workbench') });
  test('sees no administration section', async ({ page }) => {
    await page.goto('/workbench/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    // a petition office's front desk (登记) and key-person register (重点人员, issue 11) are in its navigation
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveText([
      '收件箱',
      '登记',
      '督办',
      '单位',
      '重点人员',
    ]);
  });
});
