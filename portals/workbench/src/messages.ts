import type { PortalMessages } from '@tjxf/i18n';

/** The workbench's own messages (namespace `workbench`); shared ones live in @tjxf/i18n. */
const zhCN = {
  nav: { units: '单位体系' },
  home: {
    unitsTitle: '单位体系',
    unitsBody: '查看全市信访工作网络：市、区县、街乡镇、居村四级，以及各级人民政府、信访部门和职能部门。',
    unitsLink: '查看单位体系',
  },
  units: {
    title: '单位体系',
    intro: '全市信访工作网络。用方向键浏览：→ 展开，← 收起，↑ ↓ 上下移动，Home / End 到首尾，也可以输入单位名称的首字跳转。',
    treeLabel: '天津市信访工作单位',
    ruleSet: '办理规则：{{ruleSet}}',
    code: '区划代码 {{code}}',
    loadingChildren: '正在加载下级单位…',
    childrenFailed: '下级单位未能加载。',
    retryHint: '请先收起该单位，再展开即可重试。',
  },
};

const en: typeof zhCN = {
  nav: { units: 'Units' },
  home: {
    unitsTitle: 'Units',
    unitsBody:
      'The city’s petition network: city, districts, streets and communities, with each level’s government, petition office and departments.',
    unitsLink: 'Browse the units',
  },
  units: {
    title: 'Units',
    intro:
      'The city’s petition network. Browse with the arrow keys: → expands, ← collapses, ↑ ↓ move, Home / End go to the first or last unit; or type the first letter of a name.',
    treeLabel: 'Petition units of Tianjin',
    ruleSet: 'Rule set: {{ruleSet}}',
    code: 'Region code {{code}}',
    loadingChildren: 'Loading the units below…',
    childrenFailed: 'The units below could not be loaded.',
    retryHint: 'Collapse this unit, then expand it again to retry.',
  },
};

declare module '@tjxf/i18n' {
  interface PortalNamespaces {
    workbench: typeof zhCN;
  }
}

export const workbenchMessages: PortalMessages = {
  'zh-CN': { workbench: zhCN },
  en: { workbench: en },
};
