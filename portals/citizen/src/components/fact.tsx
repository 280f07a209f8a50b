import type { ReactNode } from 'react';

/** One row of a `<dl className="facts">`: what, then its value. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd {...(testId ? { 'data-testid': testId } : {})}>{children}</dd>
    </div>
  );
}
