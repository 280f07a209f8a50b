import { useQuery } from '@tanstack/react-query';
import type { UnitNode } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, describeError, ruleSetLabel } from '@tjxf/ui';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { treeAction, typeaheadMatch } from './tree-keys';
import { unitsQuery } from './units-query';
import './unit-tree.css';

interface TreeState {
  expanded: ReadonlySet<string>;
  /** The one item in the tab order (roving tabindex). */
  activeId: string | null;
  activate(item: HTMLElement, toggle: boolean): void;
}

const TreeContext = createContext<TreeState | null>(null);

const ITEM = '[role="treeitem"]';
const itemOf = (target: EventTarget | null) => (target instanceof HTMLElement && target.matches(ITEM) ? target : null);

/**
 * The unit tree (R-NET): 天津市 → districts → streets → communities, with each level's
 * government, petition office and departments. Children load when a unit is expanded.
 * Keyboard use follows the WAI-ARIA tree view pattern; the keys act on the items shown,
 * read from the DOM, which holds exactly the expanded part of the tree.
 */
export function UnitTree({ describedBy }: { describedBy?: string }) {
  const { t } = useTranslation('workbench');
  const roots = useQuery(unitsQuery(null));
  const tree = useRef<HTMLUListElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const setOpen = useCallback((item: HTMLElement, open: boolean) => {
    const id = item.dataset.unitId!;
    // closing a unit that holds the focused one would leave nothing in the tab order
    if (!open && item.parentElement?.querySelector(`:scope > [role="group"] ${ITEM}:focus`)) {
      setFocusedId(id);
      item.focus();
    }
    setExpanded((previous) => {
      const next = new Set(previous);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const activate = useCallback(
    (item: HTMLElement, toggle: boolean) => {
      setFocusedId(item.dataset.unitId!);
      item.focus();
      if (toggle) setOpen(item, item.getAttribute('aria-expanded') !== 'true');
    },
    [setOpen],
  );

  const firstId = roots.data?.[0]?.id ?? null;
  const state = useMemo<TreeState>(
    () => ({ expanded, activeId: focusedId ?? firstId, activate }),
    [expanded, focusedId, firstId, activate],
  );

  if (roots.isPending) return <Loading />;
  if (roots.isError) return <ErrorMessage error={roots.error} onRetry={() => void roots.refetch()} />;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = itemOf(event.target);
    if (!current || !tree.current) return;
    const expandable = current.hasAttribute('aria-expanded');
    const action = treeAction(event, { expandable, expanded: current.getAttribute('aria-expanded') === 'true' });
    if (!action) return;
    event.preventDefault();
    const shown = [...tree.current.querySelectorAll<HTMLElement>(ITEM)];
    const index = shown.indexOf(current);
    const move = (target: HTMLElement | null | undefined) => target && activate(target, false);
    switch (action.type) {
      case 'next':
        return move(shown[index + 1]);
      case 'previous':
        return move(shown[index - 1]);
      case 'first':
        return move(shown[0]);
      case 'last':
        return move(shown.at(-1));
      case 'expand':
        return setOpen(current, true);
      case 'collapse':
        return setOpen(current, false);
      case 'toggle':
        return setOpen(current, current.getAttribute('aria-expanded') !== 'true');
      case 'firstChild':
        return move(current.parentElement?.querySelector<HTMLElement>(`:scope > [role="group"] > li > ${ITEM}`));
      case 'parent':
        return move(current.closest('[role="group"]')?.parentElement?.querySelector<HTMLElement>(`:scope > ${ITEM}`));
      case 'typeahead':
        return move(
          shown[
            typeaheadMatch(
              shown.map((item) => item.dataset.unitName ?? ''),
              index,
              action.character,
            )
          ],
        );
    }
  };

  return (
    <TreeContext value={state}>
      <ul
        ref={tree}
        role="tree"
        className="unit-tree"
        aria-label={t('units.treeLabel')}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      >
        {roots.data.map((unit, i) => (
          <TreeItem key={unit.id} unit={unit} level={1} position={i + 1} size={roots.data.length} />
        ))}
      </ul>
    </TreeContext>
  );
}

interface TreeItemProps {
  unit: UnitNode;
  level: number;
  position: number;
  size: number;
}

function TreeItem({ unit, level, position, size }: TreeItemProps) {
  const { t } = useTranslation();
  const { t: tw } = useTranslation('workbench');
  const tree = useContext(TreeContext)!;
  const expandable = unit.children.length > 0;
  const open = expandable && tree.expanded.has(unit.id);
  const children = useQuery({ ...unitsQuery(unit.id), enabled: open });
  const meta = [
    t(`unitLevel.${unit.level}`),
    unit.kind === 'REGION' ? null : t(`unitKind.${unit.kind}`),
    unit.code ? tw('units.code', { code: unit.code }) : null,
    tw('units.ruleSet', { ruleSet: ruleSetLabel(t, unit.ruleSetCode), code: unit.ruleSetCode }),
  ].filter((part) => part !== null);
  return (
    // the group is the treeitem's sibling, not its child: a treeitem's name comes from its
    // content, which must be its own row only (WCAG 2.5.3, label in name)
    <li role="none" className="tree-node">
      <div
        role="treeitem"
        data-unit-id={unit.id}
        data-unit-name={unit.name}
        aria-level={level}
        aria-posinset={position}
        aria-setsize={size}
        aria-expanded={expandable ? open : undefined}
        aria-busy={open && children.isLoading ? true : undefined}
        tabIndex={tree.activeId === unit.id ? 0 : -1}
        className="tree-row"
        onClick={(event) => tree.activate(event.currentTarget, expandable)}
      >
        <span className={expandable ? 'tree-toggle' : 'tree-toggle tree-leaf'} aria-hidden="true" />
        <span className="tree-name">{unit.name}</span> <span className="tree-meta">{meta.join(' · ')}</span>
      </div>
      {open && children.isLoading ? <p className="tree-note">{tw('units.loadingChildren')}</p> : null}
      {open && children.isError ? (
        <p className="tree-note tree-error" role="alert">
          {tw('units.childrenFailed')} {describeError(children.error, t)} {tw('units.retryHint')}
        </p>
      ) : null}
      {open && children.data ? (
        <ul role="group">
          {children.data.map((child, i) => (
            <TreeItem key={child.id} unit={child} level={level + 1} position={i + 1} size={children.data.length} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
