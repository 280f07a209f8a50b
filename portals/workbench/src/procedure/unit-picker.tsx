import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@tjxf/i18n';
import { useViewer } from '@tjxf/ui';
import { useEffect, useState } from 'react';
import { Field } from './field';
import { handlingUnitsQuery, unitAreasQuery } from './unit-choices';

export interface UnitPickerProps {
  id: string;
  lead: string;
  onLead: (unitId: string) => void;
  coHandling: readonly string[];
  onCoHandling: (unitIds: string[]) => void;
  leadProblem?: string | undefined;
  coHandlingProblem?: string | undefined;
}

/**
 * The lead unit (牵头单位) and co-handling units (协办单位, R-X) of a forward or assignment:
 * first the area (the city or a district, the viewer's own at first), then its government,
 * petition office or departments. Co-handling units come from the same area.
 */
export function UnitPicker({
  id,
  lead,
  onLead,
  coHandling,
  onCoHandling,
  leadProblem,
  coHandlingProblem,
}: UnitPickerProps) {
  const { t } = useTranslation('workbench');
  const { data: viewer } = useViewer();
  const areas = useQuery(unitAreasQuery);
  const [areaId, setAreaId] = useState('');
  const ownArea = areas.data?.find((area) => area.code === viewer?.units[0]?.regionCode)?.id;
  useEffect(() => {
    if (!areaId && ownArea) setAreaId(ownArea);
  }, [areaId, ownArea]);
  const units = useQuery({ ...handlingUnitsQuery(areaId), enabled: Boolean(areaId) });
  const chooseArea = (next: string) => {
    setAreaId(next);
    onLead('');
    onCoHandling([]);
  };
  const others = (units.data ?? []).filter((unit) => unit.id !== lead);
  return (
    <>
      <Field id={`${id}-area`} label={t('step.area')} hint={t('step.areaHint')}>
        {(control) => (
          <select
            {...control}
            value={areaId}
            onChange={(e) => chooseArea(e.target.value)}
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
      <Field id={`${id}-unitId`} label={t('step.leadUnit')} problem={leadProblem}>
        {(control) => (
          <select
            {...control}
            value={lead}
            onChange={(e) => {
              onLead(e.target.value);
              onCoHandling(coHandling.filter((unitId) => unitId !== e.target.value));
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
      {lead && others.length > 0 ? (
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
