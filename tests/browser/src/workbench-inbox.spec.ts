import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, storageStateOf } from './demo-users.js';
import { chineseMark, freshPhone, registerVisit } from './workbench/seed.js';

test.use({ storageState: storageStateOf('workbench') });

const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi, petition officer of 河西区
const HEATING = '小区冬季供暖温度长期不达标';
const NOISE = '工地夜间施工噪音扰民';
const DEMOLITION = '旧房拆迁补偿标准不清楚';

const rows = (page: Page) => page.getByTestId('inbox-row');
const row = (page: Page, title: string) => rows(page).filter({ has: page.getByRole('link', { name: title }) });
const filters = (page: Page) => page.getByRole('search', { name: '筛选' });
// status, category and region are folded away until asked for (issue 10: the list on the first screen)
const openMoreFilters = (page: Page) => filters(page).getByText('按状态、问题类别、发生地筛选').click();

/** Loads the next page of the inbox until `title` shows, as an officer would. */
async function loadUntilShown(page: Page, title: string) {
  const more = page.getByRole('button', { name: '加载更多' });
  await expect(rows(page).first()).toBeVisible();
  for (let i = 0; i < 20 && !(await row(page, title).isVisible()); i++) {
    if (!(await more.isVisible())) break;
    const before = await rows(page).count();
    await more.click();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(before);
  }
  await expect(row(page, title)).toBeVisible();
}

