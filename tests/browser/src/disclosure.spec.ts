import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, storageStateOf } from './demo-users.js';
import { chineseMark, submitOnline, unitIdOf } from './workbench/seed.js';

const officer = PORTAL_USERS.workbench.account.username; // xfb.hexi, 河西区信访办

test.use({ storageState: storageStateOf('workbench') });
// petitions seeded through the API, two or three pages and axe
test.describe.configure({ timeout: 60_000 });

test('the petition office reported on finds no report about it: not by its address, nor in its inbox (R-P12, Art. 30, 46)', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const reporter = { name: `${mark}举报人`, phone: `137${String(Date.now()).slice(-8)}` };
  const report = await submitOnline(request, {
    ...reporter,
    kind: 'REPORT',
    respondentUnitId: await unitIdOf(request, officer),
    title: `信访办工作人员违规收取材料费${mark}`,
    content: '区信访办接待窗口工作人员向来访群众违规收取材料费，请求查处。',
  });
  // the same words in a complaint about no unit: the office finds that one
  const complaint = await submitOnline(request, {
    ...reporter,
    kind: 'COMPLAINT',
    title: `小区物业违规收取材料费${mark}`,
    content: '小区物业公司向业主违规收取材料费，请求督促整改。',
  });

  await page.goto(`/workbench/petitions/${report.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '找不到该信访事项' })).toBeVisible();
  await expect(page.getByText(report.title)).toHaveCount(0);
  await expect(page.getByText('违规收取材料费')).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // the inbox, searched for words of both, lists the complaint and not the report
  await page.goto(`/workbench/?q=${encodeURIComponent(`违规收取材料费${mark}`)}`);
  await expect(page.getByRole('link', { name: complaint.title })).toBeVisible();
  await expect(page.getByRole('link', { name: report.title })).toHaveCount(0);
});

test('the petition office complained about in confidence opens the complaint without the complainant, their material or the link to their earlier complaint (R-P12)', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const person = { name: `${mark}投诉人`, phone: `137${String(Date.now()).slice(-8)}` };
  const matter = '区信访办接待窗口工作日经常无人值守，来访群众长时间等候无人接待';
  const earlier = await submitOnline(request, {
    ...person,
    kind: 'COMPLAINT',
    title: `接待窗口无人值守${mark}`,
    content: `${matter}，请求改进。`,
  });
  const complaint = await submitOnline(request, {
    ...person,
    kind: 'COMPLAINT',
    confidential: true,
    respondentUnitId: await unitIdOf(request, officer),
    title: `接待窗口无人值守，工作人员推诿${mark}`,
    content: `${matter}，工作人员互相推诿，请求改进。`,
  });

  await page.goto(`/workbench/petitions/${complaint.id}`);
  await expect(page.getByRole('heading', { level: 1, name: complaint.title })).toBeVisible();
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
