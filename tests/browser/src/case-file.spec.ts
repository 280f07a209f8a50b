import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PORTAL_USERS, storageStateOf } from './demo-users.js';
import { chineseMark, registerVisit } from './workbench/seed.js';

test.use({ storageState: storageStateOf('workbench') });

// R-LAW (issue 11): the petition's whole file, printable and downloadable as one PDF.
test('a petition officer downloads a petition’s case file as a PDF named after its tracking code', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const petition = await registerVisit(request, {
    username: PORTAL_USERS.workbench.account.username,
    title: `楼顶漏水${mark}`,
    content: `顶层住户反映楼顶漏水${mark}，请求维修。`,
  });
  await page.goto(`/workbench/petitions/${petition.id}`);
  await expect(page.getByRole('heading', { level: 1, name: petition.title })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下载卷宗（PDF）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`信访事项卷宗-${petition.trackingCode}.pdf`);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});
