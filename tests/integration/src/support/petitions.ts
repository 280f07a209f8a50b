import { randomUUID } from 'node:crypto';
import { unitIdForKey } from '@tjxf/domain';
import type { GatewayClient, GraphQLResult, TestPlatform } from '@tjxf/test-kit';

export const SUBMIT = `mutation Submit($input: SubmitPetitionInput!) {
  submitPetition(input: $input) { petition { id trackingCode status } redirect { channel notice } nextStep nextStepDueAt }
}`;

export const REGISTER = `mutation Register($input: RegisterPetitionInput!) {
  registerPetition(input: $input) { id trackingCode status channel receivedAt riskFlags riskLevel repeatOf { id trackingCode } }
}`;

export interface SubmitPayload {
  submitPetition: {
    petition: { id: string; trackingCode: string; status: string };
    redirect: { channel: string; notice: string } | null;
    nextStep: string;
    nextStepDueAt: string | null;
  };
}

export interface RegisterPayload {
  registerPetition: {
    id: string;
    trackingCode: string;
    status: string;
    channel: string;
    receivedAt: string;
    riskFlags: string[];
    riskLevel: number;
    repeatOf: { id: string; trackingCode: string } | null;
  };
}

/** A valid online submission; tests change what they are about. */
export function onlineInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    kind: 'COMPLAINT',
    categoryCode: '010201',
    regionCode: '120103003',
    title: '小区物业长期不清理楼道垃圾',
    content: '桃园街道某小区物业公司长期不清理楼道垃圾，居民多次反映无果，请求有关部门督促整改。',
    petitioners: [{ name: '李明华', phone: '13800138000' }],
    ...overrides,
  };
}

export function staffInput(channel: string, overrides: Record<string, unknown> = {}) {
  return { ...onlineInput(), channel, receivedAt: new Date(Date.now() - 3600_000).toISOString(), ...overrides };
}

export const submit = (platform: GatewayClient, input: Record<string, unknown>, token?: string) =>
  platform.graphql<SubmitPayload>(SUBMIT, { input }, token ? { token } : {});

export const register = (platform: TestPlatform, input: Record<string, unknown>, token: string) =>
  platform.graphql<RegisterPayload>(REGISTER, { input }, { token });

/** The only error of a result, for assertions on code and field. */
export function onlyError<T>(result: GraphQLResult<T>) {
  expectOne(result);
  return result.errors![0]!;
}

function expectOne<T>(result: GraphQLResult<T>) {
  if (result.errors?.length !== 1)
    throw new Error(`expected one error, got ${JSON.stringify(result.errors ?? result.data)}`);
}

/** Rows in the petitions schema, read directly: what a refused request must not have left. */
export async function countRows(platform: TestPlatform, table: string): Promise<number> {
  const rows = await platform.services.petitions.orm.em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from petitions.${table}`);
  return Number(rows[0]!.n);
}

/** A petition filed online without an account, with this phone: its id and tracking code. */
export async function filedOnline(
  platform: GatewayClient,
  phone: string,
): Promise<{ id: string; trackingCode: string }> {
  const result = await submit(platform, onlineInput({ petitioners: [{ name: '沈清', phone }] }));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.submitPetition.petition;
}

async function ok(platform: TestPlatform, query: string, variables: Record<string, unknown>, user: string) {
  const result = await platform.graphql(query, variables, { token: await platform.login(user) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

/** A petition filed online, assigned, accepted and replied to: its petitioner may now rate it or ask for review. */
export async function repliedPetition(platform: TestPlatform, phone: string) {
  const petition = await filedOnline(platform, phone);
  const id = petition.id;
  await ok(
    platform,
    'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }',
    { id, input: { mode: 'ASSIGN', unitId: unitIdForKey('120103/zj') } },
    'xfb.hexi',
  );
  await ok(platform, 'mutation A($id: ID!) { acceptPetition(id: $id) { id } }', { id }, 'handler.hexi.zj');
  await ok(
    platform,
    'mutation R($id: ID!, $input: ReplyInput!) { replyToPetition(id: $id, input: $input) { id } }',
    {
      id,
      input: {
        outcome: 'EXPLAINED',
        facts: '经查，小区楼道垃圾已由物业公司清运。',
        reasons: '物业服务企业应当按照约定提供服务。',
        legalBasis: '《物业管理条例》第三十五条',
      },
    },
    'handler.hexi.zj',
  );
  return petition;
}
