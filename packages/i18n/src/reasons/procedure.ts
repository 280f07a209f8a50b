import type { ReasonCatalogue } from './catalogue.js';

/** Why a procedure step (accept, dispose, reply, review, extend, supervise…) is refused. */
export const procedureReasons = {
  EXTENSION_DAYS_OUT_OF_RANGE: { 'zh-CN': '延期天数须为1至{{max}}天。', en: 'An extension is 1 to {{max}} days.' },
} as const satisfies ReasonCatalogue;
