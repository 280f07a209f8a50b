import type { PortalMessages } from '@tjxf/i18n';
import { citizenEn } from './en';
import { citizenZhCN, type CitizenMessages } from './zh-CN';

declare module '@tjxf/i18n' {
  interface PortalNamespaces {
    citizen: CitizenMessages;
  }
}

/** The citizen portal's messages (namespace `citizen`); shared ones live in @tjxf/i18n. */
export const citizenMessages: PortalMessages = {
  'zh-CN': { citizen: citizenZhCN },
  en: { citizen: citizenEn },
};

export { citizenEn, citizenZhCN, type CitizenMessages };
