import type { FaultResult } from './faults.js';
import type { Ledger } from './verify.js';

/** The targets of issue 16: each part serving again within this many seconds of its kill. */
export const RECOVERY_TARGET_SECONDS = 10;

/** What no client may see while a part is down: an error the server did not mean. */
const SERVER_FAULT = /^(HTTP 500|INTERNAL_SERVER_ERROR)/;

export function targetsMet(results: FaultResult[], ledger: Ledger, abandoned: number): boolean {
  return (
    results.every(
      (r) =>
        r.servingAfter !== null &&
        r.servingAfter <= RECOVERY_TARGET_SECONDS &&
        !Object.keys(r.failures).some((f) => SERVER_FAULT.test(f)),
    ) &&
    ledger.submissionsLost.length === 0 &&
    ledger.submissionsDoubled.length === 0 &&
    ledger.stepsLost.length === 0 &&
    ledger.stepsDoubled.length === 0 &&
    ledger.eventsProjected === ledger.events &&
    ledger.eventsProjectedTwice === 0 &&
    abandoned === 0
  );
}

const yesNo = (ok: boolean) => (ok ? 'met' : '**NOT MET**');

/** The run's report in Markdown, as docs/reliability.md quotes it. */
export function report(run: {
  results: FaultResult[];
  ledger: Ledger;
  before: { failures: Record<string, number>; requests: number };
  abandoned: { activity: string; failure: string }[];
  givenUp: string[];
  shape: { citizens: number; trackers: number; officers: number };
  seconds: number;
}): string {
  const { results, ledger } = run;
  const codes = (f: Record<string, number>) =>
    Object.entries(f)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ×${n}`)
      .join(', ') || '—';
  const seconds = (s: number | null) => (s === null ? 'not back' : `${s.toFixed(1)} s`);
  const rows = results.map(
    (r) =>
      `| ${r.part} | ${seconds(r.restartedAfter)} | ${seconds(r.servingAfter)} | ${r.requests} | ${Object.values(r.failures).reduce((a, b) => a + b, 0)} | ${codes(r.failures)} |`,
  );
  const recovered = results.every((r) => r.servingAfter !== null && r.servingAfter <= RECOVERY_TARGET_SECONDS);
  const no500 = results.every((r) => !Object.keys(r.failures).some((f) => SERVER_FAULT.test(f)));
  const exactlyOnce =
    ledger.submissionsLost.length +
      ledger.submissionsDoubled.length +
      ledger.stepsLost.length +
      ledger.stepsDoubled.length ===
      0 &&
    ledger.eventsProjected === ledger.events &&
    ledger.eventsProjectedTwice === 0;
  return `## Chaos run (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${run.seconds.toFixed(0)} s)

Load: ${run.shape.citizens} citizens filing (idempotency keys, retried with the same key), ${run.shape.trackers} tracking, ${run.shape.officers} officers of the Hexi petition office assigning (with \`expectedVersion\`, retried with the same version). Before the first kill: ${run.before.requests} requests, failures ${codes(run.before.failures)}.

| part killed (SIGKILL) | restarted by the launcher after | serving again after | requests until the next kill | failed | what the clients saw |
|---|---|---|---|---|---|
${rows.join('\n')}

Afterwards, in the database:
- submissions acknowledged ${ledger.submissionsAcknowledged}: lost ${ledger.submissionsLost.length}, stored twice ${ledger.submissionsDoubled.length}; stored while the client never heard back ${ledger.storedUnacknowledged}
- assignments acknowledged ${ledger.stepsAcknowledged}: lost ${ledger.stepsLost.length}, recorded twice ${ledger.stepsDoubled.length}
- events of the run's petitions ${ledger.events}, in the audit consumer's projection ${ledger.eventsProjected} (twice: ${ledger.eventsProjectedTwice}), caught up ${ledger.consumerCatchUpSeconds.toFixed(1)} s after the load stopped
- requests a client gave up on after 90 s of retries: ${codes(countBy(run.abandoned.map((a) => `${a.activity} ${a.failure}`)))}; parts the launcher gave up on: ${run.givenUp.join(', ') || 'none'}

Targets: nothing acknowledged lost or doubled — ${yesNo(exactlyOnce && run.abandoned.length === 0)}; each part serving within ${RECOVERY_TARGET_SECONDS} s — ${yesNo(recovered)}; no 500 or INTERNAL_SERVER_ERROR during an outage — ${yesNo(no500)}.
`;
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
