/**
 * The messages of every area, one file per area and language
 * (`locales/<language>/<area>.json`), merged into one tree per language when the app
 * starts. Each area keeps its own keys (`firms.*`, its `nav.firms` entry, the API's
 * `firm.*` message keys), so a new area adds files instead of editing shared ones.
 */

/** A tree of messages: nested objects with strings at the leaves. */
export interface Messages {
  [key: string]: string | Messages;
}

/**
 * Merges area files into one tree per language. A message defined by two files is a
 * mistake that would hide one of them: it throws, naming both files.
 */
export function mergeMessages(files: Record<string, Messages>): Record<string, Messages> {
  const byLanguage: Record<string, Messages> = {};
  const origin = new Map<string, string>();
  for (const [path, messages] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const match = /\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!match?.[1]) throw new Error(`${path} is not locales/<language>/<area>.json`);
    const language = match[1];
    mergeInto((byLanguage[language] ??= {}), messages, `${language}:`, path, origin);
  }
  return byLanguage;
}

function mergeInto(target: Messages, source: Messages, prefix: string, file: string, origin: Map<string, string>): void {
  for (const [key, value] of Object.entries(source)) {
    const path = `${prefix}${key}`;
    const existing = target[key];
    if (typeof value === 'object' && (existing === undefined || typeof existing === 'object')) {
      const branch = existing ?? {};
      target[key] = branch;
      origin.set(path, origin.get(path) ?? file);
      mergeInto(branch, value, `${path}.`, file, origin);
    } else if (existing === undefined) {
      target[key] = value;
      origin.set(path, file);
    } else {
      throw new Error(`${path.replace(':', ': ')} is defined in both ${origin.get(path)} and ${file}`);
    }
  }
}

/** Every area file, bundled with the app (a few kilobytes each). */
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
