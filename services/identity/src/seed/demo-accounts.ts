import { RepresentativeKind, Role } from '@tjxf/domain';

/** The password of every demo account (CONTRACT.md). Never seeded in production. */
export const DEMO_PASSWORD = 'Demo#2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Seed key of the unit (see the units seed): `<region code>/<slug>`, or a street's or community's region code. */
  unitKey: string | null;
  unitName: string | null;
  representativeKind?: RepresentativeKind;
}

/** The demo accounts of CONTRACT.md. Names are invented. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'citizen', displayName: '王小明', role: Role.CITIZEN, unitKey: null, unitName: null },
  {
    username: 'xfb.city',
    displayName: '李文静',
    role: Role.PETITION_OFFICER,
    unitKey: '120000/xfb',
    unitName: '天津市信访办',
  },
  {
    username: 'xfb.hexi',
    displayName: '赵国强',
    role: Role.PETITION_OFFICER,
    unitKey: '120103/xfb',
    unitName: '河西区信访办',
  },
  {
    username: 'handler.hexi.zj',
    displayName: '陈立新',
    role: Role.UNIT_HANDLER,
    unitKey: '120103/zj',
    unitName: '河西区住房和建设委员会',
  },
  {
    username: 'head.hexi.zj',
    displayName: '孙志刚',
    role: Role.UNIT_HEAD,
    unitKey: '120103/zj',
    unitName: '河西区住房和建设委员会',
  },
  {
    username: 'handler.hexi.sthj',
    displayName: '周晓燕',
    role: Role.UNIT_HANDLER,
    unitKey: '120103/sthj',
    unitName: '河西区生态环境局',
  },
  {
    username: 'handler.city.zj',
    displayName: '吴建华',
    role: Role.UNIT_HANDLER,
    unitKey: '120000/zj',
    unitName: '天津市住房和城乡建设委员会',
  },
  // the grassroots (R-NET): a street office's petition officer, and a community's worker, who
  // records and follows the petitions of the community (a petition officer of that unit)
  {
    username: 'xfb.youyilu',
    displayName: '孙晓梅',
    role: Role.PETITION_OFFICER,
    unitKey: '120103007',
    unitName: '友谊路街道',
  },
  {
    username: 'sq.youyilu',
    displayName: '周玉兰',
    role: Role.PETITION_OFFICER,
    unitKey: '120103007002',
    unitName: '寿园里社区居委会',
  },
  {
    username: 'leader.city',
    displayName: '郑海涛',
    role: Role.LEADER,
    unitKey: '120000/government',
    unitName: '天津市人民政府',
  },
  {
    username: 'leader.hexi',
    displayName: '冯丽华',
    role: Role.LEADER,
    unitKey: '120103/government',
    unitName: '河西区人民政府',
  },
  {
    username: 'deputy.npc',
    displayName: '何志明',
    role: Role.REPRESENTATIVE,
    unitKey: null,
    unitName: null,
    representativeKind: RepresentativeKind.NPC_DEPUTY,
  },
  {
    username: 'member.cppcc',
    displayName: '林秀英',
    role: Role.REPRESENTATIVE,
    unitKey: null,
    unitName: null,
    representativeKind: RepresentativeKind.CPPCC_MEMBER,
  },
  { username: 'admin', displayName: '系统管理员', role: Role.ADMIN, unitKey: null, unitName: null },
];
