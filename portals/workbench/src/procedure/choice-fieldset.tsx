export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

export interface ChoiceFieldsetProps<T extends string> {
  /** The first radio's id, which a refusal focuses; the others derive from it. */
  id: string;
  legend: string;
  /** The words about this choice, shown under the legend and read with each radio. */
  problem?: string | undefined;
  choices: readonly Choice<T>[];
  value: T | '';
  onChange: (value: T) => void;
}

/** One choice among a few, as radios in a fieldset, its problem tied to it (a procedure form's). */
export function ChoiceFieldset<T extends string>({
  id,
  legend,
  problem,
  choices,
  value,
  onChange,
}: ChoiceFieldsetProps<T>) {
  const problemId = `${id}-problem`;
  const describedBy = problem ? problemId : undefined;
  return (
    <fieldset className="choices" aria-invalid={problem ? true : undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {problem ? (
        <p className="field-error" id={problemId}>
          {problem}
        </p>
      ) : null}
      {choices.map((choice, i) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={id}
            id={i === 0 ? id : `${id}-${choice.value}`}
            value={choice.value}
            checked={value === choice.value}
            aria-describedby={
              [describedBy, choice.help ? `${id}-${choice.value}-help` : null].filter(Boolean).join(' ') || undefined
            }
            onChange={() => onChange(choice.value)}
          />
          <span>
            <span className="choice-label">{choice.label}</span>
            {choice.help ? (
              <span id={`${id}-${choice.value}-help`} className="choice-help">
                {choice.help}
              </span>
            ) : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
