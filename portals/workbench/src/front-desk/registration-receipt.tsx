import type { RegisterPetitionMutation } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { Link } from 'react-router';
import { dateInWords, dateTimeInWords } from './official-date';
import { useFrontDeskMessages } from './use-front-desk-messages';

type Registered = RegisterPetitionMutation['registerPetition'];

/** How the receipt names a channel: official words, never the API's codes. */
const CHANNEL_WORDS: Record<string, string> = {
  LETTER: '来信',
  VISIT: '来访',
  PHONE: '来电',
  FAX: '传真',
  EMAIL: '电子邮件',
  HOTLINE_TRANSFER: '12345热线转办',
};

/**
 * 信访事项登记回执: what the visitor takes home (issue 11, R-P1), always in official Chinese —
 * dates in words, Beijing time, the tracking code and no internal codes — and printable on its
 * own (the print style sheet hides the rest of the workbench). A matter not accepted under the
 * skipped-level rule carries the notice naming the lower unit that handles it.
 */
export function RegistrationReceipt({ petition, onAnother }: { petition: Registered; onAnother: () => void }) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const names = (petition.petitioners ?? []).filter((p) => p.role !== 'AGENT').map((p) => p.name);
  const notice = petition.history.find((h) => h.action === 'NOT_ACCEPTED_SKIPPED_LEVEL')?.note ?? null;
  const office = petition.receivingUnit?.name ?? '';
  const now = new Date();
  return (
    <>
      <article
        className="card registration-receipt"
        aria-labelledby="receipt-title"
        data-testid="registration-receipt"
        lang="zh-CN"
      >
        <h2 id="receipt-title">信访事项登记回执</h2>
        <p>{names.length ? `${names.join('、')}${names.length > 1 ? '等' : ''}：` : '信访人：'}</p>
        <p>
          您于{dateTimeInWords(petition.receivedAt)}（北京时间）以{CHANNEL_WORDS[petition.channel] ?? '书面'}
          方式提出的信访事项“
          {petition.title}”，本机关已于{dateInWords(now)}登记。
          {petition.postmarkedOn ? `来信邮戳日期为${dateInWords(petition.postmarkedOn)}。` : ''}
          {petition.peopleInvolved > 1 ? `本次来访共${petition.peopleInvolved}人。` : ''}
        </p>
        <p className="receipt-code">
          查询码：
          <strong className="tracking-code" data-testid="receipt-code">
            {petition.trackingCode}
          </strong>
        </p>
        <p>
          请妥善保管查询码。凭查询码和登记的手机号码后四位，可以在天津市网上信访平台查询办理情况、对办理结果进行评价。
        </p>
        {notice ? (
          <section aria-labelledby="receipt-notice">
            <h3 id="receipt-notice">告知</h3>
            <p data-testid="receipt-notice">{notice}</p>
          </section>
        ) : (
          <p>本机关将自登记之日起十五日内，依法转送、交办有关机关、单位办理，或者告知您向有关机关、单位提出。</p>
        )}
        <p className="receipt-signature">
          {office}
          <br />
          {dateInWords(now)}
        </p>
      </article>
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('frontDesk.receipt.print')}
        </button>
        <Link className="button" to={`/petitions/${petition.id}`}>
          {t('frontDesk.receipt.open')}
        </Link>
        <button type="button" className="button" onClick={onAnother}>
          {t('frontDesk.receipt.another')}
        </button>
      </div>
    </>
  );
}
