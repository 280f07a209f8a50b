import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, dataOf, signIn } from './support/demo.js';
import { onlineInput, submit } from './support/petitions.js';

// The case file (R-LAW, issue 11): a petition's whole file as one PDF, for review and for the
// petitioner's lawyer, at GET /petitions/{id}/case-file.pdf (CONTRACT "Front desk and prevention").
let platform: TestPlatform;
let tokens: Record<User, string>;
const USERS = ['citizen', 'xfb.hexi', 'handler.hexi.sthj', 'handler.hexi.zj'] as const;
type User = (typeof USERS)[number];
const { HEXI_HOUSING, HEXI_OFFICE } = DEMO_UNITS;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
});
afterAll(() => platform?.stop());

const caseFile = (id: string, token?: string) =>
  fetch(`${platform.gatewayUrl.replace(/\/graphql$/, '')}/petitions/${id}/case-file.pdf`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

async function textOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  return (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, '');
}

async function filed(overrides: Record<string, unknown>) {
  const result = await submit(platform, onlineInput(overrides), tokens.citizen);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.submitPetition.petition;
}

describe('the case file as one PDF (R-LAW)', () => {
  let petition: { id: string; trackingCode: string };
  beforeAll(async () => {
    petition = await filed({
      title: '小区电梯长期故障',
      content: '小区3号楼电梯长期故障停运，老人上下楼困难，请求督促物业维修。',
      petitioners: [{ name: '周丽萍', phone: '13911113333', address: '河西区友谊路8号' }],
    });
    await dataOf(
      platform,
      tokens['xfb.hexi'],
      'mutation D($id: ID!) { disposePetition(id: $id, input: { mode: ASSIGN, unitId: "' +
        HEXI_HOUSING +
        '" }) { id } }',
      { id: petition.id },
    );
  });

  it('gives the petition office the whole file: registration, person, documents, limits with their basis, tasks', async () => {
    const response = await caseFile(petition.id, tokens['xfb.hexi']);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`信访事项卷宗-${petition.trackingCode}.pdf`)}`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await textOf(response);
    for (const part of [petition.trackingCode, '小区电梯长期故障', '周丽萍', '老人上下楼困难', '交办有权处理的单位'])
      expect(text).toContain(part);
    expect(text).toContain('《信访工作条例》（2022）'); // the basis of each limit, by name
    expect(text).toContain('牵头办理'); // the work behind it: tasks
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).not.toMatch(/national-2022|ASSIGNED|AWAITING_ACCEPTANCE|T\d\d:\d\d/);
  });

  it('records that the petition office read the person in full, as any other read', async () => {
    const accesses = await dataOf<{ personalDataAccesses: { field: string }[] }>(
      platform,
      tokens['xfb.hexi'],
      'query A($id: ID!) { personalDataAccesses(petitionId: $id) { field } }',
      { id: petition.id },
    );
    expect(accesses.personalDataAccesses.length).toBeGreaterThan(0);
  });

  it('gives the petitioner the file meant for them, without the staff’s tasks', async () => {
    const text = await textOf(await caseFile(petition.id, tokens.citizen));
    expect(text).toContain(petition.trackingCode);
    expect(text).toContain('周丽萍');
    expect(text).not.toContain('办理任务');
  });

  it('answers 404 to a unit it was not given, 401 to nobody, 404 to an id that is not one', async () => {
    const elsewhere = await caseFile(petition.id, tokens['handler.hexi.sthj']);
    expect(elsewhere.status).toBe(404);
    expect(
      ((await elsewhere.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('NOT_FOUND');
    expect((await caseFile(petition.id)).status).toBe(401);
    expect((await caseFile('not-an-id', tokens['xfb.hexi'])).status).toBe(404);
  });

  it('leaves the complainant out of the file the unit complained about reads (R-P12)', async () => {
    const complaint = await filed({
      kind: 'COMPLAINT',
      confidential: true,
      respondentUnitId: HEXI_OFFICE,
      categoryCode: '110102',
      title: '信访窗口拒收材料',
      content: '信访接待窗口多次拒收本人的书面材料，请求答复。',
      petitioners: [{ name: '蔡玉洁', phone: '13911119999' }],
    });
    const text = await textOf(await caseFile(complaint.id, tokens['xfb.hexi']));
    expect(text).toContain('信访窗口拒收材料');
    expect(text).toContain('信访人信息不向被反映单位提供');
    expect(text).not.toContain('蔡玉洁');
    expect(text).not.toContain('9999');
  });

  it('serves several files asked for at once, each its own', async () => {
    const files = await Promise.all(
      Array.from({ length: 4 }, () => caseFile(petition.id, tokens['handler.hexi.zj']).then(textOf)),
    );
    for (const text of files) expect(text).toContain(petition.trackingCode);
  });
});
