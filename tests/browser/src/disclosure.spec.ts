import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, storageStateOf } from './demo-users.js';
import { chineseMark, submitOnline, unitIdOf } from './workbench/seed.js';

const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi, 河西区信访办

test.use({ storageState: storageStateOf('workbench') });
// two petitions seeded through the API, two pages and axe
test.describe.configure({ timeout: 60_000 });

test('the petition office reported on opens the report without the reporter, their material or the link to their earlier complaint (R-P12)', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const person = { name: `${mark}举报人`, phone: `137${String(Date.now()).slice(-8)}` };
  const matter = '区信访办接待窗口工作日经常无人值守，来访群众长时间等候无人接待';
  const earlier = await submitOnline(request, {
    ...person,
    kind: 'COMPLAINT',
    title: `接待窗口无人值守${mark}`,
    content: `${matter}，请求改进。`,
  });
  const report = await submitOnline(request, {
    ...person,
    kind: 'REPORT',
    confidential: true,
    respondentUnitId: await unitIdOf(request, officer),
    title: `接待窗口无人值守，工作人员推诿${mark}`,
    content: `${matter}，工作人员互相推诿，请求查处。`,
  });

  await page.goto(`/workbench/petitions/${report.id}`);
  await expect(page.getByRole('heading', { level: 1, name: report.title })).toBeVisible();
  await expect(page.getByTestId('petition-content')).toContainText('互相推诿');
  await expect(page.getByTestId('petitioners-withheld')).toBeVisible();
  await expect(page.getByText('附件可能含有信访人的身份信息，不向被反映的单位提供。')).toBeVisible();
  await expect(page.getByTestId('petition-repeat-of')).toHaveCount(0);
  for (const secret of [person.name, person.phone, earlier.trackingCode])
    await expect(page.getByText(secret)).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // the earlier complaint is not about the office: it shows who filed it
  await page.goto(`/workbench/petitions/${earlier.id}`);
  await expect(page.getByTestId('petitioners')).toContainText(person.name);
});
