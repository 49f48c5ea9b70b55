import { mergeMessages, type Messages } from './merge';

export { mergeMessages, type Messages } from './merge';

/**
 * Every area file of every language at once: for tests, which read both languages side by
 * side. The app itself loads only the language in use (bundles/<language>.ts, see index.ts).
 */
const FILES = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

const MERGED = mergeMessages(FILES);

/** One language's messages, all areas merged. */
export function messagesOf(language: string): Messages {
  const messages = MERGED[language];
  if (!messages) throw new Error(`No messages for ${language} under src/i18n/locales`);
  return messages;
}

/** The area files as bundled, by path (for tests). */
export const MESSAGE_FILES: Readonly<Record<string, Messages>> = FILES;

/** i18next resources of both languages, for tests that render messages. */
export const resources = {
  ja: { translation: messagesOf('ja') },
  en: { translation: messagesOf('en') },
};
