/**
 * The administration console's personal-data access log and editable reference data (issue
 * 10), in Simplified Chinese: spread into `admin` of the workbench's messages.
 */
export const adminConsoleZhCN = {
  // the KPIs of R-P14, named on the weights pages only
  kpi: {
    TIMELY_ACCEPTANCE_RATE: '及时受理率',
    ON_TIME_COMPLETION_RATE: '按期办结率',
    REPEAT_PETITION_RATE: '重复信访率',
    EVALUATION_RATE: '参评率',
    SATISFACTION_RATE: '满意率',
    ONLINE_SHARE: '网上信访占比',
    CASE_OWNERSHIP_RESOLUTION_RATE: '领导包案化解率',
  },
  unitsForm: { kept: '现有单位（取消勾选即移除）', add: '加入该单位' },
  accessLog: {
    title: '个人信息查阅日志',
    intro:
      '每一次查看未遮蔽的个人信息（电话、地址、身份证号、附件）或按个人信息查找来访人，最新的在前。这里只显示谁、何时、哪件信访事项（查询码）、哪类信息和缘由，不显示信息本身和信访事项。',
    filters: '筛选查阅记录',
    reader: '查阅人（用户名）',
    unit: '查阅人所在单位',
    trackingCode: '查询码',
    kind: '信息类别',
    occasion: '缘由',
    listLabel: '个人信息查阅记录',
    badRange: '“自”须早于“至”。',
    noSuchUser: '没有这个用户名的账号。',
  },
  categories: {
    title: '分类与热点问题',
    intro:
      '信访事项分类的增加、改名、停用和热点问题的标记。类别代码一经生成不再改变；停用的类别（连同其下级）不再供新的信访事项选择，已有信访事项保留原类别。每项修改立即生效并记入审计。',
    tree: '分类（含已停用）',
    retired: '已停用',
    top: '添加一级类别',
    chosen: '所选类别：{{code}} {{name}}',
    name: '中文名称',
    nameEn: '英文名称（可不填）',
    rename: '改名',
    renamed: '类别已改名为“{{name}}”。',
    markHot: '标为热点问题',
    unmarkHot: '取消热点问题',
    marked: '“{{name}}”已标为热点问题。',
    unmarked: '“{{name}}”已取消热点问题。',
    retire: '停用',
    retiredNotice: '“{{name}}”及其下级类别已停用。',
    addUnder: '在所选类别下添加',
    addTop: '添加一级类别',
    hotTopic: '热点问题',
    add: '添加',
    added: '已添加类别 {{code}} {{name}}。',
  },
  kpiWeights: {
    title: '考核权重',
    intro:
      '绩效考核各指标的权重。修改作为新版本保存，自所填日期（今天或以后）起生效；旧版本保留可查。各项权重在0到100之间，合计须为100。每次修改记入审计。',
    newVersion: '为方案 {{scheme}} 设定新版本',
    effectiveFrom: '生效日期',
    sum: '合计：{{sum}}',
    save: '保存为新版本',
    saved: '已保存第 {{version}} 版，自 {{from}} 起生效。',
    versions: '各版本',
    version: '第 {{version}} 版 · 自 {{from}} 起 · {{by}} · {{at}}',
    fromStart: '最初',
    seeded: '系统预置',
  },
  accessKind: {
    PHONE: '电话',
    ADDRESS: '地址',
    ID_NUMBER: '身份证号',
    ATTACHMENT: '附件',
    PHONE_LOOKUP: '按电话查找',
    ID_NUMBER_LOOKUP: '按身份证号查找',
    DIGITS_LOOKUP: '按号码尾号查找',
    NAME_LOOKUP: '按姓名查找',
  },
  accessOccasion: {
    PETITION_READ: '查看信访事项',
    CALLER_SEARCH: '查找来访人',
  },
};
