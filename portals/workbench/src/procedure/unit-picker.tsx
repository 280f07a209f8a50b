import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@tjxf/i18n';
import { useViewer } from '@tjxf/ui';
import { useEffect, useState } from 'react';
import { Field } from './field';
import { handlingUnitsQuery, unitAreasQuery } from './unit-choices';

/**
 * The area whose units a form offers (the city or a district, the viewer's own at first),
 * and those units once it is chosen.
 */
export function useAreaUnits() {
  const { data: viewer } = useViewer();
  const areas = useQuery(unitAreasQuery);
  const [areaId, setAreaId] = useState('');
  const ownArea = areas.data?.find((area) => area.code === viewer?.units[0]?.regionCode)?.id;
  useEffect(() => {
    if (!areaId && ownArea) setAreaId(ownArea);
  }, [areaId, ownArea]);
  const units = useQuery({ ...handlingUnitsQuery(areaId), enabled: Boolean(areaId) });
  return { areas, areaId, setAreaId, units };
}

/** The area select of a unit choice: `${id}-area`; its label and hint say what the unit is for. */
export function AreaField({
  id,
  choice,
  onChange,
  label,
  hint,
}: {
  id: string;
  choice: Pick<ReturnType<typeof useAreaUnits>, 'areas' | 'areaId'>;
  onChange: (areaId: string) => void;
  /** Default: the area of the unit that handles a petition. */
  label?: string;
  hint?: string;
}) {
  const { t } = useTranslation('workbench');
  const { areas, areaId } = choice;
  return (
    <Field id={`${id}-area`} label={label ?? t('step.area')} hint={label ? hint : t('step.areaHint')}>
      {(control) => (
        <select
          {...control}
          value={areaId}
          onChange={(e) => onChange(e.target.value)}
          aria-busy={areas.isPending || undefined}
        >
          <option value="">{areas.isPending ? t('inbox.loadingOptions') : t('step.choose')}</option>
          {areas.data?.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface UnitPickerProps {
  id: string;
  lead: string;
  onLead: (unitId: string) => void;
  /** The lead unit's label and hint (default: 承办（牵头）单位). */
  leadLabel?: string;
  leadHint?: string;
  leadProblem?: string | undefined;
  /** Co-handling units, when the step has them. */
  coHandling?: readonly string[];
  onCoHandling?: (unitIds: string[]) => void;
  coHandlingProblem?: string | undefined;
  /** Units the routing rules suggest, best first: one click chooses one as the lead (R-P6). */
  suggestions?: readonly SuggestedUnit[] | undefined;
}

/** A unit the routing rules suggest, with the area it belongs to. */
export interface SuggestedUnit {
  id: string;
  name: string;
  areaId: string | null;
}

/**
 * The lead unit (牵头单位) and co-handling units (协办单位, R-X) of a forward or assignment,
 * or the one unit of another step: first the area (the city or a district, the viewer's own
 * at first), then its government, petition office or departments. Co-handling units come
 * from the same area.
 */
export function UnitPicker({
  id,
  lead,
  onLead,
  leadLabel,
  leadHint,
  leadProblem,
  coHandling = [],
  onCoHandling,
  coHandlingProblem,
  suggestions,
}: UnitPickerProps) {
  const { t } = useTranslation('workbench');
  const choice = useAreaUnits();
  const { areaId, units } = choice;
  const chooseArea = (next: string) => {
    choice.setAreaId(next);
    onLead('');
    onCoHandling?.([]);
  };
  const others = (units.data ?? []).filter((unit) => unit.id !== lead);
  const choose = (unit: SuggestedUnit) => {
    if (unit.areaId && unit.areaId !== areaId) choice.setAreaId(unit.areaId);
    onLead(unit.id);
    onCoHandling?.(unit.areaId === areaId ? coHandling.filter((unitId) => unitId !== unit.id) : []);
  };
  return (
    <>
      {suggestions?.length ? (
        <div className="field" role="group" aria-labelledby={`${id}-suggestions`} data-testid="routing-suggestions">
          <p id={`${id}-suggestions`}>{t('steps.suggestions')}</p>
          <p className="field-hint">{t('steps.suggestionsHint')}</p>
          <div className="button-row">
            {suggestions.map((unit) => (
              <button
                key={unit.id}
                type="button"
                className="button"
                aria-pressed={lead === unit.id}
                onClick={() => choose(unit)}
              >
                {unit.name}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <AreaField id={id} choice={choice} onChange={chooseArea} />
      <Field
        id={`${id}-unitId`}
        label={leadLabel ?? t('step.leadUnit')}
        {...(leadHint ? { hint: leadHint } : {})}
        problem={leadProblem}
      >
        {(control) => (
          <select
            {...control}
            value={lead}
            onChange={(e) => {
              onLead(e.target.value);
              onCoHandling?.(coHandling.filter((unitId) => unitId !== e.target.value));
            }}
            disabled={!areaId}
            aria-busy={units.isFetching || undefined}
          >
            <option value="">{units.isFetching ? t('inbox.loadingOptions') : t('step.choose')}</option>
            {units.data?.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {onCoHandling && lead && others.length > 0 ? (
        <fieldset className="choices" aria-describedby={`${id}-coHandlingUnitIds-hint`}>
          <legend>
            {t('step.coHandling')}
            <span className="optional">{t('step.optional')}</span>
          </legend>
          <p className="field-hint" id={`${id}-coHandlingUnitIds-hint`}>
            {t('step.coHandlingHint')}
          </p>
          {coHandlingProblem ? <p className="field-error">{coHandlingProblem}</p> : null}
          {others.map((unit, i) => (
            <label key={unit.id} className="choice">
              <input
                type="checkbox"
                {...(i === 0 ? { id: `${id}-coHandlingUnitIds` } : {})}
                checked={coHandling.includes(unit.id)}
                onChange={(e) =>
                  onCoHandling(
                    e.target.checked ? [...coHandling, unit.id] : coHandling.filter((unitId) => unitId !== unit.id),
                  )
                }
              />
              <span className="choice-label">{unit.name}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
