import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  countRows,
  onlineInput,
  onlyError,
  register,
  repliedPetition,
  staffInput,
  submit,
} from './support/petitions.js';
import { pngOfSize, upload, uploadPhoto } from './support/uploads.js';

// The front desk (issue 11): registering a letter, visit or call in the workbench, the look-up
// before saving, bad input refused at the field with nothing stored, review requests by staff.
let platform: TestPlatform;
let hexiOffice: string;
let cityOffice: string;
let root: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  root = platform.gatewayUrl.replace(/\/graphql$/, '');
  [hexiOffice, cityOffice] = await Promise.all([platform.login('xfb.hexi'), platform.login('xfb.city')]);
});
afterAll(() => platform?.stop());

const TABLES = ['petition', 'petitioner', 'petition_history', 'deadline', 'outbox_event', 'attachment'];
const snapshot = () => Promise.all(TABLES.map((t) => countRows(platform, t)));

const HISTORY = `query H($input: PetitionerHistoryInput!) { petitionerHistory(input: $input) {
  earlierPetitions { id trackingCode receivedAt title status inScope handlingUnit { id name } }
  repeatOf { trackingCode }
  skippedLevel { lowerUnit { name } dueAt notice }
} }`;
type History = {
  petitionerHistory: {
    earlierPetitions: {
      id: string | null;
      trackingCode: string;
      title: string;
      status: string;
      inScope: boolean;
      handlingUnit: { name: string };
    }[];
    repeatOf: { trackingCode: string } | null;
    skippedLevel: { lowerUnit: { name: string }; dueAt: string; notice: string } | null;
  };
};
const lookUp = (input: Record<string, unknown>, token: string) =>
  platform.graphql<History>(HISTORY, { input }, { token });
const lookups = async (field: string) => {
  const [row] = await platform.services.petitions.orm.em
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from petitions.personal_data_access where field = ?', [field]);
  return Number(row!.n);
};

describe('the front desk records a letter, a visit or a call (R-P1, R-CH1)', () => {
  it('keeps a letter’s postmark date', async () => {
    const result = await platform.graphql<{ registerPetition: { postmarkedOn: string } }>(
      'mutation R($input: RegisterPetitionInput!) { registerPetition(input: $input) { postmarkedOn } }',
      { input: staffInput('LETTER', { postmarkedOn: '2026-11-20', receivedAt: '2026-11-25T02:00:00Z' }) },
      { token: hexiOffice },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerPetition.postmarkedOn).toBe('2026-11-20');
  });

  it('records that an oral petition was read back to the petitioner and confirmed', async () => {
    const result = await register(
      platform,
      staffInput('VISIT', { writtenDownByStaff: true, readBackConfirmed: true }),
      hexiOffice,
    );
    expect(result.errors).toBeUndefined();
    const read = await platform.graphql<{ petition: { history: { action: string; note: string }[] } }>(
      'query P($id: ID!) { petition(id: $id) { history { action note } } }',
      { id: result.data!.registerPetition.id },
      { token: hexiOffice },
    );
    expect(read.data!.petition.history.find((h) => h.action === 'ORAL_RECORD_READ_BACK')?.note).toMatch(/宣读/);
  });

  it('records an agent with the power of attorney, and a collective visit of 30 with 5 representatives (R-P3, R-P18)', async () => {
    const attorney = await uploadPhoto(platform, hexiOffice);
    const representatives = Array.from({ length: 5 }, (_, i) => ({
      name: `代表${'甲乙丙丁戊'[i]}`,
      phone: `1390000100${i}`,
    }));
    const result = await register(
      platform,
      staffInput('VISIT', {
        petitioners: representatives,
        peopleInvolved: 30,
        agent: { name: '赵律师', phone: '13911112222', relationship: '律师', powerOfAttorneyAttachmentId: attorney },
      }),
      hexiOffice,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerPetition.riskFlags).toContain('COLLECTIVE');
  });
});

