import type { ReasonCatalogue } from './catalogue.js';

/** Why petition lists, search, personal data and attachments refuse (the procedure's are apart). */
export const petitionsReasons = {
  PETITION_PAGE_SIZE_OUT_OF_RANGE: {
    'zh-CN': '每次可取1到{{max}}件。',
    en: 'Ask for 1 to {{max}} petitions at a time.',
  },
  ACCESS_LOG_PAGE_SIZE_OUT_OF_RANGE: { 'zh-CN': '每次可取1到{{max}}条。', en: 'Ask for 1 to {{max}} entries.' },
  SEARCH_TEXT_REQUIRED: { 'zh-CN': '请输入要搜索的字词。', en: 'Enter words to search for.' },
  KEY_PERSON_PAGE_SIZE_OUT_OF_RANGE: {
    'zh-CN': '每次可取1到{{max}}人。',
    en: 'Ask for 1 to {{max}} people at a time.',
  },
  KEY_PERSON_CONTACT_REQUIRED: {
    'zh-CN': '请填写电话号码或身份证号码，至少一项。',
    en: 'Enter a phone number or an ID number, at least one.',
  },
  KEY_PERSON_BASIS_REQUIRED: {
    'zh-CN': '请写明依据（事实和理由），不少于{{min}}个字。',
    en: 'State the basis (the facts and reasons) in at least {{min}} characters.',
  },
  KEY_PERSON_REVIEW_DATE: {
    'zh-CN': '复核日期须在今天之后、{{days}}天之内。',
    en: 'The review date must be after today and within {{days}} days.',
  },
  KEY_PERSON_ALREADY_MARKED: {
    'zh-CN': '此人已在本单位的重点人员名单中。',
    en: 'This person is already on your office’s register.',
  },
  KEY_PERSON_ALREADY_REMOVED: { 'zh-CN': '此人已从名单中移除。', en: 'This person has already been removed.' },
  LOOKUP_NOT_ALLOWED: {
    'zh-CN': '您的岗位不能按电话号码或身份证号码查找当事人，请按受理编号、姓名或事项查找。',
    en: 'Your role may not look people up by phone or ID number; search by tracking code, name or matter.',
  },
  UPLOAD_QUOTA_REACHED: {
    'zh-CN': '本小时上传的文件已达上限，请稍后再试。',
    en: 'This address has uploaded as much as it may this hour; try again later.',
  },
  FILE_TOO_LARGE: { 'zh-CN': '文件不能超过{{megabytes}}MB。', en: 'The file must be at most {{megabytes}} MB.' },
  FILE_REQUIRED: { 'zh-CN': '请选择要上传的文件。', en: 'Choose a file to upload.' },
  UPLOAD_UNREADABLE: {
    'zh-CN': '上传的内容无法读取，请重新选择文件。',
    en: 'The upload could not be read: choose the file again.',
  },
  ATTACHMENT_NOT_FOUND: { 'zh-CN': '未找到该附件。', en: 'No such attachment.' },
  FILE_TYPE_NOT_ACCEPTED: {
    'zh-CN': '只能上传图片（JPG、PNG）、PDF、Word、Excel或音视频文件。',
    en: 'Attach pictures (JPG, PNG), PDF, Word, Excel, sound or video only.',
  },
} as const satisfies ReasonCatalogue;
