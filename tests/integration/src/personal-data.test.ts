import { unitIdForKey } from '@tjxf/domain';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, onlyError, register, staffInput, submit } from './support/petitions.js';
import { signIn } from './support/demo.js';
import { downloadAttachment, uploadPhoto } from './support/uploads.js';

let platform: TestPlatform;
let tokens: Record<string, string>;
let heatingId: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  const users = [
    'citizen',
    'xfb.hexi',
    'handler.hexi.zj',
    'head.hexi.zj',
    'handler.hexi.sthj',
    'leader.hexi',
    'admin',
    'deputy.npc',
  ];
  tokens = await signIn(platform, users);
  const list = await platform.graphql<{ petitions: { edges: { node: { id: string; title: string } }[] } }>(
    '{ petitions(first: 50) { edges { node { id title } } } }',
    {},
    { token: tokens['xfb.hexi'] },
  );
  heatingId = list.data!.petitions.edges.find((e) => e.node.title.includes('供暖'))!.node.id;
});
afterAll(() => platform?.stop());

const PEOPLE =
  'query P($id: ID!) { petition(id: $id) { petitioners { name phone idNumber address } attachments { id } } }';
type People = {
  petition: {
    petitioners: { name: string; phone: string | null; idNumber: string | null }[] | null;
    attachments: { id: string }[] | null;
  } | null;
};
const people = (id: string, user: string) => platform.graphql<People>(PEOPLE, { id }, { token: tokens[user] });
const ACCESSES =
  'query A($id: ID!) { personalDataAccesses(petitionId: $id) { account { id } unit { id } petitionId field person } }';
type Accesses = {
  personalDataAccesses: {
    account: { id: string };
    unit: { id: string } | null;
    field: string;
    person: string | null;
  }[];
};
/** The access log of a petition as the petition office of its area reads it. */
const accessLog = async (id: string) =>
  (await platform.graphql<Accesses>(ACCESSES, { id }, { token: tokens['xfb.hexi'] })).data!.personalDataAccesses;
const viewerId = async (user: string) =>
  (await platform.graphql<{ viewer: { id: string } }>('{ viewer { id } }', {}, { token: tokens[user] })).data!.viewer
    .id;

describe('phones and ID numbers by role (R-P12, CONTRACT.md)', () => {
  it('shows a petition officer both in full, and records the read of each', async () => {
    const result = await people(heatingId, 'xfb.hexi');
    expect(result.data!.petition!.petitioners).toEqual([
      expect.objectContaining({ name: '刘桂兰', phone: '13820001111', idNumber: '120103195806120023' }),
    ]);
    const office = await viewerId('xfb.hexi');
    const reads = (await accessLog(heatingId)).filter((a) => a.account.id === office);
    expect(reads.map((a) => a.field)).toEqual(expect.arrayContaining(['PHONE', 'ID_NUMBER']));
    expect(reads[0]).toMatchObject({ person: '刘桂兰', unit: { id: unitIdForKey('120103/xfb') } });
  });

  it('shows the lead unit’s handler the phone to call back, records that read, and masks the ID number', async () => {
    const handler = await viewerId('handler.hexi.zj');
    const before = (await accessLog(heatingId)).filter((a) => a.account.id === handler).length;
    const result = await people(heatingId, 'handler.hexi.zj');
    expect(result.data!.petition!.petitioners![0]).toMatchObject({
      phone: '13820001111',
      idNumber: '120103********0023',
    });
    const reads = (await accessLog(heatingId)).filter((a) => a.account.id === handler);
    // the phone is now recorded like the ID number (issue 8); the masked ID number is not
    expect(reads).toHaveLength(before + 1);
    expect(reads[0]!.field).toBe('PHONE');
  });

  it('shows a leader both masked', async () => {
    const result = await people(heatingId, 'leader.hexi');
    expect(result.data!.petition!.petitioners![0]).toMatchObject({
      phone: '138****1111',
      idNumber: '120103********0023',
    });
  });

  it('stores phones and ID numbers only encrypted', async () => {
    const rows = await platform.services.petitions.orm.em
      .getConnection()
      .execute<Record<string, string>[]>(`select * from petitions.petitioner where name = '刘桂兰'`);
    expect(JSON.stringify(rows)).not.toContain('13820001111');
    expect(JSON.stringify(rows)).not.toContain('120103195806120023');
  });
});

