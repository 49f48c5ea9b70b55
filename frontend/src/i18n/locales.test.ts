import { describe, expect, it } from 'vitest';
import typedKeys from './i18next.d.ts?raw';
import { MESSAGE_FILES, mergeMessages, messagesOf } from './messages';

const ja = messagesOf('ja');
const en = messagesOf('en');

// i18next picks `key_one`/`key_other` by the language's plural rules; Japanese has one
// form, so `units.FIRMS` in ja matches `units.FIRMS_one` and `units.FIRMS_other` in en.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof messages !== 'object' || messages === null) return out;
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

function keySet(messages: unknown): string[] {
  return [...new Set([...flatten(messages).keys()].map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
}

/** The area files of a language: `firms` → its messages. */
function areaFiles(language: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const [path, messages] of Object.entries(MESSAGE_FILES)) {
    const match = /\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] === language && match[2]) files.set(match[2], messages);
  }
  return files;
}

describe('message files', () => {
  it('come in one file per area, each in Japanese and English', () => {
    const areas = [...areaFiles('ja').keys()].sort();
    expect(areas).toContain('common');
    expect(areas.length).toBeGreaterThan(1);
    expect([...areaFiles('en').keys()].sort()).toEqual(areas);
  });

  it('have the same keys in Japanese and English, file by file', () => {
    const english = areaFiles('en');
    for (const [area, messages] of areaFiles('ja')) {
      expect(keySet(english.get(area)), area).toEqual(keySet(messages));
    }
    expect(keySet(en)).toEqual(keySet(ja));
  });

  it('are all part of the typed keys (i18next.d.ts lists each Japanese file)', () => {
    for (const area of areaFiles('ja').keys()) {
      expect(typedKeys, area).toContain(`from './locales/ja/${area}.json'`);
    }
  });

  it('merge into one tree per language, the nested keys of each area side by side', () => {
    expect(flatten(ja).get('nav.label')).toBe('メインメニュー');
    expect(flatten(ja).get('nav.firms')).toBe('事業者');
    expect(flatten(en).get('firms.title')).toBe('Firms');
  });

  it('refuse a message that two files define', () => {
    const files = {
      './locales/ja/common.json': { nav: { label: 'メインメニュー' } },
      './locales/ja/firms.json': { nav: { firms: '事業者', label: '別の見出し' } },
    };
    expect(() => mergeMessages(files)).toThrow('ja: nav.label is defined in both ./locales/ja/common.json and ./locales/ja/firms.json');
  });

  it('have no empty messages', () => {
    for (const [name, messages] of Object.entries({ ja, en })) {
      for (const [key, value] of flatten(messages)) {
        expect(typeof value === 'string' && value.trim().length > 0, `${name}: ${key}`).toBe(true);
      }
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (value: unknown) => [...String(value).matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();
    const jaFlat = flatten(ja);
    for (const [key, value] of flatten(en)) {
      const jaValue = jaFlat.get(key) ?? jaFlat.get(key.replace(PLURAL_SUFFIX, ''));
      expect(vars(value), key).toEqual(vars(jaValue));
    }
  });

  it('translate the message keys the API sends for projects and for a firm’s advisor', () => {
    const keys = [
      'firm.advisor.unknown',
      'project.title.taken',
      'project.closed',
      'project.contact.notOfCompany',
      'project.product.notOfFirm',
      'project.date.outsideFiscalYear',
      'project.period.order',
      'project.state.transition',
      'validation.sort',
    ];
    for (const [name, messages] of Object.entries({ ja, en })) {
      const flat = flatten(messages);
      for (const key of keys) expect(flat.has(key), `${name}: ${key}`).toBe(true);
    }
  });
});
