import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, UNIT_HANDLER, storageStateOf } from './demo-users.js';
import { assignAndObject, chineseMark, decideCompetence, registerVisit, unitIdOf } from './workbench/seed.js';
import { openStep } from './workbench/steps.js';

const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi, 河西区信访办
const HOUSING = '河西区住房和建设委员会';
const ENVIRONMENT = '河西区生态环境局';

test.use({ storageState: storageStateOf('workbench') });
// seeded through the API, axe twice, then decided through the API
test.describe.configure({ timeout: 60_000 });

test('after an objection the petition office refers the disputed competence to the common superior, whose decision sends the petition on (R-P7)', async ({
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

  // The superior's form. No demo account of a government uses the workbench (its leaders decide
  // in their own portal), so the page is shown once as if the office could decide: axe checks
  // the form, and the server refuses the office.
  await page.route('**/graphql', async (route) => {
    if (!(route.request().postData() ?? '').includes('query WorkbenchPetition')) return route.continue();
    const response = await route.fetch();
    const json = (await response.json()) as { data: { petition: { allowedActions: string[] } } };
    json.data.petition.allowedActions.push('DECIDE_COMPETENCE');
    return route.fulfill({ response, json });
  });
  await page.reload();
  const decide = await openStep(page, 'DECIDE_COMPETENCE');
  await expect(decide.getByTestId('competence-referral')).toContainText(`争议单位：${HOUSING}、${ENVIRONMENT}。`);
  await decide.getByLabel('受理机关', { exact: true }).selectOption({ label: ENVIRONMENT });
  await decide.getByLabel(/决定意见/).fill('污水直排河道为主要问题，由区生态环境局受理。');
  await expectNoSeriousViolations(page);
  await decide.getByRole('button', { name: '作出决定' }).click();
  await expect(decide.getByRole('alert')).toContainText('权限');
  await page.unroute('**/graphql');

  // the Hexi government decides; the environment bureau must now accept or decline
  await decideCompetence(request, {
    petitionId: petition.id,
    leader: 'leader.hexi',
    unitId: await unitIdOf(request, 'handler.hexi.sthj'),
    note: '污水直排河道为主要问题，由区生态环境局受理。',
  });
  await page.reload();
  await expect(page.getByTestId('petition-status')).toHaveText('待受理');
  await expect(page.getByTestId('petition-lead-unit')).toHaveText(ENVIRONMENT);
  await expect(page.getByTestId('documents')).toContainText('受理机关决定书');
});
