import { randomUUID } from 'node:crypto';
import { chinaDateInWords } from '@tjxf/calendar';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRows, onlineInput, onlyError, register, staffInput, submit } from './support/petitions.js';

let platform: TestPlatform;
let hexiOffice: string;
let cityOffice: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  [hexiOffice, cityOffice] = await Promise.all([platform.login('xfb.hexi'), platform.login('xfb.city')]);
});
afterAll(() => platform?.stop());

const DETAIL = `query P($id: ID!) { petition(id: $id) {
  trackingCode status kind channel categoryCode regionCode receivedAt peopleInvolved riskFlags riskLevel legalChannel
  receivingUnit { name } repeatOf { trackingCode }
  petitioners { role name phone idNumber }
  history { action toStatus note }
  deadlines { kind basis days ruleSet ruleSetVersion startEvent dueAt }
} }`;
type Detail = {
  petition: {
    trackingCode: string;
    status: string;
    channel: string;
    receivedAt: string;
    peopleInvolved: number;
    riskFlags: string[];
    riskLevel: number;
    legalChannel: string | null;
    receivingUnit: { name: string };
    repeatOf: { trackingCode: string } | null;
    petitioners: { role: string; name: string; phone: string | null; idNumber: string | null }[];
    history: { action: string; toStatus: string | null; note: string | null }[];
    deadlines: {
      kind: string;
      basis: string;
      days: number;
      ruleSet: string;
      ruleSetVersion: number;
      startEvent: string;
      dueAt: string;
    }[];
  };
};
const detail = (id: string, token = hexiOffice) => platform.graphql<Detail>(DETAIL, { id }, { token });

