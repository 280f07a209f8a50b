import type { ReasonCatalogue } from './catalogue.js';

/**
 * Why a procedure step (accept, dispose, reply, review, extend, supervise…), intake or a
 * tracking look-up is refused. Each text is the message the servers sent before reasons
 * existed, split into its two languages.
 */
export const procedureReasons = {
  // any step
  PETITION_NOT_FOUND: { 'zh-CN': '未找到该信访事项。', en: 'No such petition.' },
  STEP_FORBIDDEN: { 'zh-CN': '您无权对该信访事项进行此项操作。', en: 'You may not take this step on this petition.' },
  STEP_NOT_ALLOWED_IN_STATUS: {
    // the status travels as extensions.reasonParams.status for programs; people read no code
    'zh-CN': '该信访事项目前所处的办理阶段不能进行此项操作，请刷新页面查看最新情况。',
    en: 'This step is not possible at the stage the petition is in now: reload the page to see where it stands.',
  },
  PETITION_CHANGED_MEANWHILE: {
    'zh-CN': '该信访事项已被他人更新，请刷新后重试。',
    en: 'Someone else changed this petition meanwhile: reload and try again.',
  },
  TEXT_TOO_LONG: { 'zh-CN': '不能超过{{max}}字。', en: 'At most {{max}} characters.' },
  RESPONSIBLE_UNIT_REQUIRED: {
    'zh-CN': '请选择承办单位（政府、部门或信访机构）。',
    en: 'Choose a responsible unit (a government, department or office).',
  },
  REPORTED_UNIT_NOT_ALLOWED: {
    'zh-CN': '检举事项不得交由被检举的单位办理，请选择其他单位。',
    en: 'A report is never given to the unit it reports on: choose another unit.',
  },
  // disposal and competence (R-P6, R-P7)
  REDIRECT_NOTE_REQUIRED: { 'zh-CN': '请写明告知信访人的途径。', en: 'Write where the petitioner must go instead.' },
  REPORT_DATE_NOT_IN_FUTURE: {
    'zh-CN': '报送办结报告的日期须在今天之后。',
    en: 'The report date must be in the future.',
  },
  OBJECTION_REASON_REQUIRED: { 'zh-CN': '请写明异议理由。', en: 'Write why your unit is not competent.' },
  OBJECTION_WINDOW_PASSED: {
    'zh-CN': '提出异议的期限（{{days}}个工作日）已过，请依法受理或不予受理。',
    en: 'The {{days}} working days to object have passed.',
  },
  OBJECTION_AFTER_COMPETENCE_DECIDED: {
    'zh-CN': '受理机关已由共同的上一级机关决定，不能再提出异议。',
    en: 'The common superior decided your unit is competent: no objection is possible.',
  },
  DISPUTE_REASON_REQUIRED: { 'zh-CN': '请写明争议情况。', en: 'Write what the dispute is about.' },
  DISPUTED_UNIT_REQUIRED: {
    'zh-CN': '请选择与提出异议的单位存在争议的单位。',
    en: 'Name the unit the objecting unit disputes competence with.',
  },
  NO_COMMON_SUPERIOR: {
    'zh-CN': '这些单位没有共同的上一级机关，请提请信访工作联席会议协调。',
    en: 'These units have no common superior: refer the dispute to the joint conference.',
  },
  COMMON_SUPERIOR_REPORTED_ON: {
    'zh-CN': '这些单位共同的上一级机关正是被检举的单位，请提请信访工作联席会议协调。',
    en: 'Their common superior is the unit reported on: refer the dispute to the joint conference.',
  },
  COMPETENCE_BEING_DECIDED: {
    'zh-CN': '已提请共同的上一级机关决定受理机关，请等待其决定。',
    en: 'The common superior is deciding who is competent.',
  },
  COMPETENCE_ALREADY_REFERRED: {
    'zh-CN': '已提请共同的上一级机关决定受理机关。',
    en: 'The dispute is already with the common superior.',
  },
  COMPETENCE_NOT_DISPUTED: {
    'zh-CN': '尚无单位提出异议，受理机关没有争议。',
    en: 'No unit has objected: competence is not disputed.',
  },
  NO_COMPETENCE_DISPUTE_PENDING: { 'zh-CN': '没有待决定的受理争议。', en: 'No disputed competence awaits a decision.' },
  // acceptance and handling (R-P7 to R-P9)
  SIMPLIFIED_NOT_FOR_REPEAT: {
    'zh-CN': '重复信访事项不适用简易办理。',
    en: 'A repeat petition cannot be handled the simplified way.',
  },
  DECLINE_REASON_REQUIRED: { 'zh-CN': '请写明不予受理的理由。', en: 'Write why it is not accepted.' },
  EXTENSION_REASON_REQUIRED: { 'zh-CN': '请写明延期理由。', en: 'Write why handling needs more time.' },
  EXTENSION_DAYS_OUT_OF_RANGE: { 'zh-CN': '延期天数须为1至{{max}}天。', en: 'An extension is 1 to {{max}} days.' },
  NO_HANDLING_TO_EXTEND: { 'zh-CN': '当前没有可延长的办理期限。', en: 'No handling time limit to extend.' },
  EXTENSION_ALREADY_GRANTED: { 'zh-CN': '办理期限只能延长一次。', en: 'Handling may be extended once only.' },
  FACTS_REQUIRED: { 'zh-CN': '请写明查明的事实。', en: 'Write the facts found.' },
  REASONS_REQUIRED: { 'zh-CN': '请写明处理理由。', en: 'Write the reasons.' },
  LEGAL_BASIS_REQUIRED: { 'zh-CN': '请写明法律依据。', en: 'Write the legal basis.' },
  // rating (R-P13)
  RATER_UNKNOWN: {
    'zh-CN': '请登录，或提供查询码和手机号后四位。',
    en: 'Sign in, or give the tracking code and phone.',
  },
  NO_UNIT_TO_RATE: { 'zh-CN': '该事项尚无承办单位可评价。', en: 'No responsible unit to rate yet.' },
  ALREADY_RATED: { 'zh-CN': '已评价过，不能重复评价。', en: 'This has already been rated.' },
  // review (R-P10)
  REVIEW_REASON_REQUIRED: { 'zh-CN': '请写明请求复查（复核）的理由。', en: 'Write why you ask for review.' },
  NO_REVIEW_AFTER_MEDIATION: {
    'zh-CN': '该事项已达成调解协议，不适用复查。',
    en: 'The matter ended with a mediation agreement: there is no review.',
  },
  REVIEW_WINDOW_PASSED: {
    'zh-CN': '请求复查（复核）的期限（{{days}}日）已过。',
    en: 'The {{days}} days to ask for review have passed.',
  },
  REVIEW_WINDOW_CLOSED: { 'zh-CN': '请求复查（复核）的期限已过。', en: 'The time to ask for review has passed.' },
  REVIEWER_REPORTED_ON: {
    'zh-CN': '复查（复核）机关正是被检举的单位，请向信访工作联席会议提出。',
    en: 'The reviewing unit is the unit reported on: ask the joint conference instead.',
  },
  NO_REVIEW_CLOCK: { 'zh-CN': '当前没有可中止的复查（复核）期限。', en: 'No review clock is running.' },
  HEARING_ALREADY_UNDER_WAY: { 'zh-CN': '听证已在进行中。', en: 'A hearing is already under way.' },
  NO_HEARING_UNDER_WAY: { 'zh-CN': '当前没有进行中的听证。', en: 'No hearing is under way.' },
  // tasks and recusal (R-X, R-P6, R-P8, R-P13)
  TASK_REPORT_REQUIRED: { 'zh-CN': '请填写办理情况报告。', en: 'Write the report.' },
  TASK_NOT_FOUND: { 'zh-CN': '未找到该任务。', en: 'No such task.' },
  LEAD_TASK_ENDS_WITH_REPLY: { 'zh-CN': '主办任务以答复意见办结。', en: 'The lead task ends with the reply.' },
  TASK_ENDS_WITH_COMPETENCE_DECISION: {
    'zh-CN': '请以“决定受理机关”办结该任务。',
    en: 'This task ends with the decision on competence.',
  },
  TASK_ALREADY_REPORTED: { 'zh-CN': '该任务已报告。', en: 'This task has already been reported.' },
  COMPLETION_REPORT_BEFORE_REPLY: {
    'zh-CN': '请在出具答复意见后报送办结报告。',
    en: 'Report completion after the reply.',
  },
  RECUSAL_REASON_REQUIRED: { 'zh-CN': '请写明回避理由。', en: 'Write why you stand aside.' },
  ALREADY_RECUSED: { 'zh-CN': '您已申请回避。', en: 'You already stand aside from this petition.' },
  // hand-offs to mediation or a legal channel, hearings (R-MED, R-AGT; issue 11)
  HAND_OFF_RECIPIENT_REQUIRED: {
    'zh-CN': '请填写接收的调解组织、人民法院或仲裁机构名称。',
    en: 'Name the mediation committee, court or arbitration commission.',
  },
  HAND_OFF_SUMMARY_REQUIRED: { 'zh-CN': '请填写结果摘要。', en: 'Summarise the outcome.' },
  HAND_OFF_PENDING: {
    'zh-CN': '本事项已移交调解、诉讼或仲裁，请先登记其结果。',
    en: 'The matter is with mediation, a court or arbitration: record its outcome first.',
  },
  NO_HAND_OFF_PENDING: { 'zh-CN': '本事项没有待登记结果的移交。', en: 'No hand-off awaits its outcome.' },
  TOO_MANY_HEARING_PARTICIPANTS: {
    'zh-CN': '听证参加人不能超过{{max}}人。',
    en: 'At most {{max}} hearing participants.',
  },
  MEDIATION_DECIDES_NOTHING: {
    'zh-CN': '人民调解不作裁决，请选择达成协议、未达成协议或撤回。',
    en: 'Mediation decides nothing: choose agreement, no agreement or withdrawn.',
  },
  // intake: the form's fields (R-CH1, R-P3); `{{max}}` is the field's limit
  TITLE_REQUIRED: { 'zh-CN': '请填写标题。', en: 'Enter the title.' },
  TITLE_TOO_LONG: { 'zh-CN': '标题不能超过{{max}}个字。', en: 'The title may be at most {{max}} characters long.' },
  CONTENT_REQUIRED: { 'zh-CN': '请填写内容。', en: 'Enter the content.' },
  CONTENT_TOO_LONG: { 'zh-CN': '内容不能超过{{max}}个字。', en: 'The content may be at most {{max}} characters long.' },
  NAME_REQUIRED: { 'zh-CN': '请填写姓名。', en: 'Enter the name.' },
  NAME_TOO_LONG: { 'zh-CN': '姓名不能超过{{max}}个字。', en: 'The name may be at most {{max}} characters long.' },
  AGENT_NAME_REQUIRED: { 'zh-CN': '请填写代理人姓名。', en: 'Enter the agent’s name.' },
  AGENT_NAME_TOO_LONG: {
    'zh-CN': '代理人姓名不能超过{{max}}个字。',
    en: 'The agent’s name may be at most {{max}} characters long.',
  },
  ADDRESS_TOO_LONG: { 'zh-CN': '地址不能超过{{max}}个字。', en: 'The address may be at most {{max}} characters long.' },
  RELATIONSHIP_TOO_LONG: {
    'zh-CN': '代理关系不能超过{{max}}个字。',
    en: 'The relationship may be at most {{max}} characters long.',
  },
  PHONE_INVALID: {
    'zh-CN': '请填写11位手机号码，或带区号的固定电话。',
    en: 'Enter a mobile number of 11 digits, or a landline with its area code.',
  },
  ID_NUMBER_INVALID: {
    'zh-CN': '身份证号码有误，请核对18位号码。',
    en: 'Enter the 18-character resident ID number; its check digit does not match.',
  },
  ATTACHMENT_ID_INVALID: { 'zh-CN': '附件编号无效。', en: 'Not a valid attachment id.' },
  IDEMPOTENCY_KEY_TOO_SHORT: {
    'zh-CN': '幂等键至少8个字符（请使用UUID）。',
    en: 'The idempotency key must have at least 8 characters (use a UUID).',
  },
  IDEMPOTENCY_KEY_TOO_LONG: { 'zh-CN': '幂等键过长。', en: 'The idempotency key is too long.' },
  REGION_NOT_IN_TIANJIN: { 'zh-CN': '请从列表中选择天津市的地区。', en: 'Choose a place in Tianjin from the list.' },
  TOO_MANY_REPRESENTATIVES: {
    'zh-CN': '集体访最多推选5名代表，其他人员请计入涉及人数。',
    en: 'A collective petition names at most 5 representatives; record the others in the number of people involved.',
  },
  TOO_MANY_ATTACHMENTS: { 'zh-CN': '最多上传{{max}}个附件。', en: 'Attach at most {{max}} files.' },
  PEOPLE_INVOLVED_BELOW_PETITIONERS: {
    'zh-CN': '涉及人数不能少于所列信访人数。',
    en: 'The number of people involved cannot be less than the petitioners named.',
  },
  RECEIVED_AT_IN_FUTURE: { 'zh-CN': '来信来访时间不能晚于现在。', en: 'The time of arrival cannot be in the future.' },
  VALUE_NOT_ACCEPTED: { 'zh-CN': '填写的内容不符合要求，请检查。', en: 'This value is not accepted: check it.' },
  // intake (R-CH1, R-P1 to R-P4)
  CATEGORY_REQUIRED: { 'zh-CN': '请从列表中选择问题类别。', en: 'Choose a category from the list.' },
  ATTACHMENT_UNAVAILABLE: {
    'zh-CN': '附件无效或已过期，请重新上传。',
    en: 'An attachment is unknown, already used or expired: upload it again.',
  },
  INTAKE_RETRY: { 'zh-CN': '请稍后重试。', en: 'Please try again.' },
  RESPONDENT_UNIT_REQUIRED: {
    'zh-CN': '请从列表中选择被反映的单位。',
    en: 'Choose the unit complained about or reported on from the list.',
  },
  PETITIONER_REQUIRED: { 'zh-CN': '请填写信访人姓名和联系电话。', en: 'Name at least one petitioner.' },
  PETITIONER_REQUIRED_UNLESS_REPORT: {
    'zh-CN': '除匿名检举外，请填写信访人。',
    en: 'Name at least one petitioner (only a report may be anonymous).',
  },
  PHONE_REQUIRED_WITHOUT_ACCOUNT: {
    'zh-CN': '未登录提交时请填写手机号码，用于查询办理情况。',
    en: 'Without signing in, give a phone number: you track the petition with it.',
  },
  CHANNEL_REQUIRED: {
    'zh-CN': '请选择来信、来访、来电等渠道。',
    en: 'Choose how it arrived: letter, visit, call, fax, email, hotline or agency.',
  },
  RECEIVED_AT_REQUIRED: { 'zh-CN': '请填写收到的时间。', en: 'Give when it arrived.' },
  NO_PETITION_OFFICE: { 'zh-CN': '您的账号不属于任何信访部门。', en: 'Your account belongs to no petition office.' },
  MATTER_CONCLUDED: {
    'zh-CN': '该事项已经复核终结，以同一事实和理由提出的信访事项不再受理。',
    en: 'This matter was concluded after re-review; the same matter on the same facts is not accepted again.',
  },
  MATTER_CONCLUDED_OWN: {
    'zh-CN': '该事项已经复核终结（查询码 {{trackingCode}}），以同一事实和理由提出的信访事项不再受理。',
    en: 'This matter was concluded after re-review (tracking code {{trackingCode}}); the same matter on the same facts is not accepted again.',
  },
  // tracking without an account
  TRACKING_NO_MATCH: {
    'zh-CN': '未找到该信访事项，请核对查询码和手机号码后四位。',
    en: 'No petition matches this tracking code and phone number.',
  },
  TRACKING_TOO_MANY_TRIES: {
    'zh-CN': '查询次数过多，请{{minutes}}分钟后再试。',
    en: 'Too many tries: try again in {{minutes}} minutes.',
  },
  TRACKING_ONE_PER_REQUEST: {
    'zh-CN': '每次请求只能查询一件信访事项，请分开查询。',
    en: 'Look up one petition per request.',
  },
  // supervision (R-SUP, R-P11)
  SUPERVISION_FORBIDDEN: { 'zh-CN': '您无权进行此项督办操作。', en: 'You may not take this supervision step.' },
  LEVEL_ONLY_BY_ESCALATION: {
    'zh-CN': '约谈、通报由逾期升级产生。',
    en: 'Talks and public notices come from escalation.',
  },
  SUPERVISED_UNIT_REQUIRED: { 'zh-CN': '请选择被督办的单位。', en: 'Choose the unit to supervise.' },
  SUPERVISED_UNIT_HAS_NO_PART: {
    'zh-CN': '只能督办承办、协办、复查或受理该信访事项的单位。',
    en: 'Only a unit with a part in this petition (lead, co-handling, reviewing or receiving) can be supervised on it.',
  },
  ANSWER_DATE_NOT_IN_FUTURE: { 'zh-CN': '答复期限须在今天之后。', en: 'The answer date must be in the future.' },
  SUPERVISION_ANSWER_REQUIRED: { 'zh-CN': '请填写书面答复。', en: 'Write the answer.' },
  SUPERVISION_ORDER_NOT_FOUND: { 'zh-CN': '未找到该督办单。', en: 'No such supervision order.' },
  SUPERVISION_ORDER_ALREADY_ANSWERED: { 'zh-CN': '该督办单已答复。', en: 'This order has already been answered.' },
  SUPERVISION_ORDER_CHANGED_MEANWHILE: {
    'zh-CN': '该督办单已被他人更新。',
    en: 'Someone else changed this order meanwhile.',
  },
  SUPERVISION_PAGE_SIZE: { 'zh-CN': '每页1至{{max}}条。', en: 'A page has 1 to {{max}} orders.' },
} as const satisfies ReasonCatalogue;
