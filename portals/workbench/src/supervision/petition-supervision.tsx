import { useTranslation } from '@tjxf/i18n';
import { useViewer } from '@tjxf/ui';
import { useState } from 'react';
import type { StaffPetition } from '../petition/petition-query';
import { AnswerOrderForm } from './answer-order-form';
import { IssueOrderForm } from './issue-order-form';
import { SupervisionOrderItem } from './supervision-order-item';

/**
 * The supervision orders about a petition (R-SUP); petition officers and leaders issue new
 * ones, unit staff answer those issued to one of their units (the server refuses anyone
 * else, and checks the petition is in the issuer's area).
 */
export function PetitionSupervision({ petition }: { petition: StaffPetition }) {
  const { t } = useTranslation('workbench');
  const { data: viewer } = useViewer();
  const [notice, setNotice] = useState<string | null>(null);
  const unitStaff = viewer?.roles.some((role) => role === 'UNIT_HANDLER' || role === 'UNIT_HEAD') ?? false;
  const supervisor = viewer?.roles.some((role) => role === 'PETITION_OFFICER' || role === 'LEADER') ?? false;
  const ownUnits = new Set(viewer?.units.map((unit) => unit.id));
  return (
    <>
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert-success">{notice}</p> : null}
      </div>
      {petition.supervisionOrders.length === 0 ? (
        <p>{t('supervision.none')}</p>
      ) : (
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
      )}
      {supervisor ? (
        <details className="step" data-testid="issue-order">
          <summary>{t('supervision.issue.title')}</summary>
          <IssueOrderForm petition={petition} onDone={setNotice} />
        </details>
      ) : null}
    </>
  );
}
