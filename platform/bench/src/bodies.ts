import { createHash, randomUUID } from 'node:crypto';

/** Matters a bench submission is made of: so that repeats of the same person occur. */
const MATTERS = [
  ['小区供暖温度长期不达标', '入冬以来室内温度一直低于16度，多次向物业反映没有解决，请督促供热单位整改。', '010303'],
  ['旧楼拆迁补偿款迟迟不到位', '去年签订了拆迁补偿协议，约定三个月内支付，至今仍未到位，请求督促支付。', '010101'],
  ['工地夜间施工噪音扰民', '附近工地每天晚上十点以后仍在施工，噪音很大，影响居民休息，请求查处。', '030103'],
  ['单位拖欠工资半年', '公司拖欠全体职工工资半年，多次讨要未果，请求劳动监察部门介入。', '050101'],
  ['小区物业长期不清理垃圾', '楼道垃圾堆积，物业公司不作为，居民多次反映无果，请求督促整改。', '010201'],
] as const;
const STREETS = ['120103001', '120103003', '120103010', '120101001', '120104001', '120116001'];

/** People filing in one run: each files two or three times in a 10 s run, so repeats occur. */
const PEOPLE_PER_RUN = 1000;

/**
 * A new petition each time. The people are new in each run (their phones derive from the run),
 * so that repeated runs do not pile dozens of earlier petitions on the same few people, which
 * real petitioners do not have either.
 */
export function submissionBody(runId: string, i: number): string {
  const [title, content, categoryCode] = MATTERS[i % MATTERS.length]!;
  const base = (createHash('sha256').update(runId).digest().readUInt32BE(0) % 100_000) * PEOPLE_PER_RUN;
  const phone = `139${String(base + (i % PEOPLE_PER_RUN)).padStart(8, '0')}`;
  return JSON.stringify({
    query:
      'mutation S($input: SubmitPetitionInput!) { submitPetition(input: $input) { petition { id trackingCode status } nextStep } }',
    variables: {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        categoryCode,
        regionCode: STREETS[i % STREETS.length],
        title: `${title}（${runId}）`,
        content: `${content} ${runId}`,
        petitioners: [{ name: '压测用户', phone }],
      },
    },
  });
}

export function trackingBody(target: { code: string; last4: string }): string {
  return JSON.stringify({
    query:
      'query T($c: String!, $p: String!) { trackPetition(trackingCode: $c, phoneLast4: $p) { status currentDeadline { kind dueAt } history { action at } } }',
    variables: { c: target.code, p: target.last4 },
  });
}

/** The workbench's inbox as it asks for it: a page of 20, the clock that ends first on top. */
export function inboxBody(): string {
  return JSON.stringify({
    query: `query WorkbenchInbox($first: Int, $orderBy: PetitionOrder) {
      petitions(first: $first, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id trackingCode title status kind categoryCode receivedAt riskLevel riskFlags
          leadUnit { id name }
          currentDeadline { kind dueAt basis days pausedAt }
        } }
      }
    }`,
    variables: { first: 20, orderBy: 'URGENCY' },
  });
}

/** A petition's page in the workbench: its records and what the officer may do now. */
export function petitionPageBody(id: string): string {
  return JSON.stringify({
    query: `query WorkbenchPetition($id: ID!) {
      petition(id: $id) {
        id trackingCode title content status version allowedActions regionName
        leadUnit { id name } coHandlingUnits { id name } reviewUnit { id name }
        petitioners { name phone idNumber }
        history { at action fromStatus toStatus note }
        deadlines { kind basis days ruleSet startEvent startAt dueAt metAt pausedAt pausedDays }
        documents { kind issuedAt outcome remedy text }
        tasks { kind dueAt doneAt }
        supervisionOrders { id level dueAt }
      }
    }`,
    variables: { id },
  });
}
