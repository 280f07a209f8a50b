import { useTranslation } from '@tjxf/i18n';
import { useViewer } from '@tjxf/ui';
import type { StaffPetition } from '../petition/petition-query';
import { AnswerOrderForm } from './answer-order-form';
import { SupervisionOrderItem } from './supervision-order-item';

/**
 * The supervision orders about a petition (R-SUP); unit staff answer those issued to one of
 * their units (the server refuses anyone else).
 */
export function PetitionSupervision({ petition }: { petition: StaffPetition }) {
  const { t } = useTranslation('workbench');
  const { data: viewer } = useViewer();
  const unitStaff = viewer?.roles.some((role) => role === 'UNIT_HANDLER' || role === 'UNIT_HEAD') ?? false;
  const ownUnits = new Set(viewer?.units.map((unit) => unit.id));
  if (petition.supervisionOrders.length === 0) return <p>{t('supervision.none')}</p>;
  return (
    <ul className="record-list" data-testid="supervision-orders">
      {petition.supervisionOrders.map((order) => (
        <li key={order.id}>
          <SupervisionOrderItem order={order}>
            {unitStaff && !order.answeredAt && ownUnits.has(order.unit.id) ? (
              <AnswerOrderForm orderId={order.id} petitionId={petition.id} />
            ) : null}
          </SupervisionOrderItem>
        </li>
      ))}
    </ul>
  );
}
