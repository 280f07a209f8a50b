import { adminConsoleEn } from '../messages/admin-console.en';
import { adminConsoleZhCN } from '../messages/admin-console.zh-CN';
import { useLazyMessages } from '../messages/lazy-messages';

const ADMIN_CONSOLE = { 'zh-CN': { admin: adminConsoleZhCN }, en: { admin: adminConsoleEn } };

/** The console's words for the access log, categories, KPI weights and units, loaded with its pages. */
export const useAdminConsoleMessages = () => useLazyMessages(ADMIN_CONSOLE);
