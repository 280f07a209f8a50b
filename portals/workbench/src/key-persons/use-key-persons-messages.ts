import { keyPersonsEn } from '../messages/key-persons.en';
import { keyPersonsZhCN } from '../messages/key-persons.zh-CN';
import { useLazyMessages } from '../messages/lazy-messages';

const KEY_PERSONS = { 'zh-CN': { keyPersons: keyPersonsZhCN }, en: { keyPersons: keyPersonsEn } };

/** The key-person register's words, loaded with its page rather than with the inbox. */
export const useKeyPersonsMessages = () => useLazyMessages(KEY_PERSONS);
