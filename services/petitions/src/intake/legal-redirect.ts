import { PetitionKind } from '@tjxf/domain';
import { LegalChannel } from '../category/category.entity.js';

/**
 * The written notices of 诉访分离 (R-P2; 《信访工作条例》 Art. 29–31): a matter for the
 * courts, arbitration, administrative review, the people's congress, the procuratorate or
 * discipline inspection is not accepted as a petition; the petitioner is told where to go.
 */
export const REDIRECT_NOTICES: Record<LegalChannel, string> = {
  LITIGATION:
    '您反映的事项属于应当通过诉讼解决的事项。根据《信访工作条例》第三十一条，请依法向有管辖权的人民法院提起诉讼或者申请再审、执行。' +
    ' This matter is for the courts: please bring it before the competent people’s court.',
  ARBITRATION:
    '您反映的事项属于应当通过仲裁解决的事项。根据《信访工作条例》第三十一条，请依法向劳动人事争议仲裁委员会或者有关仲裁机构申请仲裁。' +
    ' This matter is for arbitration: please apply to the labour dispute arbitration committee or the competent arbitration body.',
  ADMINISTRATIVE_REVIEW:
    '您反映的事项属于可以通过行政复议解决的事项。根据《信访工作条例》第三十一条，请依法向有关行政复议机关申请行政复议。' +
    ' This matter is for administrative review: please apply to the competent review body.',
  PEOPLES_CONGRESS:
    '您反映的事项属于各级人民代表大会及其常务委员会职权范围内的事项，请依法向有关人民代表大会常务委员会提出。' +
    ' This matter is for the people’s congress: please bring it before its standing committee.',
  PROCURATORATE:
    '您反映的事项属于人民检察院职权范围内的事项，请依法向有关人民检察院提出。' +
    ' This matter is for the procuratorate: please bring it before the competent people’s procuratorate.',
  DISCIPLINE_INSPECTION:
    '您检举控告的事项属于纪检监察机关受理范围。根据《信访工作条例》第三十条，请向有管辖权的纪检监察机关提出，或者登录12388举报网站。' +
    ' Reports against officials are for the discipline inspection and supervision bodies: please bring it to them, or use the 12388 reporting website.',
};

/**
 * Where the matter belongs, if not here: the category's channel; discipline inspection only
 * for a report (a complaint about an official's conduct is a petition).
 */
export function legalChannelOf(kind: PetitionKind, categoryChannel: LegalChannel | null): LegalChannel | null {
  if (!categoryChannel) return null;
  if (categoryChannel === LegalChannel.DISCIPLINE_INSPECTION && kind !== PetitionKind.REPORT) return null;
  return categoryChannel;
}