describe('one record from every channel (R-CH1, R-P1)', () => {
  it('takes an online petition without an account, with a tracking code and the disposal time limit', async () => {
    const result = await submit(platform, onlineInput());
    expect(result.errors).toBeUndefined();
    const { petition, nextStep, nextStepDueAt } = result.data!.submitPetition;
    expect(petition).toMatchObject({
      status: 'REGISTERED',
      trackingCode: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/),
    });
    expect(nextStep).toMatch(/^信访部门将于.+前把您的信访事项转交有权处理的单位/); // who, by when, what (issue 10)
    const { data } = await detail(petition.id);
    // online petitions go to the petition office of the matter's district
    expect(data!.petition).toMatchObject({ channel: 'ONLINE', receivingUnit: { name: '河西区信访办' } });
    expect(data!.petition.deadlines).toEqual([
      expect.objectContaining({
        kind: 'DISPOSAL',
        basis: 'CALENDAR_DAYS',
        days: 15,
        ruleSet: 'national-2022',
        ruleSetVersion: 1,
        startEvent: 'REGISTERED',
        dueAt: nextStepDueAt,
      }),
    ]);
    expect(data!.petition.history.map((h) => h.action)).toEqual(['SUBMITTED_ONLINE']);
  });

  it.each(['LETTER', 'VISIT', 'PHONE', 'EMAIL', 'FAX', 'HOTLINE_TRANSFER', 'AGENCY_IMPORT'])(
    'registers a petition that arrived by %s, keeping when it arrived',
    async (channel) => {
      const input = staffInput(channel, {
        petitioners: [{ name: '陈小红', phone: `139${String(Math.random()).slice(2, 10)}` }],
      });
      const result = await register(platform, input, hexiOffice);
      expect(result.errors).toBeUndefined();
      expect(result.data!.registerPetition).toMatchObject({
        channel,
        status: 'REGISTERED',
        receivedAt: input.receivedAt,
      });
      const { data } = await detail(result.data!.registerPetition.id);
      expect(data!.petition.history[0]).toMatchObject({ action: 'REGISTERED', toStatus: 'REGISTERED' });
    },
  );

  it('lets only petition offices register (allowed and denied)', async () => {
    const before = await countRows(platform, 'petition');
    const handler = await register(platform, staffInput('LETTER'), await platform.login('handler.hexi.zj'));
    expect(onlyError(handler).extensions?.code).toBe('FORBIDDEN');
    const citizen = await register(platform, staffInput('LETTER'), await platform.login('citizen'));
    expect(onlyError(citizen).extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(platform, 'petition')).toBe(before);
  });

  it('files the petitions of a signed-in citizen under “my petitions”, and only there', async () => {
    const citizen = await platform.login('citizen');
    const filed = await submit(platform, onlineInput({ petitioners: [{ name: '王小明' }] }), citizen);
    expect(filed.errors).toBeUndefined();
    type Mine = {
      id: string;
      regionName: string;
      nextStep: string;
      currentDeadline: { kind: string; dueAt: string } | null;
    };
    const mine = await platform.graphql<{ myPetitions: { edges: { node: Mine }[] } }>(
      '{ myPetitions { edges { node { id regionName nextStep currentDeadline { kind dueAt } } } } }',
      {},
      { token: citizen },
    );
    expect(mine.data!.myPetitions.edges.map((e) => e.node.id)).toEqual([filed.data!.submitPetition.petition.id]);
    // what the citizen reads on “my petitions”: where, the clock now running and what comes next
    const [node] = mine.data!.myPetitions.edges.map((e) => e.node);
    expect(node!.regionName).toMatch(/^天津市.+区/);
    expect(node!.currentDeadline?.kind).toBe('DISPOSAL');
    // the day in words, as official texts write it (issue 10)
    expect(node!.nextStep).toContain(chinaDateInWords(new Date(node!.currentDeadline!.dueAt)));
    // another citizen's petition is NOT_FOUND-shaped (null), not readable
    const other = await submit(platform, onlineInput());
    const foreign = await platform.graphql(
      'query P($id: ID!) { petition(id: $id) { title } }',
      { id: other.data!.submitPetition.petition.id },
      { token: citizen },
    );
    expect(foreign.data).toEqual({ petition: null });
    // and the citizen cannot read staff assessments of the own petition
    const risk = await platform.graphql(
      'query P($id: ID!) { petition(id: $id) { riskLevel } }',
      { id: filed.data!.submitPetition.petition.id },
      { token: citizen },
    );
    expect(onlyError(risk).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('retries with the same idempotency key (R-ON1)', () => {
  it('return one petition, even when ten arrive at once', async () => {
    const input = onlineInput({ petitioners: [{ name: '周强', phone: '13611112222' }] });
    const before = await countRows(platform, 'petition');
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(platform, input)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data!.submitPetition.petition.id));
    expect(ids.size).toBe(1);
    expect(await countRows(platform, 'petition')).toBe(before + 1);
  });

  it('do not reach another submitter’s petition with the same key', async () => {
    const key = randomUUID();
    const a = await submit(
      platform,
      onlineInput({ idempotencyKey: key, petitioners: [{ name: '甲', phone: '13711110001' }] }),
    );
    const b = await submit(
      platform,
      onlineInput({ idempotencyKey: key, petitioners: [{ name: '乙', phone: '13711110002' }] }),
    );
    expect(a.data!.submitPetition.petition.id).not.toBe(b.data!.submitPetition.petition.id);
  });
});

describe('collective petitions (R-P3)', () => {
  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, phone: `1560000000${i}` }));

  it('refuses six representatives, naming the field, and stores nothing', async () => {
    const before = await countRows(platform, 'petition');
    const result = await submit(platform, onlineInput({ petitioners: reps(6), peopleInvolved: 60 }));
    expect(onlyError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'petitioners' });
    expect(onlyError(result).message).toMatch(/最多推选5名代表/);
    expect(await countRows(platform, 'petition')).toBe(before);
  });

  it('records five representatives and the number of people involved, flagged collective', async () => {
    const result = await submit(
      platform,
      onlineInput({ petitioners: reps(5), peopleInvolved: 60, title: '集体反映小区停车位被占用' }),
    );
    expect(result.errors).toBeUndefined();
    const { data } = await detail(result.data!.submitPetition.petition.id);
    expect(data!.petition.peopleInvolved).toBe(60);
    expect(data!.petition.petitioners.map((p) => p.role)).toEqual(Array(5).fill('REPRESENTATIVE'));
    expect(data!.petition.riskFlags).toContain('COLLECTIVE');
    expect(data!.petition.riskLevel).toBeGreaterThanOrEqual(1);
  });
});

