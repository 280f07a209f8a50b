import type { PortalMessages } from '@tjxf/i18n';
import { workbenchEn } from './en';
import { workbenchZhCN, type WorkbenchMessages } from './zh-CN';

declare module '@tjxf/i18n' {
  interface PortalNamespaces {
    workbench: WorkbenchMessages;
  }
}

/** The workbench's messages (namespace `workbench`); shared ones live in @tjxf/i18n. */
export const workbenchMessages: PortalMessages = {
  'zh-CN': { workbench: workbenchZhCN },
  en: { workbench: workbenchEn },
};
