import { randomInt, randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { assignToUnitOf, graphql, tokenOf } from '../workbench/seed.js';

/** A mobile number no other test uses. */
export const uniquePhone = () => `199${String(randomInt(10 ** 8)).padStart(8, '0')}`;

/** A petition filed online without an account, with this phone (as before registering). */
export async function fileWithoutAccount(
  request: APIRequestContext,
  phone: string,
  title: string,
): Promise<{ id: string; trackingCode: string }> {
  const { submitPetition } = await graphql<{ submitPetition: { petition: { id: string; trackingCode: string } } }>(
    request,
    'mutation ($input: SubmitPetitionInput!) { submitPetition(input: $input) { petition { id trackingCode } } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        categoryCode: '010201',
        regionCode: '120103003',
        title,
        content: '小区物业长期不清理楼道垃圾，居民多次反映无果，请求有关部门督促整改。',
        petitioners: [{ name: '沈清', phone }],
      },
    },
  );
  return submitPetition.petition;
}

/** The petition office assigns it, the unit accepts and replies: its petitioner may ask for review. */
export async function replyTo(request: APIRequestContext, petitionId: string): Promise<void> {
  await assignToUnitOf(request, { petitionId, officer: 'xfb.hexi', unitStaff: 'handler.hexi.zj' });
  const handler = await tokenOf(request, 'handler.hexi.zj');
  await graphql(request, 'mutation ($id: ID!) { acceptPetition(id: $id) { id } }', { id: petitionId }, handler);
  await graphql(
    request,
    'mutation ($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { id } }',
    {
      id: petitionId,
      input: {
        outcome: 'EXPLAINED',
        facts: '经查，小区楼道垃圾已由物业公司清运。',
        reasons: '物业服务企业应当按照约定提供服务。',
        legalBasis: '《物业管理条例》第三十五条',
      },
    },
    handler,
  );
}

/** The newest one-time code sent to the phone, read where development keeps messages (GET /dev/messages). */
export async function newestCode(request: APIRequestContext, phone: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`/dev/messages?to=${phone}`);
      const messages = (await response.json()) as { text: string }[];
      code = /验证码是(\d{6})/.exec(messages[0]?.text ?? '')?.[1];
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code!;
}

/** A citizen registered through the API with a code from /dev/messages: their phone and password. */
export async function registeredCitizen(request: APIRequestContext): Promise<{ phone: string; password: string }> {
  const phone = uniquePhone();
  const password = `Citizen#${randomInt(10 ** 9)}`;
  await graphql(request, 'mutation ($phone: String!) { requestVerificationCode(phone: $phone) }', { phone });
  const code = await newestCode(request, phone);
  await graphql(
    request,
    'mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { account { id } } }',
    { input: { phone, code, password, name: '李建国' } },
  );
  return { phone, password };
}
