import { useCallback, useState } from 'react';

export type TextSize = 'normal' | 'large';

/** Remembered across visits and shared by the portals (same origin). */
export const TEXT_SIZE_STORAGE_KEY = 'tjxf.textSize';

function readTextSize(): TextSize {
  try {
    return localStorage.getItem(TEXT_SIZE_STORAGE_KEY) === 'large' ? 'large' : 'normal';
  } catch {
    return 'normal'; // storage blocked (private mode, policy): fall back to the default
  }
}

/** Sets the text size on <html>, where the stylesheet scales every rem from. */
export function applyTextSize(size: TextSize = readTextSize()): void {
  if (size === 'large') document.documentElement.dataset.textSize = 'large';
  else delete document.documentElement.dataset.textSize;
}

/** The large-text mode for older users: a toggle, remembered. */
export function useTextSize(): { size: TextSize; setSize(size: TextSize): void } {
  const [size, setState] = useState<TextSize>(readTextSize);
  const setSize = useCallback((next: TextSize) => {
    setState(next);
    applyTextSize(next);
    try {
      localStorage.setItem(TEXT_SIZE_STORAGE_KEY, next);
    } catch {
      // not remembered, but still applied for this visit
    }
  }, []);
  return { size, setSize };
}
