export interface LoadMoreButtonProps {
  /** Whether the next page is on its way (the button is disabled and says so). */
  pending: boolean;
  label: string;
  pendingLabel: string;
  onLoad: () => void;
}

/**
 * "Load more" under a list read a page at a time. Rows are added below, and the focus stays
 * on the button, so a keyboard user goes on from where they were.
 */
export function LoadMoreButton({ pending, label, pendingLabel, onLoad }: LoadMoreButtonProps) {
  return (
    <p>
      <button type="button" className="button button-secondary" disabled={pending} onClick={onLoad}>
        {pending ? pendingLabel : label}
      </button>
    </p>
  );
}
