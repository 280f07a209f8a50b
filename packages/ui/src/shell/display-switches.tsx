import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useTextSize } from '../preferences/text-size.js';

/**
 * The language switch names the other language in that language (English / 中文), marked
 * with its lang so screen readers pronounce it right; the choice is remembered.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { other, setLanguage } = useLanguage();
  return (
    <button type="button" className="button button-header" lang={other} onClick={() => setLanguage(other)}>
      {t('shell.switchLanguage')}
    </button>
  );
}

/** Large text for older users: a toggle button (aria-pressed), remembered. */
export function TextSizeSwitch() {
  const { t } = useTranslation();
  const { size, setSize } = useTextSize();
  const large = size === 'large';
  return (
    <button
      type="button"
      className="button button-header"
      aria-pressed={large}
      onClick={() => setSize(large ? 'normal' : 'large')}
    >
      <span aria-hidden="true" className="text-size-icon">
        A<span className="text-size-icon-large">A</span>
      </span>{' '}
      {t('shell.largeText')}
    </button>
  );
}
