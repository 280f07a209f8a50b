import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './a11y.js';
import { storageStateOf } from './demo-users.js';

test.use({ storageState: storageStateOf('workbench') });

const focused = (page: Page) => page.locator('[role="treeitem"]:focus');
const item = (page: Page, name: string) => page.locator(`[role="treeitem"][data-unit-name="${name}"]`);
/** The tree items one level under the named one. */
const childrenOf = (page: Page, name: string) =>
  page.locator(`li:has(> [data-unit-name="${name}"]) > [role="group"] > li > [role="treeitem"]`);

/** Presses a key until the focused tree item is the one named, at most `limit` times. */
async function pressUntilFocused(page: Page, key: string, name: string, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    if ((await focused(page).getAttribute('data-unit-name')) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${name} not reached with ${key}`);
}

test('the unit tree opens 天津市 → 河西区 with the keyboard alone (R-NET)', async ({ page }) => {
  await page.goto('/workbench/units');
  await expect(page.getByRole('tree', { name: '天津市信访工作单位' })).toBeVisible();

  // Tab into the tree: one stop, on its first item
  for (let i = 0; i < 15 && (await focused(page).count()) === 0; i += 1) await page.keyboard.press('Tab');
  const city = item(page, '天津市');
  await expect(city).toBeFocused();
  await expect(city).toHaveAttribute('aria-expanded', 'false');
  await expect(city).toHaveAttribute('aria-level', '1');
  // the name says the level and the rule set too
  await expect(city).toHaveAccessibleName(
    '天津市 市 · 区划代码 120000 · 办理规则：national-2022 《信访工作条例》（2022）',
  );

  await page.keyboard.press('ArrowRight'); // opens, loading the districts
  await expect(city).toHaveAttribute('aria-expanded', 'true');
  const hexi = item(page, '河西区');
  await expect(hexi).toBeVisible();
  await expect(hexi).toHaveAttribute('aria-level', '2');
  await expect(item(page, '天津市信访办')).toHaveAccessibleName(/信访部门/);
  // Binhai works under the stricter local rule set (CONTRACT.md)
  await expect(item(page, '滨海新区')).toHaveAccessibleName(/办理规则：tianjin-31530 天津“31530”工作机制/);

  await page.keyboard.press('ArrowRight'); // into the first district-level unit
  await expect(city).not.toBeFocused();
  await pressUntilFocused(page, 'ArrowDown', '河西区');
  await expect(hexi).toBeFocused();
  await expect(hexi).toHaveAccessibleName(/区县 · 区划代码 120103/);

  await page.keyboard.press('Enter'); // Enter opens too
  await expect(hexi).toHaveAttribute('aria-expanded', 'true');
  const streets = childrenOf(page, '河西区');
  await expect(streets.first()).toBeVisible();
  expect(await streets.count()).toBeGreaterThan(5);
  await expect(item(page, '河西区住房和建设委员会')).toHaveAccessibleName(/职能部门/);
  await expect(streets.first()).toHaveAttribute('aria-level', '3');
  await expectNoSeriousViolations(page);

  await page.keyboard.press('ArrowLeft'); // closes 河西区
  await expect(hexi).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowLeft'); // back to 天津市
  await expect(city).toBeFocused();
  await page.keyboard.press('End');
  await expect(focused(page)).toHaveAttribute('aria-level', '2');
  await page.keyboard.press('Home');
  await expect(city).toBeFocused();
});
