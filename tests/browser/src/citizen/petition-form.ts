import { deflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../a11y.js';

/** A tracking code as the receipt shows it: 4-4-2 from the alphabet without look-alikes. */
export const TRACKING_CODE = /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{2}$/;

/** A real 2×2 PNG, made here so that the server's type sniffing accepts it. */
export function smallPng(): { name: string; mimeType: string; buffer: Buffer } {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 255]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name: '现场照片.png', mimeType: 'image/png', buffer: png };
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** The h2 of the form's current step (it reads "第 n 步，共 6 步：<name>"). */
export const stepHeading = (page: Page, name: string): Locator =>
  page.getByRole('heading', { level: 2, name: new RegExp(`${name}$`) });

export async function next(page: Page, nextStep: string) {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(stepHeading(page, nextStep)).toBeVisible();
}

/** axe (WCAG 2.1 A/AA) in Chinese, then in English, back to Chinese. */
export async function expectAccessibleInBothLanguages(page: Page) {
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

export interface PetitionFields {
  title: string;
  content: string;
  /** Category labels of the three levels (default 城乡建设 › 城市管理 › 市容环境卫生). */
  category?: [string, string, string];
  /** Default 河西区 › 大营门街道. */
  district?: string;
  street?: string | null;
  name?: string;
  phone?: string;
  file?: ReturnType<typeof smallPng>;
  /** Run axe in both languages on every step. */
  checkAccessibility?: boolean;
}

/** Steps 1–3: kind, category and place, content. Leaves the form on the people step. */
export async function fillMatter(page: Page, fields: PetitionFields) {
  const check = fields.checkAccessibility ? () => expectAccessibleInBothLanguages(page) : async () => undefined;
  await expect(stepHeading(page, '信访类型')).toBeVisible();
  await check();
  await page.getByRole('radio', { name: /^申诉求决/ }).check();
  await next(page, '问题类别和发生地');

  const [area, subject, issue] = fields.category ?? ['城乡建设', '城市管理', '市容环境卫生'];
  await page.getByLabel('大类').selectOption({ label: area });
  await page.getByLabel('中类').selectOption({ label: subject });
  await page.getByLabel('小类').selectOption({ label: issue });
  await page.getByLabel('区', { exact: true }).selectOption({ label: fields.district ?? '河西区' });
  const street = fields.street === undefined ? '大营门街道' : fields.street;
  if (street) {
    const streets = page.getByLabel('街道（乡镇）');
    await expect(streets.locator('option', { hasText: street })).toHaveCount(1);
    await streets.selectOption({ label: street });
  }
  await check();
  await next(page, '反映的内容');

  await page.getByLabel('标题', { exact: true }).fill(fields.title);
  await page.getByLabel('具体内容').fill(fields.content);
  await expect(page.getByText(`已输入 ${fields.title.length} / 200 字`)).toBeVisible();
  await check();
  await next(page, '信访人');
}

/** Steps 4–6 after {@link fillMatter}: people, files, review; sends and waits for the receipt. */
export async function fillPeopleAndSend(page: Page, fields: PetitionFields): Promise<string> {
  const check = fields.checkAccessibility ? () => expectAccessibleInBothLanguages(page) : async () => undefined;
  if (fields.name !== undefined) await page.getByLabel('姓名', { exact: true }).fill(fields.name);
  if (fields.phone !== undefined) await page.getByLabel('手机号码').fill(fields.phone);
  await check();
  await next(page, '附件材料');

  if (fields.file) {
    await page.getByLabel('附件', { exact: true }).setInputFiles(fields.file);
    await expect(page.getByRole('button', { name: `删除 ${fields.file.name}` })).toBeVisible();
  }
  await check();
  await next(page, '核对并提交');

  await expect(page.getByRole('main')).toContainText(fields.title);
  await check();
  await page.getByRole('button', { name: '确认提交' }).click();
  return readReceipt(page);
}

/** The tracking code on the receipt. */
export async function readReceipt(page: Page): Promise<string> {
  const code = page.getByTestId('tracking-code');
  await expect(code).toHaveText(TRACKING_CODE);
  return (await code.textContent())!.trim();
}

/** Looks a petition up on the public track page. */
export async function track(page: Page, code: string, phoneLast4: string) {
  await page.goto('/citizen/track');
  await page.getByLabel('查询码').fill(code);
  await page.getByLabel('手机号码后四位').fill(phoneLast4);
  await page.getByRole('button', { name: '查询', exact: true }).click();
}

/** A title no other test uses, to find its petition again. */
export const uniqueTitle = (what: string) =>
  `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
