import { move } from 'piscina';
import type { CaseFilePetition } from './query.js';
import { renderCaseFile } from './render.js';

/** The worker thread's task: render one case file, hand its bytes back without copying. */
export async function renderTask({
  petition,
  printedAt,
}: {
  petition: CaseFilePetition;
  printedAt: string;
}): Promise<unknown> {
  const pdf = await renderCaseFile(petition, { printedAt: new Date(printedAt) });
  const bytes = new Uint8Array(pdf); // its own ArrayBuffer, safe to transfer
  return move(bytes.buffer as ArrayBuffer);
}
