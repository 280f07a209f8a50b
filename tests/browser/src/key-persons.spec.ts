import { expect, test, type Browser } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { storageStateOf } from './demo-users.js';
import { chineseMark } from './workbench/seed.js';

// R-P5, issue 11: the key-person register in the workbench. xfb.hexi marks a person with a
// stated basis and a review date, answers the person's own question, and removes the mark with
// a reason; the city's leader (leader.city, whose area holds Hexi) reads who did what.
test.describe.configure({ timeout: 150_000 });

const inDays = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function pageAs(browser: Browser, storageState: string) {
  const context = await browser.newContext({ storageState });
  return context.newPage();
}

test('a petition office keeps the register and answers the person; the area’s leader reads the log', async ({
  browser,
}) => {
  const name = `测试${chineseMark()}`;
  const phone = `136${String(Date.now()).slice(-8)}`;
  const office = await pageAs(browser, storageStateOf('workbench'));
  await office.goto('/workbench/key-persons');
  await expect(office.getByRole('heading', { level: 1, name: '重点人员登记' })).toBeVisible();
  await expectNoSeriousViolations(office);

  // a basis of a word is refused at its field, and nothing is marked
  const add = office.getByRole('region', { name: '标记重点人员' });
  await add.getByLabel('姓名').fill(name);
  await add.getByLabel(/手机号码/).fill(phone);
  await add.getByLabel('列管依据').fill('闹访');
  await add.getByLabel('复核日期').fill(inDays(90));
  await add.getByRole('button', { name: '标记', exact: true }).click();
  await expect(add.getByLabel('列管依据')).toBeFocused();
  await expect(add.locator('#add-key-person-basis-problem')).toBeVisible();
  await add.getByLabel('列管依据').fill('近两个月三次扬言到区政府门前聚集，需重点关注并及时化解。');
  await add.getByRole('button', { name: '标记', exact: true }).click();
  await expect(office.getByRole('status').filter({ hasText: '已标记。' })).toBeVisible();
  const row = office.getByTestId('key-person-list').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('扬言');
  await expect(row).toContainText(`${phone.slice(0, 3)}****${phone.slice(-4)}`);

  // the person asks, in person: they are told by whom, why and until when
  const enquiry = office.getByRole('region', { name: '答复本人查询' });
  await enquiry.getByLabel(/手机号码/).fill(phone);
  await enquiry.getByRole('button', { name: '查询' }).click();
  await expect(enquiry.getByTestId('key-person-answer')).toContainText('查询人已被列为重点人员');
  await expect(enquiry.getByTestId('key-person-answer')).toContainText('河西区信访办');

  // removed with a reason; the register no longer lists them
  await row.getByText(`取消${name}的标记`).click();
  await row.getByLabel('取消理由').fill('经复核，诉求已依法解决，两个月内无异常行为。');
  await row.getByRole('button', { name: '取消标记' }).click();
  await expect(office.getByTestId('key-person-list').getByRole('row').filter({ hasText: name })).toHaveCount(0);

  // the city's leader reads who listed, marked, answered and removed
  const leader = await pageAs(browser, storageStateOf('leadership'));
  await leader.goto('/workbench/key-persons');
  const log = leader.getByTestId('key-person-log');
  await expect(log).toBeVisible();
  for (const action of ['标记', '查阅', '答复本人查询', '取消标记'])
    await expect(log.getByRole('row').filter({ hasText: name }).filter({ hasText: action }).first()).toBeVisible();
  await expect(leader.getByRole('region', { name: '标记重点人员' })).toHaveCount(0);
  await expectNoSeriousViolations(leader);
});
