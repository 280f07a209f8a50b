import { useTranslation } from '@tjxf/i18n';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../components/status.js';
import { Header } from './header.js';

/**
 * Every page of a portal: skip link, banner, main (the skip link's target) and footer.
 * After an in-app navigation focus moves to main, so keyboard and screen-reader users start
 * at the new content as they would after a page load.
 */
export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {/* pages made with React.lazy load their code on first visit */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
