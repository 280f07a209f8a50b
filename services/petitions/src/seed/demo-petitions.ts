import { Channel, PetitionKind, PetitionStatus } from '@tjxf/domain';

export interface DemoPetition {
  key: string;
  kind: PetitionKind;
  channel: Channel;
  /** REGISTERED as received; AWAITING_ACCEPTANCE once forwarded to the lead unit; ACCEPTED once it accepted. */
  status: PetitionStatus;
  categoryCode: string;
  regionCode: string;
  title: string;
  content: string;
  daysAgo: number;
  /** Seed key of the registering petition office. */
  officeKey: string;
  leadUnitKey: string | null;
  petitioner: { name: string; phone: string; idNumber?: string };
}

/** Demo petitions: invented people and matters of the kinds the source text names as hot issues. */
export const DEMO_PETITIONS: readonly DemoPetition[] = [
  {
    key: 'hexi-heating',
    kind: PetitionKind.COMPLAINT,
    channel: Channel.LETTER,
    status: PetitionStatus.AWAITING_ACCEPTANCE,
    categoryCode: '010303',
    regionCode: '120103003',
    title: '小区冬季供暖温度长期不达标',
    content:
      '我家住在河西区桃园街道某小区，入冬以来室内温度一直低于16度，多次向物业反映没有解决，请有关部门督促供热单位整改。',
    daysAgo: 3,
    officeKey: '120103/xfb',
    leadUnitKey: '120103/zj',
    petitioner: { name: '刘桂兰', phone: '13820001111', idNumber: '120103195806120023' },
  },
  {
    key: 'hexi-demolition',
    kind: PetitionKind.COMPLAINT,
    channel: Channel.VISIT,
    status: PetitionStatus.ACCEPTED,
    categoryCode: '010101',
    regionCode: '120103010',
    title: '旧房拆迁补偿标准不清楚',
    content: '陈塘庄街道旧楼区改造，拆迁补偿标准没有公示，希望相关部门公开补偿方案并答复我们的疑问。',
    daysAgo: 12,
    officeKey: '120103/xfb',
    leadUnitKey: '120103/zj',
    petitioner: { name: '张建国', phone: '13920002222' },
  },
  {
    key: 'hexi-noise',
    kind: PetitionKind.COMPLAINT,
    channel: Channel.PHONE,
    status: PetitionStatus.AWAITING_ACCEPTANCE,
    categoryCode: '030103',
    regionCode: '120103013',
    title: '工地夜间施工噪音扰民',
    content: '梅江街道附近工地每天晚上十点以后仍在施工，噪音很大，影响居民休息，请求环保部门查处。',
    daysAgo: 6,
    officeKey: '120103/xfb',
    leadUnitKey: '120103/sthj',
    petitioner: { name: '王秀珍', phone: '13612003333' },
  },
  {
    key: 'city-housing-fund',
    kind: PetitionKind.SUGGESTION,
    channel: Channel.LETTER,
    status: PetitionStatus.AWAITING_ACCEPTANCE,
    categoryCode: '120101',
    regionCode: '120101',
    title: '建议简化住房公积金提取手续',
    content: '建议市住房公积金管理部门进一步简化提取手续，实现网上办理，方便群众。',
    daysAgo: 1,
    officeKey: '120000/xfb',
    leadUnitKey: '120000/zj',
    petitioner: { name: '赵明', phone: '15022004444' },
  },
  {
    key: 'binhai-restructuring',
    kind: PetitionKind.COMPLAINT,
    channel: Channel.VISIT,
    status: PetitionStatus.REGISTERED,
    categoryCode: '040101',
    regionCode: '120116',
    title: '企业改制后职工社保接续问题',
    content: '原单位改制后，部分职工的养老保险缴费年限衔接有问题，希望有关部门帮助解决。',
    daysAgo: 2,
    officeKey: '120116/xfb',
    leadUnitKey: null,
    petitioner: { name: '孙立军', phone: '18622005555' },
  },
];
