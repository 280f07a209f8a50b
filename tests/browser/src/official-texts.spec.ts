import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { chinaDateInWords } from '@tjxf/calendar';
import { expectNoSeriousViolations } from './a11y.js';
import { fillMatter, track } from './citizen/petition-form.js';
import { PORTAL_USERS, UNIT_HANDLER, storageStateOf, unitHandlerState } from './demo-users.js';
import { letClocksRunOut } from './scheduler-hook.js';
import { assignToUnitOf, chineseMark, graphql, submitOnline, tokenOf, type SeededPetition } from './workbench/seed.js';
import { openStep } from './workbench/steps.js';

// What citizens and units read must be official text (issue 10).
const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi
const unitStaff = UNIT_HANDLER.username; // handler.hexi.zj
const LATIN = /[A-Za-z]/;

async function pageAs(browser: Browser, storageState: string): Promise<Page> {
  const context = await browser.newContext({ storageState });
  return context.newPage();
}

/** A petition filed online without an account and assigned to the housing commission, with the office's instruction. */
async function assigned(request: APIRequestContext, title: string, phone: string, note = '请核实后依法处理。') {
  const petition = await submitOnline(request, {
    kind: 'COMPLAINT',
    title,
    content: `${title}，请有关部门处理。`,
    name: '赵晓燕',
    phone,
  });
  await assignToUnitOf(request, { petitionId: petition.id, officer, unitStaff, note });
  return petition;
}

/** When a clock of the petition ends, as the staff read it. */
async function dueAt(request: APIRequestContext, petition: SeededPetition, kind: string): Promise<Date> {
  const { petition: read } = await graphql<{ petition: { deadlines: { kind: string; dueAt: string }[] } }>(
    request,
    'query ($id: ID!) { petition(id: $id) { deadlines { kind dueAt } } }',
    { id: petition.id },
    await tokenOf(request, officer),
  );
  return new Date(read.deadlines.find((d) => d.kind === kind)!.dueAt);
}

const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

test('an automatic supervision order reads in Chinese only, the missed limit named and its day in words', async ({
  browser,
  request,
}) => {
  const petition = await assigned(request, `小区消防通道被占用${chineseMark()}`, phone());
  await letClocksRunOut(request, petition.id);
  const missed = chinaDateInWords(await dueAt(request, petition, 'ACCEPTANCE'));

  const office = await pageAs(browser, storageStateOf('workbench'));
  await office.goto(`/workbench/petitions/${petition.id}`);
  const note = office.getByTestId('supervision-orders').getByTestId('order-note');
  await expect(note).toHaveText(`告知是否受理期限已于${missed}届满。请抓紧办理，并书面报告办理情况。`);
  await expect(note).not.toHaveText(LATIN);
  await expectNoSeriousViolations(office);
});

test('the extension notice the petitioner reads is in Chinese only, its new day in words', async ({
  page,
  request,
}) => {
  const citizenPhone = phone();
  const petition = await assigned(request, `楼道照明长期损坏${chineseMark()}`, citizenPhone);
  const id = { id: petition.id };
  await graphql(
    request,
    'mutation ($id: ID!) { acceptPetition(id: $id) { id } }',
    id,
    await tokenOf(request, unitStaff),
  );
  await graphql(
    request,
    'mutation ($id: ID!) { extendHandling(id: $id, days: 30, reason: "涉及多个部门，需要现场勘查。") { id } }',
    id,
    await tokenOf(request, 'head.hexi.zj'),
  );
  const handlingDue = chinaDateInWords(await dueAt(request, petition, 'HANDLING'));

  await track(page, petition.trackingCode, citizenPhone.slice(-4));
  const notice = page.getByTestId('track-result').getByTestId('document-EXTENSION_NOTICE');
  await expect(notice).toContainText(
    `你（你们）反映的事项，经本单位负责人批准，办理期限延长30日，将于${handlingDue}前出具书面答复意见。延期理由：涉及多个部门，需要现场勘查。`,
  );
  await expect(notice).not.toHaveText(LATIN);
  await expectNoSeriousViolations(page);
});

