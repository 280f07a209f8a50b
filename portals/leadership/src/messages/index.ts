import type { PortalMessages } from '@tjxf/i18n';
import { leadershipEn } from './en';
import { leadershipZhCN, type LeadershipMessages } from './zh-CN';

declare module '@tjxf/i18n' {
  interface PortalNamespaces {
    leadership: LeadershipMessages;
  }
}

/** The leadership dashboard's messages (namespace `leadership`); shared ones live in @tjxf/i18n. */
export const leadershipMessages: PortalMessages = {
  'zh-CN': { leadership: leadershipZhCN },
  en: { leadership: leadershipEn },
};
