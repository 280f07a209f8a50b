import { expect, test, type Page } from '@playwright/test';
import { chinaDate } from '@tjxf/calendar';
import { expectNoSeriousViolations } from './a11y.js';
import { PORTAL_USERS, storageStateOf } from './demo-users.js';
import { signInOwnSession } from './own-session.js';
import { expectWithinBudget, javascriptLoaded, LEADERSHIP_CHART_CHUNKS } from './performance.js';
import { letClocksRunOut } from './scheduler-hook.js';
import { assignToUnitOf, chineseMark, submitOnline } from './workbench/seed.js';

// The leadership dashboard (领导驾驶舱, issue 12; R-P14, R-INFO, R-HOT, R-PERF).
const HEADING = PORTAL_USERS.leadership.startHeading!;
const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
/** What the charts may add once the first page is shown (ECharts' bar, line and map charts, Tianjin's outlines). */
const CHARTS_JS_BUDGET = 220 * 1024;

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`/leadership/${query}`);
  await expect(page.getByRole('heading', { level: 1, name: HEADING.zh })).toBeVisible();
}

/** The map's figures as a table (数据表), opened: its district names drill down. */
async function districtTable(page: Page) {
  const panel = page.getByRole('region', { name: '各区信访情况' });
  const table = panel.getByRole('table');
  if (!(await table.isVisible())) await panel.getByText('数据表', { exact: true }).click();
  return table;
}

