import type { RiskFlag } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';

// riskLevel 0 to 3 (R-P5); anything higher reads as the highest
const LEVELS = ['none', 'elevated', 'high', 'highest'] as const;

/** A petition's risk (R-P5), for staff: the level in words and the flags that raised it. */
export function RiskBadge({ level, flags }: { level: number; flags: readonly RiskFlag[] }) {
  const { t } = useTranslation('workbench');
  const known = Math.min(Math.max(Math.trunc(level), 0), LEVELS.length - 1);
  const levelText = t(`risk.level.${LEVELS[known]!}`);
  const names = flags.map((flag) => t(`risk.flag.${flag}`)).join(t('risk.separator'));
  return (
    <span className={`risk-badge risk-level-${known}`} data-testid="risk">
      {names ? t('risk.withFlags', { level: levelText, flags: names }) : levelText}
    </span>
  );
}
