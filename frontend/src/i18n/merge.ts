/**
 * The messages of every area, one file per area and language
 * (`locales/<language>/<area>.json`), merged into one tree per language. Each area keeps its
 * own keys (`firms.*`, its `nav.firms` entry, the API's `firm.*` message keys), so a new area
 * adds files instead of editing shared ones. The app loads one language's tree at start-up
 * (bundles/<language>.ts); messages.ts has every language at once, for tests.
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