test('xfb.hexi starts at the inbox with 河西区’s petitions, each with its time left', async ({ page }) => {
  await page.goto('/workbench/');
  await expect(page.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  // the front desk (登记, issue 11) is a petition office's too
  await expect(nav.getByRole('link')).toHaveText(['收件箱', '登记', '督办', '单位', '重点人员']);
  await expect(page.getByRole('banner').getByRole('button', { name: '退出登录' })).toBeVisible();

  // other tests' petitions, received earlier and so more urgent, may come first: load on until each shows
  for (const title of [HEATING, NOISE, DEMOLITION]) await loadUntilShown(page, title);
  // another district's and the city's petitions are not 河西区's to see
  await expect(page.getByRole('link', { name: '建议简化住房公积金提取手续' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '企业改制后职工社保接续问题' })).toHaveCount(0);
  // the whole count, and how many this page shows once other tests' petitions fill more than a page
  await expect(page.getByTestId('inbox-count')).toHaveText(/^共 \d+ 件( · 已显示 \d+ 件)?$/);

  const heating = row(page, HEATING);
  await expect(heating).toContainText('待受理');
  await expect(heating).toContainText('城乡建设 › 城市管理 › 供热供气供水');
  await expect(heating).toContainText('河西区住房和建设委员会');
  await expect(heating.getByTestId('time-left')).toHaveText(/^剩\d+天（\d{4}年\d+月\d+日到期）$/);
  await expect(heating.getByText(/查询码 [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('filters by status and by a Chinese word, kept in the URL', async ({ page, request }) => {
  const mark = chineseMark();
  const mine = await registerVisit(request, {
    username: officer,
    title: `楼道照明损坏${mark}`,
    content: `二十户居民反映楼道照明损坏已有一个月，${mark}，请求维修。`,
  });
  await page.goto('/workbench/');
  await expect(row(page, HEATING)).toBeVisible();

  // status: only petitions just registered, like the one registered above
  await openMoreFilters(page);
  await filters(page).getByRole('checkbox', { name: '已登记' }).check();
  await filters(page).getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(/\/workbench\/\?status=REGISTERED$/);
  await expect(row(page, mine.title)).toBeVisible();
  await expect(row(page, HEATING)).toHaveCount(0);
  await expect(page.getByTestId('inbox-count')).toHaveText(/^符合条件的共 \d+ 件$/);
  // staff see the risk set at intake: 20 people make a collective petition
  await expect(row(page, mine.title).getByTestId('risk')).toHaveText('需关注：集体访');

  // a Chinese word, within the status still chosen, then alone
  await filters(page).getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/workbench\/$/);
  await filters(page).getByLabel('查找：查询码、姓名、电话或事项').fill('供暖');
  await filters(page).getByLabel('查找：查询码、姓名、电话或事项').press('Enter');
  await expect(page).toHaveURL(/\?q=%E4%BE%9B%E6%9A%96$/);
  await expect(row(page, HEATING)).toBeVisible();
  await expect(row(page, NOISE)).toHaveCount(0);
  await expect(page.getByText('排列顺序：与搜索词最相关的在前。')).toBeVisible();

  await filters(page).getByLabel('查找：查询码、姓名、电话或事项').fill(mark);
  await filters(page).getByRole('button', { name: '筛选', exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, mine.title)).toBeVisible();

  // the URL is the state: a reload (or a shared link) shows the same list and form
  await page.reload();
  await expect(filters(page).getByLabel('查找：查询码、姓名、电话或事项')).toHaveValue(mark);
  await expect(rows(page)).toHaveCount(1);
  await page.goBack();
  await expect(row(page, HEATING)).toBeVisible();
  await expect(filters(page).getByLabel('查找：查询码、姓名、电话或事项')).toHaveValue('供暖');
});

test('finds the case a caller describes by tracking code, name, phone or the matter in other words (issue 10)', async ({
  page,
  request,
}) => {
  const caller = { name: `周${chineseMark().slice(0, 2)}`, phone: freshPhone() };
  const mine = await registerVisit(request, {
    username: officer,
    title: `单元门口积水${chineseMark()}`,
    content: '单元门口下雨积水严重，老人出行不便，请求维修排水。',
    petitioner: caller,
  });
  await page.goto('/workbench/');
  const search = filters(page).getByLabel('查找：查询码、姓名、电话或事项');
  const find = async (typed: string) => {
    await search.fill(typed);
    await search.press('Enter');
  };
  // the code as read out on the phone: lower case, spaces
  await find(mine.trackingCode.toLowerCase().replace(/-/g, ' '));
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, mine.title)).toBeVisible();
  // the caller's name and phone, as said on the phone
  for (const typed of [caller.name, caller.phone.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3')]) {
    await find(typed);
    await expect(row(page, mine.title)).toBeVisible();
    await expect(row(page, NOISE)).toHaveCount(0);
  }
  // 暖气 finds the petition that says 供暖
  await find('暖气');
  await expect(row(page, HEATING)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('filters by category and region from the reference trees', async ({ page }) => {
  await page.goto('/workbench/');
  const form = filters(page);
  await openMoreFilters(page);
  await form.getByLabel('大类').selectOption({ label: '环境保护' });
  await form.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(/category=03/);
  await expect(row(page, NOISE)).toBeVisible();
  await expect(row(page, HEATING)).toHaveCount(0);

  await form.getByRole('button', { name: '清除筛选' }).click();
  await openMoreFilters(page);
  await form.getByLabel('区县').selectOption({ label: '河西区' });
  await form.getByLabel('街乡镇').selectOption({ label: '桃园街道' });
  await form.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(/region=120103003$/);
  await expect(row(page, HEATING)).toBeVisible();
  await expect(row(page, DEMOLITION)).toHaveCount(0);
});

test('a petition shows its summary, content, petitioners, timeline and time limits with their basis', async ({
  page,
}) => {
  await page.goto('/workbench/?q=%E4%BE%9B%E6%9A%96');
  await page.getByRole('link', { name: HEATING }).click();
  await expect(page).toHaveURL(/\/workbench\/petitions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: HEATING })).toBeVisible();
  await expect(page.getByTestId('petition-status')).toHaveText('待受理');
  await expect(page.getByRole('main')).toContainText('天津市河西区桃园街道');
  await expect(page.getByTestId('petition-content')).toContainText('入冬以来室内温度一直低于16度');
  await expect(page.getByTestId('petitioners')).toContainText('刘桂兰');

  const timeline = page.getByRole('list', { name: '办理过程' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('登记');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('转送有权处理的单位 · 已登记 → 待受理');
  await expect(timeline).toContainText('河西区信访办');

  // forwarded within its disposal period, the petition waits for the unit's answer on acceptance
  const deadlines = page.getByTestId('deadlines').getByRole('listitem');
  const disposal = deadlines.filter({ hasText: '转送、交办或告知' });
  // the rule set by its name; its code and version for those who ask (issue 10)
  await expect(disposal).toContainText('15个自然日，自登记起 · 《信访工作条例》（2022）');
  await expect(disposal.getByTestId('deadline-rule-set')).toHaveAttribute('title', '规则代码：national-2022，第1版');
  await expect(disposal).not.toContainText('national-2022');
  await expect(disposal).toContainText(/已于.+完成/);
  const acceptance = deadlines.filter({ hasText: '告知是否受理' });
  await expect(acceptance).toContainText('告知是否受理 · 当前');
  await expect(acceptance).toContainText('自转送有权处理的单位起');
  await expect(acceptance.getByTestId('time-left')).toHaveText(/^剩\d+天/);

  // awaiting the unit's acceptance: nothing for the petition office to do
  await expect(page.getByRole('region', { name: '可办理的操作' })).toContainText('您目前对本事项没有可办理的操作。');
  await expectNoSeriousViolations(page);

  // back to the inbox as it was left
  await page.getByRole('link', { name: '返回收件箱' }).click();
  await expect(page).toHaveURL(/\/workbench\/\?q=%E4%BE%9B%E6%9A%96$/);
});

test('the inbox and a petition in English', async ({ page }) => {
  await page.goto('/workbench/');
  await expect(row(page, HEATING)).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveText([
    'Inbox',
    'Register',
    'Supervision',
    'Units',
    'Key persons',
  ]);
  await expect(row(page, HEATING)).toContainText('Awaiting acceptance');
  await expect(row(page, HEATING).getByTestId('time-left')).toHaveText(/^\d+ days? left \(due \d+ \w+ \d{4}\)$/);
  await expect(page.getByTestId('inbox-count')).toHaveText(/^\d+ petitions( · \d+ shown)?$/);
  await expectNoSeriousViolations(page);

  await page.getByRole('link', { name: HEATING }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  await expect(page.getByTestId('deadlines')).toContainText(
    '15 calendar days, counted from “Registered” · Regulations on Petition Work (2022)',
  );
  await expect(page.getByRole('region', { name: 'Actions' })).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '办理过程' })).toBeVisible();
});

test('counts per status, "overdue only" and "my tasks" narrow the inbox at one tap', async ({ page, request }) => {
  const mark = chineseMark();
  const mine = await registerVisit(request, {
    username: officer,
    title: `路灯不亮${mark}`,
    content: `小区门口路灯已坏两周，${mark}，请求维修。`,
  });
  await page.goto('/workbench/');
  await expect(row(page, HEATING)).toBeVisible();
  const counts = page.getByRole('list', { name: '各状态件数（点击只看该状态）' });
  await expect(counts.getByRole('link', { name: /^已登记 \d+$/ })).toBeVisible();
  await expect(counts.getByRole('link', { name: /^待受理 \d+$/ })).toBeVisible();

  // my tasks: what the Hexi petition office must act on, such as a registration to dispose of;
  // not a petition already forwarded to a unit
  const quick = page.getByRole('group', { name: '快速筛选' });
  await quick.getByRole('button', { name: '我的待办' }).click();
  await expect(page).toHaveURL(/\?mine=1$/);
  await expect(quick.getByRole('button', { name: '我的待办' })).toHaveAttribute('aria-pressed', 'true');
  await expect(row(page, mine.title)).toBeVisible();
  await expect(row(page, HEATING)).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // overdue only: a petition registered today is not
  await quick.getByRole('button', { name: '只看逾期' }).click();
  await expect(page).toHaveURL(/\?overdue=1&mine=1$/);
  await expect(row(page, mine.title)).toHaveCount(0);
  await quick.getByRole('button', { name: '只看逾期' }).click();
  await quick.getByRole('button', { name: '我的待办' }).click();
  await expect(page).toHaveURL(/\/workbench\/$/);

  // a status's count opens those alone
  await counts.getByRole('link', { name: /^待受理 \d+$/ }).click();
  await expect(page).toHaveURL(/\?status=AWAITING_ACCEPTANCE$/);
  await expect(row(page, HEATING)).toBeVisible();
  await expect(row(page, mine.title)).toHaveCount(0);
});

test.describe('on a 1366×768 desk screen', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the inbox shows petitions on the first screen, the other filters folded away', async ({ page }) => {
    await page.goto('/workbench/');
    await expect(row(page, HEATING)).toBeVisible();
    await expect(filters(page).getByRole('checkbox', { name: '已登记' })).toBeHidden();
    // the first petition whole, without scrolling
    const first = await rows(page).first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(768);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectNoSeriousViolations(page);
  });
});
