import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import typedKeys from './i18next.d.ts?raw';
import { loadLazyMessages } from './lazy-messages';
import { messagesOf, type Messages } from './messages';

const LAZY = import.meta.glob<Messages>('./lazy/*/*.json', { eager: true, import: 'default' });

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}
const keySet = (messages: unknown) => [...new Set(keys(messages).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();

function filesOf(language: string): Map<string, Messages> {
  const files = new Map<string, Messages>();
  for (const [path, messages] of Object.entries(LAZY)) {
    const match = /\/lazy\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] === language && match[2]) files.set(match[2], messages);
  }
  return files;
}

describe('messages loaded with their pages', () => {
  it('have the same keys in Japanese and English, file by file, and are typed', () => {
    const english = filesOf('en');
    expect([...filesOf('ja').keys()].sort()).toEqual([...english.keys()].sort());
    for (const [name, messages] of filesOf('ja')) {
      expect(keySet(english.get(name)), name).toEqual(keySet(messages));
      expect(typedKeys, name).toContain(`from './lazy/ja/${name}.json'`);
    }
  });

  it('never define a message the app already has', () => {
    const eager = new Set(keys(messagesOf('ja')));
    for (const [name, messages] of filesOf('ja')) {
      const clashes = keys(messages).filter((k) => eager.has(k));
      expect(clashes, name).toEqual([]);
    }
  });

  it('are added to i18next in every language when loaded', async () => {
    await i18next.init({ resources: { ja: { translation: {} }, en: { translation: {} } }, lng: 'ja' });
    await loadLazyMessages('surveys', 'survey-answer');
    expect(i18next.getFixedT('ja')('surveyAnswer.submit')).toBe('回答を送信');
    expect(i18next.getFixedT('en')('surveys.title')).toBe('Needs surveys');
    await expect(loadLazyMessages('nonexistent')).rejects.toThrow(/nonexistent/);
  });
});
