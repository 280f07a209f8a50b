import { chinaDate } from '@tjxf/calendar';
import { PetitionStatus } from '@tjxf/domain';

/** What happens next, and by when, in the words a petitioner reads (zh, then en). */
export function nextStepOf(status: PetitionStatus, dueAt: Date | null): string {
  const day = dueAt ? chinaDate(dueAt) : null;
  switch (status) {
    case PetitionStatus.REGISTERED:
      return day
        ? `信访部门将于${day}前作出转送、交办或告知。The petition office will forward or assign it, or tell you where to go, by ${day}.`
        : '信访部门将作出转送、交办或告知。The petition office will forward or assign it, or tell you where to go.';
    case PetitionStatus.REDIRECTED:
      return '该事项不属于信访受理范围，请按告知书所列途径依法提出。This matter belongs to another channel: follow the written notice.';
    case PetitionStatus.AWAITING_ACCEPTANCE:
      return day
        ? `承办单位将于${day}前书面告知是否受理。The responsible unit will tell you in writing whether it accepts it, by ${day}.`
        : '承办单位将书面告知是否受理。The responsible unit will tell you in writing whether it accepts it.';
    case PetitionStatus.ACCEPTED:
      return day
        ? `承办单位正在办理，将于${day}前出具书面答复意见。The unit is handling it and will reply in writing by ${day}.`
        : '承办单位正在办理。The unit is handling it.';
    case PetitionStatus.DECLINED:
      return '承办单位已书面告知不予受理及理由。The unit told you in writing that it does not accept it, and why.';
    case PetitionStatus.REPLIED:
    case PetitionStatus.REVIEWED:
      return '已答复。请对办理情况作出评价；不服的，可在收到答复之日起30日内请求复查（复核）。Please rate how it was handled; if you disagree, you may ask for review within 30 days of the reply.';
    case PetitionStatus.IN_REVIEW:
    case PetitionStatus.IN_RE_REVIEW:
      return day
        ? `上级机关正在复查（复核），将于${day}前答复。The higher authority is reviewing it and will answer by ${day}.`
        : '上级机关正在复查（复核）。The higher authority is reviewing it.';
    case PetitionStatus.RE_REVIEWED:
    case PetitionStatus.CONCLUDED:
      return '该事项已办结终结。The matter is concluded.';
  }
}
