import { useEffect, useState } from 'react';

/**
 * Focus an element by id after the next render (once a step has changed and its fields
 * exist): `focus('field-title')`. Scrolls it into view for sighted users too.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target.id);
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
    }
  }, [target]);
  // a new object each time, so the same id can be focused twice
  return (id: string) => setTarget({ id });
}