test.describe('a city leader (leader.city)', () => {
  test.use({ storageState: storageStateOf('leadership') });

  test('sees the map of the 16 districts, drills into 河西区 and opens an overdue petition in the workbench', async ({
    page,
    request,
  }) => {
    test.slow(); // it files, assigns and lets the clocks run out first, then opens the workbench
    const title = `小区电梯长期停运${chineseMark()}`;
    const petition = await submitOnline(request, {
      kind: 'COMPLAINT',
      title,
      content: `${title}，请督促维修。`,
      name: '韩秀梅',
      phone: phone(),
    });
    await assignToUnitOf(request, { petitionId: petition.id, officer: 'xfb.hexi', unitStaff: 'handler.hexi.zj' });
    await letClocksRunOut(request, petition.id);

    await openDashboard(page);
    await expect(page.getByText('当前范围：天津市')).toBeVisible();
    const map = page.getByRole('img', { name: /天津市信访量地图/ });
    await expect(map).toBeVisible();
    await expect(map.locator('svg path').first()).toBeAttached(); // ECharts has drawn the outlines
    const districts = await districtTable(page);
    await expect(districts.getByRole('button', { name: /^查看/ })).toHaveCount(16);

    await districts.getByRole('button', { name: '查看河西区' }).click();
    await expect(page).toHaveURL(/\?region=120103$/);
    await expect(page.getByText('当前范围：河西区')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '河西区各街乡镇情况' })).toBeVisible();
    await expect(page.getByRole('img', { name: /河西区信访量地图/ })).toBeVisible();

    const overdue = page.getByRole('region', { name: '超期事项' });
    const link = overdue.getByRole('link', { name: `在工作台中打开 ${petition.trackingCode}` });
    await expect(link).toBeVisible();
    await expect(overdue.getByRole('row', { name: new RegExp(petition.trackingCode) })).toContainText(title);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/workbench/petitions/${petition.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Back returns to the district, then to the city
    await page.goBack();
    await expect(page.getByText('当前范围：河西区')).toBeVisible();
    await page.getByRole('button', { name: '返回天津市' }).click();
    await expect(page.getByText('当前范围：天津市')).toBeVisible();
  });

  test('a click on 河西区 in the map itself drills into the district', async ({ page }) => {
    await openDashboard(page);
    const map = page.getByRole('img', { name: /天津市信访量地图/ });
    // the figures have come (the districts' table has them), so the map's areas carry their codes
    await expect((await districtTable(page)).getByRole('button', { name: /^查看/ })).toHaveCount(16);
    await map.scrollIntoViewIfNeeded();
    // ECharts draws each district's name near its centre, and a small district's name may lie
    // over its neighbour: point around the name until the map's tooltip says 河西区, as a leader
    // would, and click there
    const name = (await map.locator('svg text', { hasText: /^河西区$/ }).boundingBox())!;
    const tooltip = map.locator('div:not(:has(svg))', { hasText: '河西区' });
    let found = false;
    for (const [dx, dy] of [
      [0, 0],
      [0, 10],
      [0, -10],
      [10, 0],
      [-10, 0],
      [0, 20],
      [0, -20],
      [20, 0],
      [-20, 0],
      [10, 10],
      [-10, 10],
      [10, -10],
      [-10, -10],
    ] as const) {
      const x = name.x + name.width / 2 + dx;
      const y = name.y + name.height / 2 + dy;
      await page.mouse.move(x, y);
      // the tooltip follows the pointer within a frame or two
      if (
        await tooltip
          .first()
          .waitFor({ state: 'visible', timeout: 500 })
          .then(
            () => true,
            () => false,
          )
      ) {
        await page.mouse.click(x, y);
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    await expect(page).toHaveURL(/\?region=120103$/);
    await expect(page.getByText('当前范围：河西区')).toBeVisible();
    await expect(page.getByRole('img', { name: /河西区信访量地图/ })).toBeVisible();
  });

  test('shows the figures the demo petitions make: Hexi’s streets, the city’s districts, the KPI tiles of both kinds of unit', async ({
    page,
  }) => {
    test.slow(); // the projections take up to 5 seconds to reflect an event
    // the last 30 days, where the seeded petitions of 陈塘庄街道 (12 days ago), 梅江街道 (6 days ago),
    // 和平区 and 滨海新区 lie; no other test files petitions there
    const to = chinaDate(new Date());
    const from = chinaDate(new Date(Date.now() - 30 * 86_400_000));
    await openDashboard(page, `?region=120103&from=${from}&to=${to}`);
    const streets = page.getByRole('region', { name: '河西区各街乡镇情况' });
    await streets.getByText('数据表', { exact: true }).click();
    await expect(streets.getByRole('row', { name: /^陈塘庄街道\s+1$/ })).toBeVisible();
    await expect(streets.getByRole('row', { name: /^梅江街道\s+1$/ })).toBeVisible();
    await expect(streets.getByRole('img', { name: /河西区各街乡镇信访量条形图/ })).toBeVisible();

    const kpis = page.getByRole('region', { name: '主要指标' });
    await expect(kpis.getByRole('heading', { level: 3, name: '信访部门' })).toBeVisible();
    await expect(kpis.getByRole('heading', { level: 3, name: '责任单位' })).toBeVisible();
    await expect(kpis.getByRole('heading', { level: 4, name: '按期办结率' }).first()).toBeVisible();
    await expect(kpis.getByText(/^计算方法：/).first()).toBeVisible();

    await page.getByRole('button', { name: '返回天津市' }).click();
    const districts = await districtTable(page);
    await expect(districts.getByRole('row', { name: /^查看和平区\s+1$/ })).toBeVisible();
    await expect(districts.getByRole('row', { name: /^查看滨海新区\s+1$/ })).toBeVisible();
  });

  test('every chart has its figures as a table, and axe passes on the dashboard in Chinese and English', async ({
    page,
  }) => {
    test.slow(); // axe reads the map's SVG outlines, twice
    await openDashboard(page);
    for (const details of await page.locator('details.data-table').all()) {
      if (!(await details.getAttribute('open'))) await details.locator('summary').click();
    }
    const charts = page.getByRole('img', { name: /数据见下方数据表/ });
    await expect(charts.first()).toBeVisible();
    await expect(page.locator('details.data-table table').first()).toBeVisible();
    expect(await page.locator('details.data-table').count()).toBeGreaterThanOrEqual(await charts.count());
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HEADING.en })).toBeVisible();
    await expect(page.getByRole('img', { name: /Map of Tianjin/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '中文' }).click();
  });

  test('the period presets and a from–to range change what the dashboard shows', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByRole('button', { name: '本月' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '本年' }).click();
    await expect(page).toHaveURL(/\?period=YEAR$/);
    await expect(page.getByRole('button', { name: '本年' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('起始日期').fill('2026-01-01');
    await page.getByLabel('截止日期').fill('2026-03-31');
    await page.getByRole('button', { name: '按日期查询' }).click();
    await expect(page).toHaveURL(/\?from=2026-01-01&to=2026-03-31$/);
    await expect(page.getByRole('button', { name: '本年' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the annual report of Art. 41: on the page, printable, and the same report as a workbook (R-P15)', async ({
    page,
  }) => {
    const year = chinaDate(new Date()).slice(0, 4);
    await openDashboard(page);
    await page.getByRole('link', { name: '年度报告（打印、下载）' }).click();
    await expect(page).toHaveURL(/\/leadership\/annual-report\?region=120000$/);
    await expect(page.getByRole('heading', { level: 1, name: '年度信访工作情况报告' })).toBeVisible();
    const report = page.getByTestId('annual-report');
    await expect(report.getByRole('heading', { level: 2, name: `天津市${year}年度信访工作情况` })).toBeVisible();
    await expect(report.getByText(new RegExp(`^统计期间：${year}年1月1日至${year}年\\d+月\\d+日$`))).toBeVisible();
    const summary = report.getByRole('table', { name: '一、信访总体情况' });
    await expect(summary.getByRole('row', { name: /^登记信访事项（件） [\d,]+ [\d,]+/ })).toBeVisible();
    await expect(report.getByRole('table', { name: '被投诉、被举报较多的单位（前十）' })).toBeVisible();
    await expect(report.getByRole('heading', { level: 3, name: '采纳的建议' })).toBeVisible();
    await expectNoSeriousViolations(page);

    // the workbook of the same year and area
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载 Excel 表格' }).click();
    expect((await download).suggestedFilename()).toBe(`天津市${year}年度信访工作情况.xlsx`);

    // printed: the report alone, without the portal's header and the buttons
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
    await expect(report.getByRole('heading', { level: 2 })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // an English reader gets the same official text, in Chinese
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Annual report on petition work' })).toBeVisible();
    await expect(report.getByRole('heading', { level: 2, name: `天津市${year}年度信访工作情况` })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
  });

  test('reads on a wall screen (1920×1080): the KPIs and the map in the first screen, nothing wider than it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openDashboard(page);
    const map = page.getByRole('img', { name: /天津市信访量地图/ });
    await expect(map).toBeInViewport();
    await expect(page.getByRole('heading', { level: 2, name: '主要指标' })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
  });

  test('works at a phone’s width (390 px): one column, nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page);
    await expect(page.getByRole('img', { name: /天津市信访量地图/ })).toBeVisible();
    await (await districtTable(page)).getByRole('button', { name: '查看河西区' }).click();
    await expect(page.getByText('当前范围：河西区')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('a district leader (leader.hexi) sees Hexi only: the UI offers no other district and the API refuses one', async ({
  page,
}) => {
  await signInOwnSession(page, 'leader.hexi');
  await openDashboard(page);
  await expect(page.getByText('当前范围：河西区')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '河西区各街乡镇情况' })).toBeVisible();
  await expect(page.getByRole('button', { name: /返回天津市|查看南开区/ })).toHaveCount(0);

  // a hand-made address for another district shows Hexi still
  await openDashboard(page, '?region=120104');
  await expect(page.getByText('当前范围：河西区')).toBeVisible();

  // and a hand-made request for another district's figures is refused
  const response = await page.request.post('/graphql', {
    data: { query: 'query { kpis(filter: { regionCode: "120104" }) { code rate } }' },
    headers: { 'x-tjxf-session': 'cookie' },
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('a petition office (xfb.hexi) reads its district’s dashboard too', async ({ page }) => {
  await signInOwnSession(page, 'xfb.hexi');
  await openDashboard(page);
  await expect(page.getByText('当前范围：河西区')).toBeVisible();
});

test.describe('the leadership portal’s weight', () => {
  test.use({ storageState: storageStateOf('leadership') });

  test('the dashboard’s first page stays within 150 KB of compressed JavaScript; the charts come after, apart', async ({
    page,
  }) => {
    await openDashboard(page);
    await expect(page.getByRole('img', { name: /天津市信访量地图/ }).locator('svg')).toBeAttached();
    await expectWithinBudget(page, 'leadership dashboard without its charts', { apart: LEADERSHIP_CHART_CHUNKS });
    const charts = await javascriptLoaded(page, LEADERSHIP_CHART_CHUNKS);
    console.log(
      `[budget] leadership charts: ${(charts.transferred / 1024).toFixed(1)} KB transferred, ${charts.files.join(', ')}`,
    );
    expect(charts.files.length).toBeGreaterThan(0);
    expect(charts.transferred).toBeLessThanOrEqual(CHARTS_JS_BUDGET);
  });
});
