/** A `datetime-local` value (the administrator's clock) as an instant. */
export const instant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/** What is wrong with a field, said above it (`aria-describedby` of the control names `id`). */
export function FieldProblem({ id, text }: { id: string; text: string }) {
  return (
    <p className="field-error" id={id}>
      {text}
    </p>
  );
}
