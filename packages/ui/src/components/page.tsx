import { useTranslation } from '@tjxf/i18n';
import { useEffect, type ReactNode } from 'react';
import { usePortal } from '../shell/portal-context.js';

export interface PageProps {
  /** The page's heading, also the first part of the document title. */
  title: string;
  children?: ReactNode;
}

/** A page of a portal: its one h1, and the document title (page · portal), in the current language. */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  const portal = usePortal();
  const documentTitle = `${title} · ${t(`portal.${portal.id}`)}`;
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      {children}
    </>
  );
}