test('after assignment the citizen reads who answers by the acceptance deadline, and never the office’s instruction', async ({
  page,
  request,
}) => {
  const citizenPhone = phone();
  const instruction = `交办意见：请三日内联系信访人并现场核实${chineseMark()}。`;
  const petition = await assigned(request, `小区电梯长期故障${chineseMark()}`, citizenPhone, instruction);
  const acceptance = chinaDateInWords(await dueAt(request, petition, 'ACCEPTANCE'));
  const objection = chinaDateInWords(await dueAt(request, petition, 'OBJECTION'));

  await track(page, petition.trackingCode, citizenPhone.slice(-4));
  const result = page.getByTestId('track-result');
  await expect(result.getByTestId('next-step')).toHaveText(`负责办理的单位将于${acceptance}前书面告知您是否受理。`);
  await expect(result.getByTestId('current-deadline')).toContainText('告知是否受理');
  await expect(result.getByTestId('current-deadline')).toContainText(acceptance);
  await expect(result).not.toContainText('提出异议');
  if (objection !== acceptance) await expect(result).not.toContainText(objection);
  // the timeline says it was assigned; the instruction to the unit stays with the units
  await expect(result.getByTestId('timeline')).toContainText('交办有权处理的单位');
  await expect(result).not.toContainText('交办意见');
  await expectNoSeriousViolations(page);
});

test('the reply form sent empty names each empty field at the field and focuses the first', async ({
  browser,
  request,
}) => {
  const petition = await assigned(request, `路灯不亮${chineseMark()}`, phone());
  await graphql(
    request,
    'mutation ($id: ID!) { acceptPetition(id: $id) { id } }',
    { id: petition.id },
    await tokenOf(request, unitStaff),
  );
  const handler = await pageAs(browser, unitHandlerState);
  await handler.goto(`/workbench/petitions/${petition.id}`);
  const reply = await openStep(handler, 'REPLY');
  await reply.getByRole('button', { name: '出具答复意见书' }).click();
  await expect(reply.getByRole('group', { name: '处理结果' })).toHaveAccessibleDescription('请选择处理结果。');
  await expect(reply.getByRole('radio', { name: '支持', exact: true })).toBeFocused();
  for (const field of ['查明的事实', '处理理由', '法律政策依据'])
    await expect(reply.getByLabel(field)).toHaveAccessibleDescription(new RegExp(`^请填写${field}，此项不能为空。`));
  await expect(handler.getByText('填写的内容有误')).toHaveCount(0);
  await expectNoSeriousViolations(handler);

  // filled in, one field is named no more
  await reply.getByLabel('查明的事实').fill('经现场核查，路灯损坏属实。');
  await reply.getByRole('button', { name: '出具答复意见书' }).click();
  await expect(reply.getByLabel('查明的事实')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(reply.getByText('请填写查明的事实，此项不能为空。')).toHaveCount(0);
  await expect(reply.getByText('请填写处理理由，此项不能为空。')).toBeVisible();
});

test('the filing wizard checks the ID number’s check digit as it is typed', async ({ page }) => {
  await page.goto('/citizen/file');
  await fillMatter(page, { title: `小区噪声扰民${chineseMark()}`, content: '夜间施工噪声扰民。', street: null });
  const id = page.getByLabel('身份证号码');
  await id.pressSequentially('120103198507121231'); // the check digit should be 0
  await expect(id).toBeFocused(); // said while typing, not when leaving the step
  await expect(id).toHaveAccessibleDescription(/身份证号码最后一位（校验码）与前17位不符，请逐位核对。/);
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await id.press('Backspace');
  await id.press('0');
  await expect(id).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('校验码')).toHaveCount(0);
  // too short, said when the field is left
  await id.fill('1201031985');
  await page.getByLabel('住址').first().focus();
  await expect(id).toHaveAccessibleDescription(/身份证号码应为18位，您填写了10位。/);
  await expectNoSeriousViolations(page);
});
