import { useTranslation } from '@tjxf/i18n';
import { Page, useViewer } from '@tjxf/ui';
import { KeyPersonEnquiryForm } from './key-person-enquiry';
import { KeyPersonLog } from './key-person-log';
import { AddKeyPersonForm, KeyPersonList } from './key-person-register';
import './key-persons.css';
import { useKeyPersonsMessages } from './use-key-persons-messages';

/**
 * 重点人员 (R-P5, issue 11): a petition office keeps the register of its area (list, mark with
 * a basis and a review date, remove with a reason) and answers a person who asks whether they
 * are marked; the area's leaders read who listed, marked, removed or answered.
 */
export function KeyPersonsPage() {
  useKeyPersonsMessages();
  const { t } = useTranslation('workbench');
  const { data: viewer } = useViewer();
  const office = viewer?.roles.includes('PETITION_OFFICER') ?? false;
  const leader = viewer?.roles.includes('LEADER') ?? false;
  return (
    <Page title={t('keyPersons.title')}>
      <p>{t('keyPersons.intro')}</p>
      {office ? (
        <>
          <KeyPersonList />
          <AddKeyPersonForm />
          <KeyPersonEnquiryForm />
        </>
      ) : null}
      {leader ? <KeyPersonLog /> : null}
      {!office && !leader ? <p>{t('keyPersons.notYours')}</p> : null}
    </Page>
  );
}
