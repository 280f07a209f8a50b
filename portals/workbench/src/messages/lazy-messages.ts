import { useTranslation, type I18n } from '@tjxf/i18n';

/** The parts already added to each i18n instance. */
const added = new WeakMap<I18n, Set<object>>();

/**
 * Adds a part of the `workbench` messages that only lazily loaded pages use (the front desk,
 * the administration console), so that their words do not weigh on the first page (issue 10's
 * budget of 150 KB). Called at the top of each component that reads them, before `t`.
 */
export function useLazyMessages(part: { 'zh-CN': object; en: object }): void {
  const { i18n } = useTranslation('workbench');
  const parts = added.get(i18n) ?? new Set<object>();
  if (parts.has(part)) return;
  i18n.addResourceBundle('zh-CN', 'workbench', part['zh-CN'], true, false);
  i18n.addResourceBundle('en', 'workbench', part.en, true, false);
  parts.add(part);
  added.set(i18n, parts);
}
