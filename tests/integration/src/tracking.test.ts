import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, onlyError, register, staffInput, submit } from './support/petitions.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
});
afterAll(() => platform?.stop());

const TRACK = `query T($code: String!, $last4: String!) { trackPetition(trackingCode: $code, phoneLast4: $last4) {
  trackingCode status title currentDeadline { kind dueAt basis days } nextStep redirect { channel }
  history { action status note unit { name } }
} }`;
type Tracking = {
  trackPetition: {
    trackingCode: string;
    status: string;
    currentDeadline: { kind: string; dueAt: string } | null;
    nextStep: string;
    history: { action: string; status: string | null; note: string | null; unit: { name: string } | null }[];
  } | null;
};
const track = (code: string, last4: string) => platform.graphql<Tracking>(TRACK, { code, last4 });

describe('following a petition without an account (R-ON1)', () => {
  it('shows status, the running deadline, the next step and the unit that acted', async () => {
    const filed = await submit(platform, onlineInput({ petitioners: [{ name: '何静', phone: '13512345678' }] }));
    const { trackingCode } = filed.data!.submitPetition.petition;
    const result = await track(trackingCode.toLowerCase().replace(/-/g, ''), '5678'); // as typed on a phone
    expect(result.errors).toBeUndefined();
    expect(result.data!.trackPetition).toMatchObject({
      trackingCode,
      status: 'REGISTERED',
      currentDeadline: { kind: 'DISPOSAL', dueAt: filed.data!.submitPetition.nextStepDueAt },
      nextStep: filed.data!.submitPetition.nextStep,
      history: [{ action: 'SUBMITTED_ONLINE', status: 'REGISTERED', note: null, unit: { name: '河西区信访办' } }],
    });
  });

  it('never shows internal notes or who of the staff acted', async () => {
    const office = await platform.login('xfb.hexi');
    const text = {
      title: '楼上漏水多次协调无果',
      content: '楼上住户卫生间漏水导致我家天花板发霉，物业多次协调无果，请求帮助解决漏水问题。',
    };
    await submit(platform, onlineInput({ ...text, petitioners: [{ name: '罗兰', phone: '13522223333' }] }));
    const repeat = await register(
      platform,
      staffInput('PHONE', { ...text, petitioners: [{ name: '罗兰', phone: '13522223333' }] }),
      office,
    );
    expect(repeat.data!.registerPetition.repeatOf).not.toBeNull(); // it carries an internal note
    const result = await track(repeat.data!.registerPetition.trackingCode, '3333');
    expect(result.data!.trackPetition!.history.map((h) => h.action)).toEqual(['REGISTERED']);
    expect(JSON.stringify(result.data)).not.toMatch(/重复信访|actor/);
  });

  it('gives the same NOT_FOUND for a wrong phone and for an unknown code', async () => {
    const filed = await submit(platform, onlineInput({ petitioners: [{ name: '唐宁', phone: '13544445555' }] }));
    const wrongPhone = onlyError(await track(filed.data!.submitPetition.petition.trackingCode, '0000'));
    const unknown = onlyError(await track('AAAA-AAAA-AA', '5555'));
    expect(wrongPhone.extensions?.code).toBe('NOT_FOUND');
    expect({ message: unknown.message, code: unknown.extensions?.code }).toEqual({
      message: wrongPhone.message,
      code: 'NOT_FOUND',
    });
  });

  it('pauses guessing after 5 wrong phone endings for one code, even with the right one next', async () => {
    const filed = await submit(platform, onlineInput({ petitioners: [{ name: '钟声', phone: '13566667777' }] }));
    const code = filed.data!.submitPetition.petition.trackingCode;
    for (let i = 0; i < 5; i++) expect(onlyError(await track(code, `100${i}`)).extensions?.code).toBe('NOT_FOUND');
    const blocked = onlyError(await track(code, '7777'));
    expect(blocked.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('shows the written notice of a redirected matter', async () => {
    const filed = await submit(
      platform,
      onlineInput({
        categoryCode: '050302',
        title: '公司不签劳动合同也不给加班费',
        petitioners: [{ name: '韩梅', phone: '13588889999' }],
      }),
    );
    const result = await platform.graphql<{
      trackPetition: { status: string; redirect: { channel: string }; currentDeadline: null };
    }>(TRACK, { code: filed.data!.submitPetition.petition.trackingCode, last4: '9999' });
    expect(result.data!.trackPetition).toMatchObject({
      status: 'REDIRECTED',
      redirect: { channel: 'ARBITRATION' },
      currentDeadline: null,
    });
  });
});