describe('risk flags at registration (R-P5)', () => {
  it('flags a threat to act with the highest risk level', async () => {
    const result = await submit(
      platform,
      onlineInput({
        content: '拖欠工资两年没人管，再不解决我就去跳楼。',
        categoryCode: '050101',
        petitioners: [{ name: '赵刚', phone: '13500001111' }],
      }),
    );
    const { data } = await detail(result.data!.submitPetition.petition.id);
    expect(data!.petition.riskFlags).toContain('THREAT');
    expect(data!.petition.riskLevel).toBe(3);
  });

  it('flags a key person from the register, matched without storing the number in clear', async () => {
    const { createHmac } = await import('node:crypto');
    const { TEST_PERSONAL_DATA_KEYS } = await import('@tjxf/test-kit');
    const hash = createHmac('sha256', Buffer.from(TEST_PERSONAL_DATA_KEYS.hashKey, 'base64'))
      .update('phone:13322224444')
      .digest('hex');
    await platform.services.petitions.orm.em
      .getConnection()
      .execute(`insert into petitions.key_person (id, phone_hash, reason, added_at) values (?, ?, ?, now())`, [
        randomUUID(),
        hash,
        '多次越级上访',
      ]);
    const result = await submit(platform, onlineInput({ petitioners: [{ name: '钱某', phone: '133-2222-4444' }] }));
    const { data } = await detail(result.data!.submitPetition.petition.id);
    expect(data!.petition.riskFlags).toContain('KEY_PERSON');
    expect(data!.petition.riskLevel).toBe(2);
  });

  it('flags a Hexi matter registered at the city office as a skipped level', async () => {
    const result = await register(
      platform,
      staffInput('VISIT', { petitioners: [{ name: '孙某', phone: '13400001234' }] }),
      cityOffice,
    );
    expect(result.data!.registerPetition.riskFlags).toContain('SKIPPED_LEVEL');
    const district = await register(
      platform,
      staffInput('VISIT', { petitioners: [{ name: '孙某某', phone: '13400001235' }] }),
      hexiOffice,
    );
    expect(district.data!.registerPetition.riskFlags).not.toContain('SKIPPED_LEVEL');
  });
});

describe('repeat petitions (R-P4)', () => {
  const original = {
    title: '陈塘庄街道旧楼拆迁补偿款迟迟不到位',
    content:
      '我家在陈塘庄街道旧楼区，去年签订了拆迁补偿协议，约定三个月内支付补偿款，至今已过一年仍未到位，多次询问无人答复，请求督促支付拆迁补偿款。',
    categoryCode: '010101',
    regionCode: '120103010',
  };

  it('links the same person’s same matter to the original, also through the ID number', async () => {
    const first = await submit(
      platform,
      onlineInput({
        ...original,
        petitioners: [{ name: '马德福', phone: '13012345678', idNumber: '120103198003151233' }],
      }),
    );
    const again = await register(
      platform,
      staffInput('LETTER', {
        title: '拆迁补偿款一年未到位',
        content:
          '去年在陈塘庄街道签订拆迁补偿协议，约定三个月内支付补偿款，一年过去了补偿款仍未到位，请求督促尽快支付。',
        categoryCode: '010101',
        regionCode: '120103010',
        petitioners: [{ name: '马德福', phone: '18899990000', idNumber: '120103198003151233' }],
      }),
      hexiOffice,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.registerPetition.repeatOf?.trackingCode).toBe(first.data!.submitPetition.petition.trackingCode);
    expect(again.data!.registerPetition.riskFlags).toContain('REPEAT');
    const { data } = await detail(again.data!.registerPetition.id);
    expect(data!.petition.history.find((h) => h.action === 'REPEAT_DETECTED')?.note).toMatch(/重复信访/);
  });

  it('tells the city office that the district is still handling it within its time limit', async () => {
    const first = await register(
      platform,
      staffInput('VISIT', {
        ...original,
        title: '旧楼拆迁补偿款不到位',
        petitioners: [{ name: '牛大姐', phone: '13198765432' }],
      }),
      hexiOffice,
    );
    const again = await register(
      platform,
      staffInput('VISIT', { ...original, petitioners: [{ name: '牛大姐', phone: '13198765432' }] }),
      cityOffice,
    );
    expect(again.data!.registerPetition.repeatOf?.id).toBe(first.data!.registerPetition.id);
    expect(again.data!.registerPetition.riskFlags).toEqual(expect.arrayContaining(['REPEAT', 'SKIPPED_LEVEL']));
    const { data } = await detail(again.data!.registerPetition.id, cityOffice);
    expect(data!.petition.history.find((h) => h.action === 'REPEAT_DETECTED')?.note).toMatch(
      /尚在办理期限内|在办理期限内/,
    );
  });

  it('does not link a different matter of the same person', async () => {
    await submit(platform, onlineInput({ ...original, petitioners: [{ name: '杨树林', phone: '13066667777' }] }));
    const other = await register(
      platform,
      staffInput('PHONE', {
        title: '工地夜间施工噪音扰民',
        content: '梅江街道附近工地每天晚上十点以后仍在施工，噪音很大，影响居民休息，请求环保部门查处。',
        categoryCode: '030103',
        regionCode: '120103013',
        petitioners: [{ name: '杨树林', phone: '13066667777' }],
      }),
      hexiOffice,
    );
    expect(other.data!.registerPetition.repeatOf).toBeNull();
  });

  it('does not link the same matter of a different person', async () => {
    await submit(platform, onlineInput({ ...original, petitioners: [{ name: '柳青', phone: '13055556666' }] }));
    const neighbour = await submit(
      platform,
      onlineInput({ ...original, petitioners: [{ name: '柳絮', phone: '13055557777' }] }),
    );
    const { data } = await detail(neighbour.data!.submitPetition.petition.id);
    expect(data!.petition.repeatOf).toBeNull();
  });
});

