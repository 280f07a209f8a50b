import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '@tjxf/identity';

export const PORTAL_NAMES = ['citizen', 'workbench', 'leadership', 'liaison'] as const;
export type PortalName = (typeof PORTAL_NAMES)[number];

export interface PortalUser {
  portal: PortalName;
  account: DemoAccount;
  /** The role as the portal shows it, in each language. */
  role: { zh: string; en: string };
  title: { zh: string; en: string };
  /** The heading of the page a signed-in user starts at, when it is not the welcome page. */
  startHeading?: { zh: string; en: string };
}

const account = (username: string): DemoAccount => {
  const found = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
};

/** Each portal's demo user (CONTRACT.md), and what the portal must show for them. */
export const PORTAL_USERS: Record<PortalName, PortalUser> = {
  citizen: {
    portal: 'citizen',
    account: account('citizen'),
    role: { zh: '群众', en: 'Citizen' },
    title: { zh: '群众信访服务', en: 'Citizen portal' },
  },
  workbench: {
    portal: 'workbench',
    account: account('xfb.hexi'),
    role: { zh: '信访干部', en: 'Petition officer' },
    title: { zh: '信访工作台', en: 'Workbench' },
    startHeading: { zh: '收件箱', en: 'Inbox' },
  },
  leadership: {
    portal: 'leadership',
    account: account('leader.city'),
    role: { zh: '领导干部', en: 'Leader' },
    title: { zh: '领导驾驶舱', en: 'Leadership dashboard' },
    // the dashboard is the start page (issue 12)
    startHeading: { zh: '信访工作态势', en: 'Petition work at a glance' },
  },
  liaison: {
    portal: 'liaison',
    account: account('deputy.npc'),
    role: { zh: '人大代表', en: 'NPC deputy' },
    title: { zh: '代表委员联络', en: 'Liaison portal' },
  },
};

export { DEMO_PASSWORD };

/** Where auth.setup.ts keeps a portal user's signed-in browser state. */
export const storageStateOf = (portal: PortalName) => new URL(`../.auth/${portal}.json`, import.meta.url).pathname;

/** Unit staff for the procedure's tests: they sign in to the workbench too (河西区住房和建设委员会). */
export const UNIT_HANDLER = account('handler.hexi.zj');

/** Where auth.setup.ts keeps the unit handler's signed-in workbench state. */
export const unitHandlerState = new URL('../.auth/workbench-handler.json', import.meta.url).pathname;
