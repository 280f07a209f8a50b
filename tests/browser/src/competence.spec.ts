import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { DEMO_PASSWORD, PORTAL_USERS, UNIT_HANDLER, storageStateOf } from './demo-users.js';
import { assignAndObject, chineseMark, registerVisit } from './workbench/seed.js';
import { openStep } from './workbench/steps.js';

const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi, 河西区信访办
const HOUSING = '河西区住房和建设委员会';
const ENVIRONMENT = '河西区生态环境局';

test.use({ storageState: storageStateOf('workbench') });
// seeded through the API, axe twice, a second browser for the leader
test.describe.configure({ timeout: 60_000 });

test('after an objection the petition office refers the disputed competence to the common superior, whose decision sends the petition on (R-P7)', async ({
  browser,
  page,
  request,
}) => {
  const mark = chineseMark();
  const petition = await registerVisit(request, {
    username: officer,
    title: `河道旁违建${mark}`,
    content: `小区旁河道边有人违规搭建，污水直排河道，${mark}。`,
  });
  await assignAndObject(request, {
    petitionId: petition.id,
    officer,
    unitStaff: UNIT_HANDLER.username,
    reason: '河道排污属于生态环境部门职责。',
  });

  await page.goto(`/workbench/petitions/${petition.id}`);
  await expect(page.getByRole('heading', { level: 1, name: petition.title })).toBeVisible();
  await expect(page.getByTestId('petition-status')).toHaveText('已登记');
  const refer = await openStep(page, 'REFER_COMPETENCE');
  await expect(refer.getByTestId('objecting-units')).toHaveText(`提出异议的单位：${HOUSING}`);
  await expect(refer.getByRole('checkbox', { name: ENVIRONMENT })).toBeVisible();
  // the objecting unit is in the dispute by itself: it is not offered
  await expect(refer.getByRole('checkbox', { name: HOUSING })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // the server's refusals stand at their fields: first the reason, then the units
  await refer.getByRole('button', { name: '提请决定' }).click();
  await expect(refer.getByText('请写明争议情况。')).toBeVisible();
  await expect(refer.getByLabel('争议情况')).toBeFocused();
  await refer.getByLabel('争议情况').fill('区住建委认为河道排污属于生态环境部门职责；违建和排污两方面都涉及。');
  await refer.getByRole('button', { name: '提请决定' }).click();
  await expect(refer.getByText('请选择与提出异议的单位存在争议的单位。')).toBeVisible();
  await expect(refer.getByRole('checkbox').first()).toBeFocused();
  await refer.getByRole('checkbox', { name: ENVIRONMENT }).check();
  await expect(refer.getByTestId('disputed-units')).toHaveText(`已选择：${ENVIRONMENT}`);
  await refer.getByRole('button', { name: '提请决定' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已提请共同的上一级机关决定受理机关。' })).toBeVisible();
  // meanwhile the office cannot forward or assign it again; the superior has a clock and a task
  await expect(page.getByTestId('petition-actions')).toContainText('您目前对本事项没有可办理的操作。');
  await expect(page.getByTestId('deadlines')).toContainText('共同上级机关决定受理机关');
  await expect(page.getByTestId('tasks')).toContainText('决定受理机关');

  // the Hexi government's leader decides in the workbench, with the referral in view
  // (a context of its own, not signed in: the file's storage state is the office's)
  const leaderContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const leader = await leaderContext.newPage();
  await leader.goto('/workbench/');
  await leader.getByLabel('用户名').fill('leader.hexi');
  await leader.getByLabel('密码').fill(DEMO_PASSWORD);
  await leader.getByRole('button', { name: '登录', exact: true }).click();
  await expect(leader.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
  await leader.goto(`/workbench/petitions/${petition.id}`);
  const decide = await openStep(leader, 'DECIDE_COMPETENCE');
  await expect(decide.getByTestId('competence-referral')).toContainText(`争议单位：${HOUSING}、${ENVIRONMENT}。`);
  await decide.getByLabel('受理机关', { exact: true }).selectOption({ label: ENVIRONMENT });
  await decide.getByLabel(/决定意见/).fill('污水直排河道为主要问题，由区生态环境局受理。');
  await expectNoSeriousViolations(leader);
  await decide.getByRole('button', { name: '作出决定' }).click();
  await expect(leader.getByTestId('petition-status')).toHaveText('待受理');
  await expect(leader.getByTestId('petition-actions')).toContainText('您目前对本事项没有可办理的操作。');
  await leaderContext.close();

  // the office sees it sent on: the environment bureau must now accept or decline
  await page.reload();
  await expect(page.getByTestId('petition-status')).toHaveText('待受理');
  await expect(page.getByTestId('petition-lead-unit')).toHaveText(ENVIRONMENT);
  await expect(page.getByTestId('documents')).toContainText('受理机关决定书');
});
