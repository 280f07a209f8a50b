import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, UNIT_HANDLER, storageStateOf } from './demo-users.js';
import { assignToUnitOf, chineseMark, driveToReview, registerVisit } from './workbench/seed.js';
import { openStep, step } from './workbench/steps.js';

const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi, 河西区信访办
const HOUSING = '河西区住房和建设委员会';

test.use({ storageState: storageStateOf('workbench') });
// seeded through the API step by step, then axe on a long page
test.describe.configure({ timeout: 60_000 });

test('the review unit holds a hearing: the review clock shows paused while it runs, and the days it took are not counted', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const petition = await registerVisit(request, {
    username: officer,
    title: `住房补贴未发放${mark}`,
    content: `申请住房补贴半年未发放，${mark}。`,
  });
  await driveToReview(request, { petitionId: petition.id, officer, unitStaff: UNIT_HANDLER.username });

  // 河西区人民政府 reviews the housing committee's reply; its district's petition office organises it
  await page.goto(`/workbench/petitions/${petition.id}`);
  await expect(page.getByRole('heading', { level: 1, name: petition.title })).toBeVisible();
  await expect(page.getByTestId('petition-status')).toHaveText('复查中');
  await expect(step(page, 'END_HEARING')).toHaveCount(0);
  const reviewClock = page.getByTestId('deadlines').getByRole('listitem').filter({ hasText: '复查答复' });
  await expect(reviewClock.getByTestId('time-left')).toContainText('剩');

  const hold = await openStep(page, 'HOLD_HEARING');
  await expect(hold.getByLabel(/听证安排/)).toBeVisible();
  await expectNoSeriousViolations(page);
  await hold.getByLabel(/听证安排/).fill('下周三上午在区政府第二会议室举行听证，邀请信访人和承办单位参加。');
  await hold.getByRole('button', { name: '开始听证' }).click();
  await expect(page.getByRole('status').filter({ hasText: '听证已开始，复查（复核）期限中止。' })).toBeVisible();
  await expect(reviewClock.getByTestId('time-left')).toContainText('听证中，期限中止');
  await expect(step(page, 'HOLD_HEARING')).toHaveCount(0);

  const end = await openStep(page, 'END_HEARING');
  await expectNoSeriousViolations(page);
  await end.getByLabel(/听证情况/).fill('听证已举行，各方充分陈述意见。');
  await end.getByRole('button', { name: '结束听证' }).click();
  await expect(page.getByRole('status').filter({ hasText: '听证已结束，期限恢复计算。' })).toBeVisible();
  await expect(reviewClock.getByTestId('time-left')).toContainText('剩');
  // a hearing ended the day it began still counts as one day not counted
  await expect(reviewClock.getByTestId('deadline-paused-days')).toHaveText('因听证中止1日，不计入期限');
  await expect(step(page, 'HOLD_HEARING')).toBeVisible();
  await expect(step(page, 'DECIDE_REVIEW')).toBeVisible();
});

test('a petition officer issues a supervision order on a petition; it is listed there and on the supervision board', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const petition = await registerVisit(request, {
    username: officer,
    title: `老旧小区改造停工${mark}`,
    content: `小区改造工程停工三个月，${mark}。`,
  });
  await assignToUnitOf(request, { petitionId: petition.id, officer, unitStaff: UNIT_HANDLER.username });

  await page.goto(`/workbench/petitions/${petition.id}`);
  await expect(page.getByRole('heading', { level: 1, name: petition.title })).toBeVisible();
  const issue = page.getByTestId('issue-order');
  await issue.locator('summary').click();
  const unit = issue.getByLabel('被督办单位', { exact: true });
  await expect(unit.locator('option:checked')).toHaveText(`${HOUSING}（牵头单位）`);
  await expectNoSeriousViolations(page);

  // without a trigger the form says so at the field; a past date is the server's to refuse there
  await issue.getByRole('button', { name: '发出督办单' }).click();
  await expect(issue.getByText('请选择督办事由。')).toBeVisible();
  await expect(issue.getByLabel('督办事由')).toBeFocused();
  await issue.getByRole('radio', { name: /^督办/ }).check();
  await issue.getByLabel('督办事由').selectOption({ label: '超期未办' });
  await issue.getByLabel(/答复期限/).fill('2020-01-01');
  await issue.getByLabel(/督办意见/).fill(`请于期限内报告停工原因和复工安排${mark}`);
  await issue.getByRole('button', { name: '发出督办单' }).click();
  await expect(issue.getByText('答复期限须在今天之后。')).toBeVisible();
  await expect(issue.getByLabel(/答复期限/)).toBeFocused();
  await expectNoSeriousViolations(page);

  await issue.getByLabel(/答复期限/).fill('');
  await issue.getByRole('button', { name: '发出督办单' }).click();
  await expect(page.getByRole('status').filter({ hasText: '督办单已发出。' })).toBeVisible();
  const order = page.getByTestId('supervision-orders').getByRole('listitem').filter({ hasText: mark });
  await expect(order).toContainText('督办 · 超期未办 · 待答复');
  await expect(order).toContainText(`被督办单位：${HOUSING}`);
  await expect(order).toContainText('由河西区信访办发出');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '督办' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '督查督办' })).toBeVisible();
  const row = page.getByTestId('supervision-row').filter({ hasText: mark });
  await expect(row.getByRole('link', { name: petition.title })).toBeVisible();
  await expect(row).toContainText('督办 · 超期未办 · 待答复');
  await expect(row).toContainText(`被督办单位：${HOUSING}`);
});
