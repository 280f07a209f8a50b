import { describe, expect, it } from 'vitest';
import { treeAction, typeaheadMatch } from '../tree-keys';

const closed = { expandable: true, expanded: false };
const open = { expandable: true, expanded: true };
const leaf = { expandable: false, expanded: false };

describe('keys in the unit tree (WAI-ARIA tree view)', () => {
  it('moves with the arrows, Home and End', () => {
    expect(treeAction({ key: 'ArrowDown' }, leaf)).toEqual({ type: 'next' });
    expect(treeAction({ key: 'ArrowUp' }, leaf)).toEqual({ type: 'previous' });
    expect(treeAction({ key: 'Home' }, leaf)).toEqual({ type: 'first' });
    expect(treeAction({ key: 'End' }, leaf)).toEqual({ type: 'last' });
  });

  it('expands a closed unit with →, then enters it; ← closes it, then goes to the parent', () => {
    expect(treeAction({ key: 'ArrowRight' }, closed)).toEqual({ type: 'expand' });
    expect(treeAction({ key: 'ArrowRight' }, open)).toEqual({ type: 'firstChild' });
    expect(treeAction({ key: 'ArrowRight' }, leaf)).toBeNull();
    expect(treeAction({ key: 'ArrowLeft' }, open)).toEqual({ type: 'collapse' });
    expect(treeAction({ key: 'ArrowLeft' }, closed)).toEqual({ type: 'parent' });
    expect(treeAction({ key: 'ArrowLeft' }, leaf)).toEqual({ type: 'parent' });
  });

  it('toggles with Enter and Space, and leaves modified keys to the browser', () => {
    expect(treeAction({ key: 'Enter' }, closed)).toEqual({ type: 'toggle' });
    expect(treeAction({ key: ' ' }, open)).toEqual({ type: 'toggle' });
    expect(treeAction({ key: 'ArrowDown', altKey: true }, leaf)).toBeNull();
    expect(treeAction({ key: 'f', ctrlKey: true }, leaf)).toBeNull();
    expect(treeAction({ key: 'Tab' }, leaf)).toBeNull();
  });

  it('jumps to the next unit starting with a typed character, wrapping round', () => {
    expect(treeAction({ key: '河' }, leaf)).toEqual({ type: 'typeahead', character: '河' });
    const names = ['天津市', '和平区', '河东区', '河西区', 'Binhai'];
    expect(typeaheadMatch(names, 0, '河')).toBe(2);
    expect(typeaheadMatch(names, 2, '河')).toBe(3);
    expect(typeaheadMatch(names, 3, '河')).toBe(2);
    expect(typeaheadMatch(names, 0, 'b')).toBe(4);
    expect(typeaheadMatch(names, 0, '无')).toBe(-1);
  });
});
