import type { PetitionStatus } from '@tjxf/graphql-client';

/**
 * The key (in `citizen:next`) of what happens next in each status, for the detail page; the
 * server's own nextStep text is given only with a receipt or a tracking look-up.
 */
export function nextStepKey(status: PetitionStatus, hasDeadline: boolean): string {
  switch (status) {
    case 'REGISTERED':
    case 'AWAITING_ACCEPTANCE':
    case 'ACCEPTED':
    case 'IN_REVIEW':
    case 'IN_RE_REVIEW':
      return `next.${status}${hasDeadline ? '_DUE' : ''}`;
    case 'DECLINED':
    case 'REDIRECTED':
    case 'REPLIED':
    case 'REVIEWED':
    case 'RE_REVIEWED':
    case 'CONCLUDED':
      return `next.${status}`;
  }
}
