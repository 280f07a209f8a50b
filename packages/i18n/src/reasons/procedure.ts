import type { ReasonCatalogue } from './catalogue.js';

/** Why a procedure step (accept, dispose, reply, review, extend, supervise…) is refused. */
export const procedureReasons = {} as const satisfies ReasonCatalogue;
