import { parentPort, workerData } from 'node:worker_threads';
import { PersonalDataCipher } from '@tjxf/petitions';
import { generateHistory, type GenerateOptions } from './generate.js';

/** What the loader hands the generating thread: the options, with the cipher's keys instead of the cipher. */
export type WorkerInput = Omit<GenerateOptions, 'cipher'> & { keys: { encryption: Uint8Array; hash: Uint8Array } };

// the generator runs here while the loader's thread copies the previous chunk: both cores work
const input = workerData as WorkerInput;
const port = parentPort!;
let credit = 2;
let wake: (() => void) | null = null;
port.on('message', () => {
  credit++;
  wake?.();
});
const cipher = new PersonalDataCipher(Buffer.from(input.keys.encryption), Buffer.from(input.keys.hash));
for (const rows of generateHistory({ ...input, cipher })) {
  if (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
  wake = null;
  credit--;
  port.postMessage({ count: rows.count, tables: rows.take() });
}
port.postMessage({ done: true });
