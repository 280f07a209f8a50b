import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_UNITS, signIn } from './support/demo.js';
import { filedOnline, onlyError, repliedPetition } from './support/petitions.js';

// Issue 11, the remaining steps: a co-handling unit reports its part (R-X), the lead unit of
// an assigned case its completion report (R-P6), the unit rated UNSATISFIED its follow-up
// (R-P13), each by its own staff, once; `mayReport` tells the workbench whose form to show.
let platform: TestPlatform;
const USERS = ['xfb.hexi', 'handler.hexi.zj', 'handler.hexi.sthj', 'leader.hexi'] as const;
type User = (typeof USERS)[number];
let tokens: Record<User, string>;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, USERS);
});
afterAll(() => platform?.stop());

interface Task {
  id: string;
  kind: string;
  dueAt: string | null;
  doneAt: string | null;
  report: string | null;
  mayReport: boolean;
  unit: { id: string };
  reportedBy: { id: string } | null;
}

const TASKS =
  'query T($id: ID!) { petition(id: $id) { tasks { id kind dueAt doneAt report mayReport unit { id } reportedBy { id } } } }';
const REPORT = 'mutation C($id: ID!, $r: String!) { completeTask(id: $id, report: $r) { id doneAt report } }';

const as = <T>(user: User, query: string, variables: Record<string, unknown>) =>
  platform.graphql<T>(query, variables, { token: tokens[user] });
const tasksOf = async (user: User, id: string) =>
  (await as<{ petition: { tasks: Task[] } }>(user, TASKS, { id })).data!.petition.tasks;
const report = (user: User, taskId: string, r = '已对河道沿岸垃圾进行清理，并安排每日巡查。') =>
  as<{ completeTask: { doneAt: string; report: string } }>(user, REPORT, { id: taskId, r });

async function ok(user: User, query: string, variables: Record<string, unknown>) {
  const result = await as(user, query, variables);
  expect(result.errors).toBeUndefined();
}

/** A petition assigned to the housing committee with the environment bureau co-handling. */
async function coHandled(phone: string) {
  const { id } = await filedOnline(platform, phone);
  await ok(
    'xfb.hexi',
    'mutation D($id: ID!, $input: DisposeInput!) { disposePetition(id: $id, input: $input) { id } }',
    {
      id,
      input: { mode: 'ASSIGN', unitId: DEMO_UNITS.HEXI_HOUSING, coHandlingUnitIds: [DEMO_UNITS.HEXI_ENVIRONMENT] },
    },
  );
  return id;
}

describe('a co-handling unit’s report of its part (R-X)', () => {
  it('is offered to the co-handling unit’s staff only, and refused to the lead unit, leaving the task open', async () => {
    const id = await coHandled('13900001101');
    const part = (await tasksOf('handler.hexi.sthj', id)).find((t) => t.kind === 'CO_HANDLING')!;
    expect(part).toMatchObject({ mayReport: true, doneAt: null, unit: { id: DEMO_UNITS.HEXI_ENVIRONMENT } });
    expect(part.dueAt).not.toBeNull();
    expect((await tasksOf('handler.hexi.zj', id)).find((t) => t.kind === 'CO_HANDLING')!.mayReport).toBe(false);

    expect(onlyError(await report('handler.hexi.zj', part.id)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await report('xfb.hexi', part.id)).extensions?.code).toBe('NOT_FOUND');
    expect((await tasksOf('xfb.hexi', id)).find((t) => t.id === part.id)).toMatchObject({ doneAt: null, report: null });

    expect((await report('handler.hexi.sthj', part.id)).errors).toBeUndefined();
    const done = (await tasksOf('xfb.hexi', id)).find((t) => t.id === part.id)!;
    expect(done.report).toContain('河道');
    expect(done.reportedBy).not.toBeNull();
    expect((await tasksOf('handler.hexi.sthj', id)).find((t) => t.id === part.id)!.mayReport).toBe(false);
  });

  it('refuses an empty report at the field, storing nothing', async () => {
    const id = await coHandled('13900001102');
    const part = (await tasksOf('handler.hexi.sthj', id)).find((t) => t.kind === 'CO_HANDLING')!;
    const refused = onlyError(await report('handler.hexi.sthj', part.id, '   '));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'report' });
    expect((await tasksOf('xfb.hexi', id)).find((t) => t.id === part.id)!.doneAt).toBeNull();
  });

  it('takes one report when two are sent at the same moment', async () => {
    const id = await coHandled('13900001103');
    const part = (await tasksOf('handler.hexi.sthj', id)).find((t) => t.kind === 'CO_HANDLING')!;
    const results = await Promise.all([1, 2, 3].map((n) => report('handler.hexi.sthj', part.id, `第${n}次报告`)));
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const history = await as<{ petition: { history: { action: string }[] } }>(
      'xfb.hexi',
      'query H($id: ID!) { petition(id: $id) { history { action } } }',
      { id },
    );
    expect(history.data!.petition.history.filter((h) => h.action === 'TASK_CO_HANDLING_DONE')).toHaveLength(1);
  });
});

describe('the follow-up of an UNSATISFIED rating (R-P13)', () => {
  const rate = (trackingCode: string, phoneLast4: string, target: string) =>
    platform.graphql('mutation E($input: EvaluateInput!) { evaluatePetition(input: $input) { id } }', {
      input: { trackingCode, phoneLast4, target, rating: 'UNSATISFIED', comment: '垃圾仍未清运' },
    });

  it('falls to the petition office rated: its officers report what they found, the unit’s staff may not', async () => {
    const { id, trackingCode } = await repliedPetition(platform, '13900001104');
    expect((await rate(trackingCode, '1104', 'PETITION_OFFICE')).errors).toBeUndefined();
    const followUp = (await tasksOf('xfb.hexi', id)).find((t) => t.kind === 'FOLLOW_UP')!;
    expect(followUp).toMatchObject({ mayReport: true, unit: { id: DEMO_UNITS.HEXI_OFFICE } });
    expect(followUp.dueAt).not.toBeNull();
    expect(onlyError(await report('handler.hexi.zj', followUp.id)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await report('leader.hexi', followUp.id)).extensions?.code).toBe('FORBIDDEN');
    expect((await tasksOf('xfb.hexi', id)).find((t) => t.id === followUp.id)!.doneAt).toBeNull();

    const found = '已电话回访信访人，垃圾已于次日清运完毕，信访人表示认可。';
    expect((await report('xfb.hexi', followUp.id, found)).errors).toBeUndefined();
    expect((await tasksOf('xfb.hexi', id)).find((t) => t.id === followUp.id)).toMatchObject({
      report: found,
      mayReport: false,
    });
  });

  it('falls to the responsible unit rated: its staff report, the petition office may not', async () => {
    const { id, trackingCode } = await repliedPetition(platform, '13900001105');
    expect((await rate(trackingCode, '1105', 'RESPONSIBLE_UNIT')).errors).toBeUndefined();
    const followUp = (await tasksOf('handler.hexi.zj', id)).find((t) => t.kind === 'FOLLOW_UP')!;
    expect(followUp).toMatchObject({ mayReport: true, unit: { id: DEMO_UNITS.HEXI_HOUSING } });
    expect(onlyError(await report('xfb.hexi', followUp.id)).extensions?.code).toBe('NOT_FOUND');
    expect((await report('handler.hexi.zj', followUp.id)).errors).toBeUndefined();
  });
});