describe('matters for other channels are redirected in writing, not dropped (R-P2)', () => {
  it('redirects a civil dispute to the courts with a written notice and no disposal time limit', async () => {
    const result = await submit(
      platform,
      onlineInput({ categoryCode: '060102', title: '邻居欠款不还', content: '邻居借款五万元到期不还。' }),
    );
    expect(result.data!.submitPetition.petition.status).toBe('REDIRECTED');
    expect(result.data!.submitPetition.redirect).toEqual({
      channel: 'LITIGATION',
      notice: expect.stringMatching(/人民法院提起诉讼/),
    });
    const { data } = await detail(result.data!.submitPetition.petition.id);
    expect(data!.petition.deadlines).toEqual([]);
    expect(data!.petition.history.map((h) => h.action)).toEqual(['SUBMITTED_ONLINE', 'REDIRECTED']);
  });

  it('sends a report of an official’s misconduct to discipline inspection, but keeps a complaint about conduct', async () => {
    const report = await submit(
      platform,
      onlineInput({ kind: 'REPORT', categoryCode: '110101', title: '举报某干部收受财物' }),
    );
    expect(report.data!.submitPetition.redirect?.channel).toBe('DISCIPLINE_INSPECTION');
    const complaint = await submit(
      platform,
      onlineInput({ kind: 'COMPLAINT', categoryCode: '110101', title: '办事窗口态度恶劣' }),
    );
    expect(complaint.data!.submitPetition.redirect).toBeNull();
    expect(complaint.data!.submitPetition.petition.status).toBe('REGISTERED');
  });
});

describe('bad input gets BAD_USER_INPUT naming the field, and nothing is stored', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an empty title', { title: '   ' }, 'title'],
    ['1 MB of text', { content: '信访'.repeat(512 * 1024) }, 'content'],
    ['a region outside Tianjin', { regionCode: '110101' }, 'regionCode'],
    ['an unknown category', { categoryCode: '9999' }, 'categoryCode'],
    ['a wrong phone number', { petitioners: [{ name: '张三', phone: '12345' }] }, 'petitioners[0].phone'],
    [
      'an ID number with a wrong check digit',
      { petitioners: [{ name: '张三', phone: '13800000000', idNumber: '120103198003151234' }] },
      'petitioners[0].idNumber',
    ],
    ['no phone without signing in', { petitioners: [{ name: '张三' }] }, 'petitioners[0].phone'],
    ['an unknown attachment', { attachmentIds: [randomUUID()] }, 'attachmentIds'],
    [
      'fewer people than petitioners',
      {
        petitioners: [
          { name: '甲', phone: '13800000001' },
          { name: '乙', phone: '13800000002' },
        ],
        peopleInvolved: 1,
      },
      'peopleInvolved',
    ],
  ];

  it.each(cases)('%s', async (_what, overrides, field) => {
    const before = await Promise.all(
      ['petition', 'petitioner', 'petition_history', 'outbox_event'].map((t) => countRows(platform, t)),
    );
    const result = await submit(platform, onlineInput(overrides));
    const error = onlyError(result);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.extensions?.localized).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
    expect(result.data ?? null).toBeNull();
    const after = await Promise.all(
      ['petition', 'petitioner', 'petition_history', 'outbox_event'].map((t) => countRows(platform, t)),
    );
    expect(after).toEqual(before);
  });

  it('refuses a missing required field before anything runs', async () => {
    const { title: _t, ...withoutTitle } = onlineInput();
    const result = await submit(platform, withoutTitle);
    expect(onlyError(result).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps script tags in content as the text they are', async () => {
    const content = '物业说<script>alert("x")</script>不归他们管 <img src=x onerror=alert(1)>';
    const result = await submit(platform, onlineInput({ content }));
    const read = await platform.graphql<{ petition: { content: string } }>(
      'query P($id: ID!) { petition(id: $id) { content } }',
      { id: result.data!.submitPetition.petition.id },
      { token: hexiOffice },
    );
    expect(read.data!.petition.content).toBe(content);
  });
});