describe('neither a report nor a confidential complainant reaches the unit it is about (R-P12)', () => {
  const zj = unitIdForKey('120103/zj');
  /** Until the procedure (issue 4) exists, the lead unit is set as disposal will set it. */
  const leadTo = (id: string, unitId: string) =>
    platform.services.petitions.orm.em
      .getConnection()
      .execute('update petitions.petition set lead_unit_id = ? where id = ?', [unitId, id]);

  it('hides a report from the unit reported on, even as its lead unit; the petition office sees the reporter', async () => {
    const report = await register(
      platform,
      staffInput('LETTER', {
        kind: 'REPORT',
        categoryCode: '110102',
        title: '反映住建委某科室办事拖延',
        respondentUnitId: zj,
        petitioners: [{ name: '匿名举报人', phone: '13900001111' }],
      }),
      tokens['xfb.hexi']!,
    );
    const id = report.data!.registerPetition.id;
    await leadTo(id, zj);
    // until issue 8 (R-P12, Art. 30, 46) the unit saw the report with the reporter withheld: now not at all
    const reported = await people(id, 'handler.hexi.zj');
    expect(reported.data).toEqual({ petition: null });
    const office = await people(id, 'xfb.hexi');
    expect(office.data!.petition!.petitioners![0]!.name).toBe('匿名举报人');
  });

  it('hides a confidential complainant from the unit complained about', async () => {
    const complaint = await submit(
      platform,
      onlineInput({
        confidential: true,
        respondentUnitId: zj,
        petitioners: [{ name: '保密投诉人', phone: '13900002222' }],
      }),
    );
    await leadTo(complaint.data!.submitPetition.petition.id, zj);
    expect(
      (await people(complaint.data!.submitPetition.petition.id, 'handler.hexi.zj')).data!.petition!.petitioners,
    ).toBeNull();
  });

  it('shows an ordinary complainant to the unit that must answer the complaint', async () => {
    const complaint = await submit(
      platform,
      onlineInput({ respondentUnitId: zj, petitioners: [{ name: '普通投诉人', phone: '13900003333' }] }),
    );
    await leadTo(complaint.data!.submitPetition.petition.id, zj);
    expect(
      (await people(complaint.data!.submitPetition.petition.id, 'handler.hexi.zj')).data!.petition!.petitioners![0],
    ).toMatchObject({
      name: '普通投诉人',
      phone: '13900003333',
    });
  });

  it('lets no other unit see the petition at all', async () => {
    expect((await people(heatingId, 'handler.hexi.sthj')).data).toEqual({ petition: null });
    expect((await people(heatingId, 'deputy.npc')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the access log: every unmasked read, readable by the supervisor and by the person (R-P12, issue 8)', () => {
  const person = {
    name: '魏淑琴',
    phone: '13911117777',
    address: '河西区解放南路66号',
    idNumber: '120103195806120023',
  };
  let id: string;
  let photo: string;
  beforeAll(async () => {
    photo = await uploadPhoto(platform, tokens.citizen!);
    const filed = await submit(
      platform,
      onlineInput({ petitioners: [person], attachmentIds: [photo], title: '小区外墙保温层脱落' }),
      tokens.citizen,
    );
    id = filed.data!.submitPetition.petition.id;
    await platform.graphql(
      'mutation F($id: ID!, $u: ID!) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $u }) { id } }',
      { id, u: unitIdForKey('120103/zj') },
      { token: tokens['xfb.hexi'] },
    );
  });

  it('records phone, address, ID number and attachment reads, each by reader and unit', async () => {
    await people(id, 'xfb.hexi');
    expect((await downloadAttachment(platform, photo, tokens['xfb.hexi']!)).status).toBe(200);
    await people(id, 'handler.hexi.zj');
    const log = await accessLog(id);
    const office = await viewerId('xfb.hexi');
    const handler = await viewerId('handler.hexi.zj');
    const by = (account: string) =>
      log
        .filter((a) => a.account.id === account)
        .map((a) => a.field)
        .sort();
    expect(by(office)).toEqual(['ADDRESS', 'ATTACHMENT', 'ID_NUMBER', 'PHONE']);
    expect(by(handler)).toEqual(['ADDRESS', 'PHONE']);
    expect(log.find((a) => a.field === 'ATTACHMENT')).toMatchObject({ person: null });
    expect(log.find((a) => a.field === 'PHONE')).toMatchObject({ person: person.name });
  });

  it('records nothing for masked values, nor for the petitioner reading their own', async () => {
    const before = (await accessLog(id)).length;
    await people(id, 'leader.hexi');
    const own = await platform.graphql<People>(PEOPLE, { id }, { token: tokens.citizen });
    expect(own.data!.petition!.petitioners![0]).toMatchObject({ phone: person.phone, address: person.address });
    expect((await downloadAttachment(platform, photo, tokens.citizen!)).status).toBe(200);
    expect(await accessLog(id)).toHaveLength(before);
  });

  it('is read by the area’s petition office in full, by a unit head for the unit’s own staff, by nobody else', async () => {
    await people(id, 'handler.hexi.zj');
    const head = await platform.graphql<Accesses>(ACCESSES, { id }, { token: tokens['head.hexi.zj'] });
    expect(head.errors).toBeUndefined();
    const units = new Set(head.data!.personalDataAccesses.map((a) => a.unit?.id));
    expect([...units]).toEqual([unitIdForKey('120103/zj')]);
    for (const user of ['handler.hexi.zj', 'leader.hexi', 'admin', 'citizen', 'deputy.npc']) {
      const refused = await platform.graphql(ACCESSES, { id }, { token: tokens[user] });
      expect({ user, code: onlyError(refused).extensions?.code }).toEqual({ user, code: 'FORBIDDEN' });
    }
  });

  it('tells the signed-in petitioner which unit read their data and when, not who or from where', async () => {
    const MINE = '{ myPersonalDataAccesses { at field person petitionId unit { id name } } }';
    const mine = await platform.graphql<{
      myPersonalDataAccesses: { field: string; person: string | null; petitionId: string; unit: { name: string } }[];
    }>(MINE, {}, { token: tokens.citizen });
    expect(mine.errors).toBeUndefined();
    const reads = mine.data!.myPersonalDataAccesses.filter((a) => a.petitionId === id);
    expect(reads.map((a) => a.unit.name)).toEqual(expect.arrayContaining(['河西区信访办', '河西区住房和建设委员会']));
    expect(reads.map((a) => a.field)).toContain('ID_NUMBER');
    const who = await platform.graphql(
      '{ myPersonalDataAccesses { account { id } ip } }',
      {},
      { token: tokens.citizen },
    );
    expect(who.errors?.length).toBeGreaterThan(0);
    expect(new Set(who.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    // staff have no log of their own reads to read here
    expect(onlyError(await platform.graphql(MINE, {}, { token: tokens['xfb.hexi'] })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('writes the reads of a whole page of petitions in one statement', async () => {
    const before = (await accessLog(id)).length;
    platform.resetQueryLog();
    const page = await platform.graphql<{ petitions: { edges: unknown[] } }>(
      '{ petitions(first: 100) { edges { node { petitioners { phone address idNumber } } } } }',
      {},
      { token: tokens['xfb.hexi'] },
    );
    expect(page.data!.petitions.edges.length).toBeGreaterThan(5);
    const inserts = platform.queries.petitions.filter((q) =>
      /insert into "petitions"\."personal_data_access"/i.test(q),
    );
    expect(inserts).toHaveLength(1);
    expect((await accessLog(id)).length).toBeGreaterThan(before);
  });
});

describe('the administrator manages accounts, not petitions (least privilege, issue 8)', () => {
  it('reads no petition, no list, no board and no material; still signs in and reads the unit tree', async () => {
    for (const query of [
      '{ petitions { totalCount } }',
      `{ petition(id: "${heatingId}") { id } }`,
      '{ supervisionOrders { id } }',
    ]) {
      const refused = await platform.graphql(query, {}, { token: tokens.admin });
      expect({ query, code: refused.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    const photo = await uploadPhoto(platform, tokens.citizen!);
    expect((await submit(platform, onlineInput({ attachmentIds: [photo] }), tokens.citizen)).errors).toBeUndefined();
    expect((await downloadAttachment(platform, photo, tokens.admin!)).status).toBe(404);
    expect((await downloadAttachment(platform, photo, tokens['xfb.hexi']!)).status).toBe(200);
    const allowed = await platform.graphql<{ viewer: { id: string }; units: unknown[] }>(
      '{ viewer { id } units { id } }',
      {},
      { token: tokens.admin },
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.units.length).toBeGreaterThan(0);
  });
});
