import { useLazyMessages } from '../messages/lazy-messages';
import { frontDeskEn, frontDeskZhCN } from './messages';

const FRONT_DESK = { 'zh-CN': { frontDesk: frontDeskZhCN }, en: { frontDesk: frontDeskEn } };

/** The front desk's words, loaded with its page (and the review-request form). */
export const useFrontDeskMessages = () => useLazyMessages(FRONT_DESK);
