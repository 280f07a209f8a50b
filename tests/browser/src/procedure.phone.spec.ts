import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { UNIT_HANDLER, PORTAL_USERS, storageStateOf, unitHandlerState } from './demo-users.js';
import { expectNoHorizontalScroll } from './layout.js';
import { assignAndSupervise, chineseMark, driveToReview, registerVisit } from './workbench/seed.js';

test.use({ storageState: unitHandlerState });
test.describe.configure({ timeout: 60_000 }); // seeded through the API, then axe on a long page

test('on a 360×740 phone the unit’s acceptance and objection forms fit and are accessible', async ({
  page,
  request,
}) => {
  const mark = chineseMark();
  const petition = await registerVisit(request, {
    username: PORTAL_USERS.workbench.account.username,
    title: `路灯不亮${mark}`,
    content: `小区门口路灯不亮，${mark}。`,
  });
  await assignAndSupervise(request, {
    petitionId: petition.id,
    officer: PORTAL_USERS.workbench.account.username,
    unitStaff: UNIT_HANDLER.username,
    note: '请尽快办理',
  });
  await page.goto(`/workbench/petitions/${petition.id}`);
  await expect(page.getByRole('heading', { level: 1, name: petition.title })).toBeVisible();
  const actions = page.getByTestId('petition-actions');
  for (const action of ['ACCEPT', 'DECLINE', 'OBJECT'])
    await page.getByTestId(`step-${action}`).locator('summary').tap();
  await expect(actions.getByLabel('不予受理的理由')).toBeVisible();
  await page.getByTestId('supervision-orders').getByText('书面答复督办单').tap();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousViolations(page);
});

test.describe('as the district petition office', () => {
  test.use({ storageState: storageStateOf('workbench') });

  test('on a 360×740 phone the hearing and supervision forms of a petition in review fit and are accessible', async ({
    page,
    request,
  }) => {
    const mark = chineseMark();
    const officer = PORTAL_USERS.workbench.account.username;
    const petition = await registerVisit(request, {
      username: officer,
      title: `供热不达标${mark}`,
      content: `冬季室温长期低于十六度，${mark}。`,
    });
    await driveToReview(request, { petitionId: petition.id, officer, unitStaff: UNIT_HANDLER.username });
    await page.goto(`/workbench/petitions/${petition.id}`);
    await expect(page.getByRole('heading', { level: 1, name: petition.title })).toBeVisible();
    await page.getByTestId('step-HOLD_HEARING').locator('summary').tap();
    await expect(page.getByTestId('petition-actions').getByLabel(/听证安排/)).toBeVisible();
    await page.getByTestId('issue-order').locator('summary').tap();
    await expect(page.getByLabel('督办事由')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);
  });
});
