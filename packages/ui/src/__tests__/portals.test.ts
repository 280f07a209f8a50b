import { createI18n } from '@tjxf/i18n';
import { describe, expect, it } from 'vitest';
import { rolesLabel } from '../labels.js';
import { canUsePortal, portalsFor } from '../portals.js';

describe('who uses which portal', () => {
  it('lets each demo kind of account into its own portal, and leaders also into the workbench', () => {
    expect(portalsFor(['CITIZEN'])).toEqual(['citizen']);
    for (const role of ['UNIT_HANDLER', 'UNIT_HEAD', 'ADMIN'] as const) {
      expect(portalsFor([role])).toEqual(['workbench']);
    }
    // a petition office reads its area's dashboard too (issue 12)
    expect(portalsFor(['PETITION_OFFICER'])).toEqual(['workbench', 'leadership']);
    // a leader supervises and decides disputed competence in the workbench (R-SUP, R-P7)
    expect(portalsFor(['LEADER'])).toEqual(['workbench', 'leadership']);
    expect(portalsFor(['REPRESENTATIVE'])).toEqual(['liaison']);
    expect(canUsePortal('citizen', ['PETITION_OFFICER'])).toBe(false);
  });

  it('names roles in Chinese, a representative by kind', () => {
    const { t } = createI18n();
    expect(rolesLabel(t, ['PETITION_OFFICER'], null, 'zh-CN')).toBe('信访干部');
    expect(rolesLabel(t, ['REPRESENTATIVE'], 'CPPCC_MEMBER', 'zh-CN')).toBe('政协委员');
    expect(rolesLabel(t, ['UNIT_HANDLER', 'UNIT_HEAD'], null, 'zh-CN')).toBe('承办人和单位负责人');
  });
});
