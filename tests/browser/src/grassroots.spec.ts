import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { signInOwnSession } from './own-session.js';
import { chineseMark, graphql } from './workbench/seed.js';

// R-NET (issue 11): a street office sees its street's petitions, its communities' included,
// and not another street's; the inbox shows at which level each came in.
const SUBMIT = `mutation S($input: SubmitPetitionInput!) { submitPetition(input: $input) { petition { id } } }`;

const rows = (page: Page) => page.getByTestId('inbox-row');
const row = (page: Page, title: string) => rows(page).filter({ has: page.getByRole('link', { name: title }) });

test('the 友谊路街道 office finds its street’s petitions and not 桃园街道’s', async ({ page }) => {
  const mark = chineseMark();
  const titles = { street: `路面塌陷${mark}`, community: `楼道堆物${mark}`, otherStreet: `绿化缺损${mark}` };
  for (const [key, regionCode] of [
    ['street', '120103007'],
    ['community', '120103007002'],
    ['otherStreet', '120103003'],
  ] as const) {
    await graphql(page.request, SUBMIT, {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        categoryCode: '010201',
        regionCode,
        title: titles[key],
        content: `居民反映${titles[key]}，请求处理。`,
        petitioners: [{ name: '赵淑兰', phone: '13800135555' }],
      },
    });
  }

  await signInOwnSession(page, 'xfb.youyilu');
  await page.goto(`/workbench/?q=${encodeURIComponent(mark)}`);
  await expect(page.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
  await expect(row(page, titles.street)).toBeVisible();
  await expect(row(page, titles.community)).toBeVisible();
  await expect(rows(page)).toHaveCount(2); // the same search finds 桃园街道’s at the district office only
  // filed online, they came in at the district's petition office
  await expect(row(page, titles.street).getByTestId('inbox-receiving-unit')).toHaveText(/（区县）$/);
  await expectNoSeriousViolations(page);

  await signInOwnSession(page, 'xfb.hexi');
  await page.goto(`/workbench/?q=${encodeURIComponent(mark)}`);
  await expect(rows(page)).toHaveCount(3);
  await expect(row(page, titles.otherStreet)).toBeVisible();
});