describe('bad input at the front desk is refused at the field, and nothing is stored', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    [
      'a received date in the future',
      { receivedAt: new Date(Date.now() + 86_400_000).toISOString() },
      'receivedAt',
      'RECEIVED_AT_IN_FUTURE',
    ],
    [
      'six representatives',
      {
        petitioners: Array.from({ length: 6 }, (_, i) => ({ name: `代表${i + 1}号`, phone: `1370000000${i}` })),
        peopleInvolved: 40,
      },
      'petitioners',
      'TOO_MANY_REPRESENTATIVES',
    ],
    [
      'an agent without a power of attorney',
      { agent: { name: '钱代理', phone: '13922223333' } },
      'agent.powerOfAttorneyAttachmentId',
      'POWER_OF_ATTORNEY_REQUIRED',
    ],
    ['a postmark after the letter arrived', { postmarkedOn: '2099-01-01' }, 'postmarkedOn', 'POSTMARK_DATE_INVALID'],
    [
      'an oral petition not read back',
      { channel: 'VISIT', writtenDownByStaff: true },
      'readBackConfirmed',
      'ORAL_RECORD_NOT_READ_BACK',
    ],
    [
      'the skipped-level rule where it does not apply',
      { notAcceptedAsSkippedLevel: true },
      'notAcceptedAsSkippedLevel',
      'SKIPPED_LEVEL_NOT_APPLICABLE',
    ],
  ];

  it.each(cases)('%s', async (_what, overrides, field, reason) => {
    const before = await snapshot();
    const result = await register(platform, staffInput('LETTER', overrides), hexiOffice);
    expect(onlyError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(result.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  const scans: [string, Buffer, string, number, string][] = [
    ['a scan over the size limit', pngOfSize(10 * 1024 * 1024 + 1), '来信扫描件.png', 413, 'FILE_TOO_LARGE'],
    [
      'a scan that is neither a document nor an image',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00'.repeat(64), 'binary'),
      '扫描件.exe',
      415,
      'FILE_TYPE_NOT_ACCEPTED',
    ],
  ];

  it.each(scans)('%s', async (_what, bytes, name, status, reason) => {
    const before = await snapshot();
    const answer = await upload(root, { bytes, name, type: 'application/octet-stream' }, { token: hexiOffice });
    expect(answer.status).toBe(status);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the look-up before saving (R-P4)', () => {
  const matter = {
    title: '友谊路街道老旧小区加装电梯补贴未发放',
    content:
      '我们在友谊路街道老旧小区加装电梯，按照政策应当发放补贴，街道答应两个月内发放，至今半年仍未发放，请求尽快落实补贴。',
    categoryCode: '010101',
    regionCode: '120103007',
  };

  it('shows a person’s petitions in every unit and level without their content, and logs each look-up', async () => {
    const idNumber = '120103198003151233';
    const phone = `138${String(Date.now()).slice(-8)}`;
    const first = await register(
      platform,
      staffInput('VISIT', { ...matter, petitioners: [{ name: '冯友谊', phone, idNumber }] }),
      hexiOffice,
    );
    expect(first.errors).toBeUndefined();
    const before = await lookups('PHONE_LOOKUP');
    const seen = await lookUp({ phone }, cityOffice);
    expect(seen.errors).toBeUndefined();
    const [earlier] = seen.data!.petitionerHistory.earlierPetitions;
    expect(earlier).toMatchObject({
      trackingCode: first.data!.registerPetition.trackingCode,
      title: matter.title,
      status: 'REGISTERED',
    });
    expect(earlier!.handlingUnit.name).toContain('河西区');
    expect(await lookups('PHONE_LOOKUP')).toBe(before + 1);
  });

  it('warns of a repeat and offers the skipped-level rule to the city office, with the notice naming the district', async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    const people = [{ name: '褚大爷', phone }];
    await register(platform, staffInput('VISIT', { ...matter, petitioners: people }), hexiOffice);
    const draft = { kind: 'COMPLAINT', ...matter };
    const seen = await lookUp({ phone, draft }, cityOffice);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.petitionerHistory.repeatOf).not.toBeNull();
    const warning = seen.data!.petitionerHistory.skippedLevel!;
    expect(warning.lowerUnit.name).toBe('河西区信访办');
    expect(warning.notice).toContain('河西区信访办');
    expect(warning.notice).toContain('第十九条');
    // the same matter at the district itself is no skipped level
    expect((await lookUp({ phone, draft }, hexiOffice)).data!.petitionerHistory.skippedLevel).toBeNull();

    const notAccepted = await platform.graphql<{
      registerPetition: { status: string; history: { action: string; note: string }[] };
    }>(
      'mutation R($input: RegisterPetitionInput!) { registerPetition(input: $input) { status history { action note } } }',
      { input: staffInput('VISIT', { ...matter, petitioners: people, notAcceptedAsSkippedLevel: true }) },
      { token: cityOffice },
    );
    expect(notAccepted.errors).toBeUndefined();
    expect(notAccepted.data!.registerPetition.status).toBe('DECLINED');
    expect(
      notAccepted.data!.registerPetition.history.find((h) => h.action === 'NOT_ACCEPTED_SKIPPED_LEVEL')?.note,
    ).toContain('河西区信访办');
  });

  it('withholds the title of a confidential petition outside the officer’s scope (R-P12)', async () => {
    const phone = `133${String(Date.now()).slice(-8)}`;
    const filed = await submit(
      platform,
      onlineInput({ regionCode: '120116', confidential: true, petitioners: [{ name: '韩保密', phone }] }),
    );
    expect(filed.errors).toBeUndefined();
    const seen = await lookUp({ phone }, hexiOffice);
    expect(seen.data!.petitionerHistory.earlierPetitions).toEqual([
      expect.objectContaining({ id: null, inScope: false, title: null, status: 'REGISTERED' }),
    ]);
  });

  it('is for petition officers only (allowed and denied)', async () => {
    const phone = '13700001111';
    expect((await lookUp({ phone }, hexiOffice)).errors).toBeUndefined();
    const handler = await platform.login('handler.hexi.zj');
    expect(onlyError(await lookUp({ phone }, handler)).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong ID number at the field', async () => {
    const result = await lookUp({ idNumber: '120103198003151234' }, hexiOffice);
    expect(onlyError(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
  });
});

describe('a review request recorded by staff for a petitioner who came in person or wrote (R-P10)', () => {
  const REQUEST = 'mutation Q($id: ID!, $reason: String!) { requestReview(id: $id, reason: $reason) { status } }';

  it('is taken from the petition office of the area, and refused to another unit with nothing changed', async () => {
    const { id } = await repliedPetition(platform, `136${String(Date.now()).slice(-8)}`);
    const handler = await platform.login('handler.hexi.sthj');
    const denied = await platform.graphql(
      REQUEST,
      { id, reason: '来信请求复查：对处理意见不服。' },
      { token: handler },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(onlyError(denied).extensions?.code);
    const unchanged = await platform.graphql<{ petition: { status: string; history: unknown[] } }>(
      'query P($id: ID!) { petition(id: $id) { status history { action } } }',
      { id },
      { token: hexiOffice },
    );
    expect(unchanged.data!.petition.status).toBe('REPLIED');
    const entries = unchanged.data!.petition.history.length;
    const allowed = await platform.graphql<{ requestReview: { status: string } }>(
      REQUEST,
      { id, reason: '信访人来信请求复查：对处理意见不服。' },
      { token: hexiOffice },
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.requestReview.status).toBe('IN_REVIEW');
    const after = await platform.graphql<{ petition: { history: unknown[] } }>(
      'query P($id: ID!) { petition(id: $id) { history { action } } }',
      { id },
      { token: hexiOffice },
    );
    expect(after.data!.petition.history.length).toBe(entries + 1);
  });
});
