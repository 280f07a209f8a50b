import type { ReasonCatalogue } from './catalogue.js';

/** Reasons any service may give. */
export const commonReasons = {} as const satisfies ReasonCatalogue;
