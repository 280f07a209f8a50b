import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, UNIT_HANDLER, storageStateOf, unitHandlerState } from './demo-users.js';
import { chineseMark, graphql, registerVisit, tokenOf, unitIdOf } from './workbench/seed.js';
import { openStep, step } from './workbench/steps.js';

// Issue 11, the remaining steps as forms in the workbench: a co-handling unit's report of its
// part (R-X), and a hand-off to people's mediation that comes back with an agreement (R-MED,
// Art. 33). The housing committee's handler (handler.hexi.zj) works them.
const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi
const COMMITTEE = '河西区桃园街道人民调解委员会';

test.use({ storageState: unitHandlerState });
// seeded through the API, two axe runs on a long page, on a shared machine
test.describe.configure({ timeout: 150_000 });

/** A visit assigned by xfb.hexi to `lead`'s unit, with `coHandling`'s units co-handling. */
async function assigned(
  request: APIRequestContext,
  title: string,
  lead: string,
  coHandling: string[] = [],
): Promise<string> {
  const mark = chineseMark();
  const petition = await registerVisit(request, {
    username: officer,
    title: `${title}${mark}`,
    content: `${title}，${mark}，请有关部门处理。`,
  });
  const unitId = await unitIdOf(request, lead);
  const coHandlingUnitIds = await Promise.all(coHandling.map((u) => unitIdOf(request, u)));
  await graphql(
    request,
    'mutation ($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }',
    { id: petition.id, input: { mode: 'ASSIGN', unitId, coHandlingUnitIds } },
    await tokenOf(request, officer),
  );
  return petition.id;
}

test('a co-handling unit reports its part on the petition page: the task, its due date, then what was reported', async ({
  page,
  request,
}) => {
  // the environment bureau leads; the housing committee co-handles
  const id = await assigned(request, '河道旁建筑垃圾堆放', 'handler.hexi.sthj', [UNIT_HANDLER.username]);
  await page.goto(`/workbench/petitions/${id}`);
  const task = page.getByTestId('task-CO_HANDLING');
  await expect(task).toContainText('协办 · 河西区住房和建设委员会');
  await expect(task.getByTestId('task-due')).toContainText('前完成');
  await expect(task.getByTestId('time-left')).toContainText('剩');
  // the lead unit's task is listed, without a form for this unit
  await expect(page.getByTestId('task-LEAD')).toContainText('牵头办理 · 河西区生态环境局');
  await expect(page.getByTestId('task-LEAD').getByRole('button')).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // sent empty, the form says so at the field and focuses it
  await task.getByRole('button', { name: '报送协办情况' }).click();
  await expect(task.getByText('请填写协办情况，此项不能为空。')).toBeVisible();
  await expect(task.getByLabel('协办情况')).toBeFocused();
  await task.getByLabel('协办情况').fill('已核查堆放点所在地块的建设手续，责令施工单位三日内清运。');
  await task.getByRole('button', { name: '报送协办情况' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已报送。' })).toBeVisible();
  await expect(task.getByTestId('task-report')).toContainText('责令施工单位三日内清运');
  await expect(task.getByRole('button', { name: '报送协办情况' })).toHaveCount(0);
});

test('the lead unit hands a matter to people’s mediation, records the agreement that comes back, and replies with it', async ({
  page,
  request,
}) => {
  const id = await assigned(request, '物业费纠纷', UNIT_HANDLER.username);
  await graphql(
    request,
    'mutation ($id: ID!) { acceptPetition(id: $id) { id } }',
    { id },
    await tokenOf(request, UNIT_HANDLER.username),
  );
  await page.goto(`/workbench/petitions/${id}`);
  await expect(page.getByTestId('petition-status')).toHaveText('已受理，办理中');

  const handOff = await openStep(page, 'HAND_OFF');
  await expectNoSeriousViolations(page);
  await handOff.getByRole('button', { name: '移交', exact: true }).click();
  await expect(handOff.getByText('请选择移交途径。')).toBeVisible();
  await handOff.getByRole('radio', { name: /^人民调解/ }).check();
  await handOff.getByLabel('接收机构').fill(COMMITTEE);
  await handOff.getByLabel(/移交说明/).fill('请于两周内组织双方调解。');
  await handOff.getByRole('button', { name: '移交', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已移交，告知书已生成。' })).toBeVisible();

  // the petitioner's notice names the committee; the reply waits for what comes back
  await expect(page.getByTestId('documents')).toContainText(`已交由${COMMITTEE}进行人民调解`);
  await expect(page.getByTestId('hand-offs')).toContainText('等待结果');
  await expect(step(page, 'REPLY')).toHaveCount(0);

  const outcome = await openStep(page, 'RECORD_HAND_OFF_OUTCOME');
  await expect(outcome.getByTestId('open-hand-off')).toContainText(COMMITTEE);
  // a mediation committee decides nothing: no judgment to choose
  await expect(outcome.getByRole('radio', { name: /判决/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await outcome.getByRole('radio', { name: '达成调解（和解）协议' }).check();
  await outcome.getByLabel('结果摘要').fill('双方达成调解协议：物业公司减免三个月物业费，业主补交其余欠费。');
  await outcome.getByRole('button', { name: '登记结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: '结果已登记' })).toBeVisible();
  await expect(page.getByTestId('hand-offs')).toContainText('结果：达成调解（和解）协议');

  const reply = await openStep(page, 'REPLY');
  await reply.getByRole('radio', { name: '支持', exact: true }).check();
  await reply.getByRole('checkbox', { name: /达成调解（和解）协议/ }).check();
  await reply.getByLabel('协议内容').fill('物业公司减免三个月物业费，业主于十日内补交其余欠费。');
  await reply.getByLabel('处理理由').fill('双方自愿达成调解协议。');
  await reply.getByLabel('法律政策依据').fill('《信访工作条例》第三十三条');
  await reply.getByRole('button', { name: '出具答复意见书' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('已答复');
  await expect(page.getByTestId('documents')).toContainText('调解协议书');
});

test.describe('the petition office', () => {
  test.use({ storageState: storageStateOf('workbench') });

  test('chooses the lead unit the routing rules suggest with one click, even in another area', async ({
    page,
    request,
  }) => {
    // 010303 is city appearance and sanitation: the district's city management commission first
    const mark = chineseMark();
    const petition = await registerVisit(request, {
      username: officer,
      title: `占道经营噪声扰民${mark}`,
      content: `小区门口夜市占道经营，${mark}。`,
    });
    await page.goto(`/workbench/petitions/${petition.id}`);
    const assign = await openStep(page, 'ASSIGN');
    const suggestions = assign.getByTestId('routing-suggestions');
    await expect(suggestions.getByRole('button').first()).toHaveText('河西区城市管理委员会');
    await expectNoSeriousViolations(page);
    await suggestions.getByRole('button', { name: '天津市城市管理委员会' }).click();
    await expect(assign.getByLabel('承办（牵头）单位').locator('option:checked')).toHaveText('天津市城市管理委员会');
    await expect(suggestions.getByRole('button', { name: '天津市城市管理委员会' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await suggestions.getByRole('button', { name: '河西区城市管理委员会' }).click();
    await expect(assign.getByLabel('承办（牵头）单位').locator('option:checked')).toHaveText('河西区城市管理委员会');
    await assign.getByRole('button', { name: '交办', exact: true }).click();
    await expect(page.getByTestId('petition-lead-unit')).toHaveText('河西区城市管理委员会');
  });
});
