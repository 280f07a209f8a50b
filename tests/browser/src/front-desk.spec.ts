import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { UNIT_HANDLER, storageStateOf } from './demo-users.js';
import { assignToUnitOf, chineseMark, graphql, tokenOf } from './workbench/seed.js';
import { signInOwnSession } from './own-session.js';
import { openStep } from './workbench/steps.js';

// The front desk (登记, issue 11): a petition office registers what comes by post or to the
// counter, looks the person up first, and hands over a printable receipt (R-P1, R-P3, R-P4, R-CH1).
const officer = 'xfb.hexi';
test.use({ storageState: storageStateOf('workbench') });
test.describe.configure({ timeout: 90_000 });

/** A phone number no other test uses. */
const freshPhone = () => `13${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

/** The smallest valid PNG: what a scanner's picture starts as. */
const SCAN = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function openFrontDesk(page: Page) {
  await page.goto('/workbench/');
  await page.getByRole('link', { name: '登记', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '来信来访登记' })).toBeVisible();
}

/** The matter of a petition: kind stays 申诉求决; category, district, title and content. */
async function fillMatter(page: Page, { title, content }: { title: string; content: string }) {
  await page.getByLabel('问题类别').selectOption('010303');
  await page.getByLabel('事项发生地').selectOption({ label: '河西区' });
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('主要诉求、事实和理由').fill(content);
}

async function fillPerson(page: Page, index: number, { name, phone }: { name: string; phone: string }) {
  const person = page.getByTestId(`person-${index}`);
  await person.getByLabel('姓名').fill(name);
  await person.getByLabel('联系电话').fill(phone);
}

test('a front-desk officer registers a collective visit of 30 people with 5 representatives, and prints the receipt (R-P3)', async ({
  page,
}) => {
  const mark = chineseMark();
  await openFrontDesk(page);
  await expectNoSeriousViolations(page);
  await page.getByLabel('来源渠道').selectOption('VISIT');

  // the ID number's check digit is told as it is typed
  const first = page.getByTestId('person-0');
  await first.getByLabel('身份证号码').fill('120103198003151234');
  await expect(first.getByText('身份证号码校验位不正确，请核对。')).toBeVisible();
  await first.getByLabel('身份证号码').fill('120103198003151233');
  await expect(first.getByText('身份证号码校验位不正确，请核对。')).toHaveCount(0);

  for (let i = 0; i < 5; i += 1) {
    if (i > 0) await page.getByRole('button', { name: '增加信访人（代表）' }).click();
    await fillPerson(page, i, { name: `代表${'甲乙丙丁戊'[i]}${mark}`, phone: freshPhone() });
  }
  // a sixth representative is refused at once (Art. 20)
  await page.getByRole('button', { name: '增加信访人（代表）' }).click();
  await expect(page.getByText('集体访最多推选5名代表，其他人员请计入涉及人数。')).toBeVisible();
  await expect(page.getByTestId('person-5')).toHaveCount(0);
  await expect(page.getByRole('group', { name: '代表 5' })).toBeVisible();
  await page.getByLabel('涉及人数').fill('30');

  // an oral petition is read back before it is saved
  await page.getByLabel('口头信访，由工作人员记录').check();
  await fillMatter(page, {
    title: `小区周边工地夜间施工扰民${mark}`,
    content: `我们是河西区某小区的居民，周边工地连续一个月夜间施工，噪声严重影响休息，${mark}，请求依法查处。`,
  });
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText('请向信访人宣读记录并经其确认后勾选。')).toBeVisible();
  await expect(page.getByLabel('已向信访人宣读（或复述）记录，信访人确认无误')).toBeFocused();
  await page.getByLabel('已向信访人宣读（或复述）记录，信访人确认无误').check();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: '登记', exact: true }).click();

  const receipt = page.getByTestId('registration-receipt');
  await expect(receipt.getByRole('heading', { name: '信访事项登记回执' })).toBeVisible();
  await expect(receipt).toContainText('本次来访共30人');
  await expect(receipt).toContainText(`代表甲${mark}、`);
  await expect(receipt).toContainText('（北京时间）以来访方式提出');
  await expect(receipt.getByTestId('receipt-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  // official Chinese: the year in words, no codes of the API
  await expect(receipt).toContainText(/二〇[一二三四五六七八九〇]{2}年/);
  await expect(receipt).not.toContainText('VISIT');
  await expect(page.getByRole('button', { name: '打印回执' })).toBeVisible();
  await expectNoSeriousViolations(page);
  // printed, the receipt stands alone
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印回执' })).toBeHidden();
  await expect(receipt).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('a letter with its scan is registered after the look-up shows the earlier petition and warns of a repeat (R-P4)', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const phone = freshPhone();
  const matter = {
    title: `楼顶违建导致楼道漏水${mark}`,
    content: `邻居在楼顶私搭乱建，雨天楼道漏水严重，多次向物业反映无果，${mark}，请求依法拆除违建。`,
  };
  // the first time, the same person came in person
  const { registerPetition: earlier } = await graphql<{ registerPetition: { trackingCode: string } }>(
    request,
    'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { trackingCode } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        channel: 'VISIT',
        receivedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        categoryCode: '010303',
        regionCode: '120103',
        ...matter,
        petitioners: [{ name: `卫${mark}`, phone }],
      },
    },
    await tokenOf(request, officer),
  );

  await openFrontDesk(page);
  await page.getByLabel('来源渠道').selectOption('LETTER');
  // never in the future: told at the field as it is typed
  await page.getByLabel('收到时间（北京时间）').fill('2099-01-01T09:00');
  await expect(page.getByText('收到时间不能晚于现在。')).toBeVisible();
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await page.getByLabel('收到时间（北京时间）').fill(`${today}T00:05`);
  await expect(page.getByText('收到时间不能晚于现在。')).toHaveCount(0);
  await page.getByLabel('邮戳日期').fill(today);
  await page
    .getByLabel('来信扫描件或照片')
    .setInputFiles({ name: '来信扫描件.png', mimeType: 'image/png', buffer: SCAN });
  await expect(page.getByTestId('fd-attachmentIds-files')).toContainText('来信扫描件.png');
  await fillPerson(page, 0, { name: `卫${mark}`, phone });
  await fillMatter(page, matter);

  const lookup = page.getByTestId('person-lookup');
  await lookup.getByRole('button', { name: '查询' }).click();
  await expect(lookup.getByTestId('repeat-warning')).toContainText(earlier.trackingCode);
  const earlierRows = lookup.getByTestId('earlier-petitions');
  await expect(earlierRows).toContainText(earlier.trackingCode);
  await expect(earlierRows).toContainText(matter.title);
  await expect(earlierRows).toContainText('河西区信访办');
  // the district itself received it: no skipped level
  await expect(lookup.getByTestId('skipped-level-warning')).toHaveCount(0);
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: '登记', exact: true }).click();
  const receipt = page.getByTestId('registration-receipt');
  await expect(receipt).toContainText('以来信方式提出');
  await expect(receipt).toContainText('来信邮戳日期为');
  await page.getByRole('link', { name: '打开该信访事项' }).click();
  await expect(page.getByRole('heading', { level: 1, name: matter.title })).toBeVisible();
  await expect(page.getByText('来信扫描件.png')).toBeVisible();
});

test('a petition office records a review request for a petitioner who wrote in (R-P10)', async ({ page, request }) => {
  const mark = chineseMark();
  const officerToken = await tokenOf(request, officer);
  const { registerPetition: letter } = await graphql<{ registerPetition: { id: string; title: string } }>(
    request,
    'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id title } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        channel: 'LETTER',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        categoryCode: '010303',
        regionCode: '120103003',
        title: `来信反映电梯长期停运${mark}`,
        content: `我家所在小区电梯停运三个月无人维修，${mark}，请求督促维修。`,
        petitioners: [{ name: `蒋${mark}`, phone: freshPhone() }],
      },
    },
    officerToken,
  );
  await assignToUnitOf(request, { petitionId: letter.id, officer, unitStaff: UNIT_HANDLER.username });
  const staff = await tokenOf(request, UNIT_HANDLER.username);
  await graphql(request, 'mutation ($id: ID!) { acceptPetition(id: $id) { id } }', { id: letter.id }, staff);
  await graphql(
    request,
    'mutation ($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { id } }',
    {
      id: letter.id,
      input: {
        outcome: 'NOT_SUPPORTED',
        facts: '经核查，电梯已安排维保单位检修。',
        reasons: '维修需要更换部件，已告知预计时间。',
        legalBasis: '《特种设备安全法》第三十九条',
      },
    },
    staff,
  );

  await page.goto(`/workbench/petitions/${letter.id}`);
  await expect(page.getByRole('heading', { level: 1, name: letter.title })).toBeVisible();
  const form = await openStep(page, 'REQUEST_REVIEW');
  await expectNoSeriousViolations(page);
  // an empty reason is refused at the field
  await form.getByRole('button', { name: '登记复查（复核）请求' }).click();
  await expect(form.getByLabel('请求复查（复核）的理由')).toBeFocused();
  await form.getByLabel('来信').check();
  await form.getByLabel('请求复查（复核）的理由').fill('电梯至今仍未修好，对答复意见不服。');
  await form.getByRole('button', { name: '登记复查（复核）请求' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已登记信访人的复查（复核）请求。' })).toBeVisible();
  await expect(page.getByTestId('petition-status')).toHaveText('复查中');
  await expect(page.getByTestId('timeline')).toContainText('信访人来信请求：电梯至今仍未修好');
});

test('the city office is told that Hexi is still handling the matter, and does not accept it under Art. 19 (R-P4)', async ({
  browser,
  request,
}) => {
  const mark = chineseMark();
  const phone = freshPhone();
  const matter = {
    title: `小区供暖温度不达标${mark}`,
    content: `今冬小区供暖温度一直不达标，室内只有十四度，多次找供热公司无果，${mark}，请求督促整改。`,
  };
  // the district's office registered it yesterday and is within its time limit
  await graphql(
    request,
    'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        channel: 'VISIT',
        receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
        categoryCode: '010303',
        regionCode: '120103',
        ...matter,
        petitioners: [{ name: `杨${mark}`, phone }],
      },
    },
    await tokenOf(request, officer),
  );

  // the city office's officer, in a browser of their own
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/workbench/');
  await signInOwnSession(page, 'xfb.city');
  await openFrontDesk(page);
  await fillPerson(page, 0, { name: `杨${mark}`, phone });
  await fillMatter(page, matter);
  const lookup = page.getByTestId('person-lookup');
  await lookup.getByRole('button', { name: '查询' }).click();
  await expect(lookup.getByTestId('skipped-level-warning')).toContainText('河西区信访办正在办理期限内');
  await expect(lookup.locator('.official-notice')).toContainText('第十九条');
  await lookup.getByLabel('按《信访工作条例》第十九条不予受理，并向信访人出具以下告知').check();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const notice = page.getByTestId('receipt-notice');
  await expect(notice).toContainText('河西区信访办已经受理、正在办理');
  await expect(page.getByTestId('registration-receipt')).toContainText('天津市信访办');
  await context.close();
});
