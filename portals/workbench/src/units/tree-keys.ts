/**
 * What a key does in the unit tree, after the WAI-ARIA APG tree view pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/). Pure, so it is tested on its own;
 * the tree applies the action to the items it shows.
 */
export type TreeAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'expand' }
  | { type: 'collapse' }
  | { type: 'toggle' }
  | { type: 'firstChild' }
  | { type: 'parent' }
  | { type: 'typeahead'; character: string };

export interface FocusedItem {
  expandable: boolean;
  expanded: boolean;
}

export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export function treeAction(press: KeyPress, item: FocusedItem): TreeAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null; // leave browser and AT shortcuts alone
  switch (press.key) {
    case 'ArrowDown':
      return { type: 'next' };
    case 'ArrowUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'ArrowRight':
      if (!item.expandable) return null;
      return item.expanded ? { type: 'firstChild' } : { type: 'expand' };
    case 'ArrowLeft':
      return item.expandable && item.expanded ? { type: 'collapse' } : { type: 'parent' };
    case 'Enter':
    case ' ':
      return item.expandable ? { type: 'toggle' } : null;
    default:
      // one printable character (a letter, a digit, a Chinese character from an IME)
      return [...press.key].length === 1 && press.key.trim() !== ''
        ? { type: 'typeahead', character: press.key }
        : null;
  }
}

/**
 * The next item whose name starts with the character, after the current one and wrapping
 * round, or -1. Case-insensitive for Latin letters.
 */
export function typeaheadMatch(names: readonly string[], current: number, character: string): number {
  const wanted = character.toLocaleLowerCase();
  for (let step = 1; step <= names.length; step += 1) {
    const index = (current + step) % names.length;
    if (names[index]!.toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return -1;
}
