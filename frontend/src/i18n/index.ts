import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './merge';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';
export const LANGUAGE_STORAGE_KEY = 'iwaki-matching.language';

/**
 * Each language's messages are a chunk of their own, loaded when the language is used: the
 * landing page carries one language, not both (it has a size budget, scripts/bundle-size.mjs).
 */
const BUNDLES: Record<Language, () => Promise<{ default: Messages }>> = {
  ja: () => import('./bundles/ja'),
  en: () => import('./bundles/en'),
};

async function messagesFor(language: Language): Promise<Messages> {
  return (await BUNDLES[language]()).default;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies): the app still works in Japanese.
    return undefined;
  }
}

export function storedLanguage(): Language {
  const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
  storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
}

/** Initialises the app's i18next with the stored language's messages, else Japanese. */
export async function initI18n(): Promise<typeof i18next> {
  if (i18next.isInitialized) return i18next;
  i18next.on('languageChanged', applyLanguage);
  const language = storedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: await messagesFor(language) } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
  });
  return i18next;
}

/** Switches the app to a language, loading its messages first (once). */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await messagesFor(language), true, false);
  }
  await i18next.changeLanguage(language);
}

export { i18next as i18n };
