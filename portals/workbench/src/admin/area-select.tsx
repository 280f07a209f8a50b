import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { AreaField } from '../procedure/unit-picker';
import { handlingUnitsQuery, unitAreasQuery } from '../procedure/unit-choices';

/** An area (the city or a district) and, once chosen, its units other than regions; none at first. */
export function useAdminArea() {
  const areas = useQuery(unitAreasQuery);
  const [areaId, setAreaId] = useState('');
  const units = useQuery({ ...handlingUnitsQuery(areaId), enabled: Boolean(areaId) });
  return { areas, areaId, setAreaId, units };
}

/** The select of the city and its districts, labelled for the administration section. */
export function AreaSelect({
  id,
  choice,
  onChange,
}: {
  id: string;
  choice: ReturnType<typeof useAdminArea>;
  onChange: (areaId: string) => void;
}) {
  const { t } = useTranslation('workbench');
  return <AreaField id={id} choice={choice} onChange={onChange} label={t('admin.units.area')} />;
}
