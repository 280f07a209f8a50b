/**
 * The category taxonomy of petition content (信访内容分类), three levels. The hot issues of the
 * source text are first-class (R-HOT): land requisition, urban demolition, environmental
 * protection, enterprise restructuring. Categories marked with a legal channel are matters
 * for litigation, arbitration, administrative review or another body (R-P2, 诉访分离): a
 * petition in them is redirected with a written notice. The list is data: seeded here,
 * editable in the database.
 */
export interface TaxonomyNode {
  code: string;
  zh: string;
  en: string;
  hot?: boolean;
  legalChannel?: LegalChannelCode;
  children?: TaxonomyNode[];
}

export type LegalChannelCode =
  | 'LITIGATION'
  | 'ARBITRATION'
  | 'ADMINISTRATIVE_REVIEW'
  | 'PEOPLES_CONGRESS'
  | 'PROCURATORATE'
  | 'DISCIPLINE_INSPECTION';

const leaf = (code: string, zh: string, en: string, extra: Partial<TaxonomyNode> = {}): TaxonomyNode => ({
  code,
  zh,
  en,
  ...extra,
});

export const TAXONOMY: TaxonomyNode[] = [
  {
    code: '01',
    zh: '城乡建设',
    en: 'Urban and rural construction',
    children: [
      {
        code: '0101',
        zh: '城市建设拆迁',
        en: 'Urban demolition',
        hot: true,
        children: [
          leaf('010101', '拆迁补偿安置', 'Demolition compensation and resettlement'),
          leaf('010102', '违法强制拆除', 'Unlawful forced demolition'),
          leaf('010103', '回迁房建设与交付', 'Resettlement housing'),
        ],
      },
      {
        code: '0102',
        zh: '住房保障与房地产',
        en: 'Housing',
        children: [
          leaf('010201', '物业管理服务', 'Property management'),
          leaf('010202', '房屋质量与维修', 'Building quality and repairs'),
          leaf('010203', '保障性住房', 'Subsidised housing'),
          leaf('010204', '商品房交付与办证', 'Delivery and title of new homes'),
        ],
      },
      {
        code: '0103',
        zh: '城市管理',
        en: 'Urban management',
        children: [
          leaf('010301', '市容环境卫生', 'City appearance and sanitation'),
          leaf('010302', '违法建设', 'Unlawful construction'),
          leaf('010303', '供热供气供水', 'Heating, gas and water supply'),
          leaf('010304', '市政设施与道路', 'Municipal facilities and roads'),
        ],
      },
    ],
  },
  {
    code: '02',
    zh: '国土资源',
    en: 'Land and resources',
    children: [
      {
        code: '0201',
        zh: '土地征收征用',
        en: 'Land requisition',
        hot: true,
        children: [
          leaf('020101', '征地补偿', 'Compensation for requisitioned land'),
          leaf('020102', '被征地农民安置与社保', 'Resettlement and social security of landless farmers'),
          leaf('020103', '违法占地', 'Unlawful occupation of land'),
        ],
      },
      {
        code: '0202',
        zh: '农村土地承包',
        en: 'Rural land contracts',
        children: [
          leaf('020201', '承包经营权纠纷', 'Disputes over contracted land'),
          leaf('020202', '宅基地', 'Rural housing land'),
        ],
      },
    ],
  },
  {
    code: '03',
    zh: '环境保护',
    en: 'Environmental protection',
    hot: true,
    children: [
      {
        code: '0301',
        zh: '污染防治',
        en: 'Pollution',
        children: [
          leaf('030101', '大气污染', 'Air pollution'),
          leaf('030102', '水污染', 'Water pollution'),
          leaf('030103', '噪声污染', 'Noise'),
          leaf('030104', '固体废物与土壤污染', 'Solid waste and soil pollution'),
        ],
      },
      {
        code: '0302',
        zh: '生态保护',
        en: 'Ecological protection',
        children: [
          leaf('030201', '生态破坏', 'Damage to the ecology'),
          leaf('030202', '环评与审批', 'Environmental impact assessment'),
        ],
      },
    ],
  },
  {
    code: '04',
    zh: '经济管理',
    en: 'Economic management',
    children: [
      {
        code: '0401',
        zh: '企业重组改制',
        en: 'Enterprise restructuring',
        hot: true,
        children: [
          leaf('040101', '改制职工安置', 'Placement of workers after restructuring'),
          leaf('040102', '国有资产处置', 'Disposal of state assets'),
          leaf('040103', '企业破产清算', 'Bankruptcy and liquidation'),
        ],
      },
      {
        code: '0402',
        zh: '市场监管与消费',
        en: 'Markets and consumers',
        children: [
          leaf('040201', '消费维权', 'Consumer rights'),
          leaf('040202', '食品药品安全', 'Food and drug safety'),
        ],
      },
    ],
  },
  {
    code: '05',
    zh: '劳动和社会保障',
    en: 'Labour and social security',
    children: [
      {
        code: '0501',
        zh: '劳动报酬',
        en: 'Pay',
        children: [
          leaf('050101', '拖欠工资', 'Unpaid wages'),
          leaf('050102', '农民工工资', 'Wages of migrant workers'),
        ],
      },
      {
        code: '0502',
        zh: '社会保险',
        en: 'Social insurance',
        children: [
          leaf('050201', '养老保险', 'Pension insurance'),
          leaf('050202', '医疗保险', 'Medical insurance'),
          leaf('050203', '工伤保险', 'Work injury insurance'),
        ],
      },
      {
        code: '0503',
        zh: '劳动关系',
        en: 'Employment relations',
        children: [
          leaf('050301', '劳动合同', 'Employment contracts'),
          leaf('050302', '劳动争议（应申请劳动仲裁）', 'Labour disputes (for labour arbitration)', {
            legalChannel: 'ARBITRATION',
          }),
        ],
      },
    ],
  },
  {
    code: '06',
    zh: '涉法涉诉',
    en: 'Law-related',
    children: [
      {
        code: '0601',
        zh: '诉讼事项',
        en: 'Matters for the courts',
        children: [
          leaf('060101', '不服法院生效裁判', 'Objection to a final court judgment', { legalChannel: 'LITIGATION' }),
          leaf('060102', '民事纠纷（应提起诉讼）', 'Civil disputes (for the courts)', { legalChannel: 'LITIGATION' }),
          leaf('060103', '申请执行', 'Enforcement of judgments', { legalChannel: 'LITIGATION' }),
        ],
      },
      {
        code: '0602',
        zh: '行政复议事项',
        en: 'Matters for administrative review',
        children: [
          leaf('060201', '不服行政处罚决定', 'Objection to an administrative penalty', {
            legalChannel: 'ADMINISTRATIVE_REVIEW',
          }),
          leaf('060202', '不服行政许可决定', 'Objection to a licensing decision', {
            legalChannel: 'ADMINISTRATIVE_REVIEW',
          }),
        ],
      },
      {
        code: '0603',
        zh: '执法监督',
        en: 'Law enforcement',
        children: [
          leaf('060301', '公安执法', 'Policing'),
          leaf('060302', '检察监督事项', 'Matters for the procuratorate', { legalChannel: 'PROCURATORATE' }),
        ],
      },
    ],
  },
  {
    code: '07',
    zh: '农村农业',
    en: 'Rural affairs and agriculture',
    children: [
      {
        code: '0701',
        zh: '农村集体事务',
        en: 'Village collective affairs',
        children: [
          leaf('070101', '村务公开与财务', 'Village accounts and openness'),
          leaf('070102', '集体收益分配', 'Distribution of collective income'),
        ],
      },
      { code: '0702', zh: '惠农政策', en: 'Rural subsidies', children: [leaf('070201', '惠农补贴', 'Farm subsidies')] },
    ],
  },
  {
    code: '08',
    zh: '教育卫生',
    en: 'Education and health',
    children: [
      {
        code: '0801',
        zh: '教育',
        en: 'Education',
        children: [leaf('080101', '入学与招生', 'School admissions'), leaf('080102', '教育收费', 'School fees')],
      },
      {
        code: '0802',
        zh: '卫生健康',
        en: 'Health',
        children: [leaf('080201', '医疗服务', 'Medical services'), leaf('080202', '医疗纠纷', 'Medical disputes')],
      },
    ],
  },
  {
    code: '09',
    zh: '民政与社会救助',
    en: 'Civil affairs and social assistance',
    children: [
      {
        code: '0901',
        zh: '社会救助',
        en: 'Social assistance',
        children: [
          leaf('090101', '最低生活保障', 'Minimum living allowance'),
          leaf('090102', '临时救助', 'Emergency assistance'),
        ],
      },
      {
        code: '0902',
        zh: '养老服务',
        en: 'Care for the elderly',
        children: [leaf('090201', '养老机构与服务', 'Care homes and services')],
      },
    ],
  },
  {
    code: '10',
    zh: '交通运输',
    en: 'Transport',
    children: [
      {
        code: '1001',
        zh: '公共交通',
        en: 'Public transport',
        children: [leaf('100101', '公交地铁服务', 'Bus and metro services'), leaf('100102', '出租车与网约车', 'Taxis')],
      },
    ],
  },
  {
    code: '11',
    zh: '纪检监察',
    en: 'Discipline inspection',
    children: [
      {
        code: '1101',
        zh: '检举控告',
        en: 'Reports against officials',
        children: [
          leaf('110101', '违纪违法行为', 'Breaches of discipline or law by officials', {
            legalChannel: 'DISCIPLINE_INSPECTION',
          }),
          leaf('110102', '工作作风', 'Conduct of officials'),
        ],
      },
    ],
  },
  {
    code: '12',
    zh: '党务政务',
    en: 'Party and government affairs',
    children: [
      {
        code: '1201',
        zh: '政策建议',
        en: 'Policy suggestions',
        children: [
          leaf('120101', '献计献策', 'Suggestions to the government'),
          leaf('120102', '政务公开', 'Openness of government'),
        ],
      },
      {
        code: '1202',
        zh: '人大代表与选举',
        en: 'People’s congress matters',
        children: [
          leaf('120201', '应由人大处理的事项', 'Matters for the people’s congress', {
            legalChannel: 'PEOPLES_CONGRESS',
          }),
        ],
      },
    ],
  },
  {
    code: '99',
    zh: '其他',
    en: 'Other',
    children: [{ code: '9901', zh: '其他事项', en: 'Other matters', children: [leaf('990101', '其他', 'Other')] }],
  },
];
