import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messagesOf } from './messages';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';
export const LANGUAGE_STORAGE_KEY = 'iwaki-matching.language';

export const resources = {
  ja: { translation: messagesOf('ja') },
  en: { translation: messagesOf('en') },
};

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

/** Initialises the app's i18next: the stored language, else Japanese. */
export async function initI18n(): Promise<typeof i18next> {
  if (i18next.isInitialized) return i18next;
  i18next.on('languageChanged', applyLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export { i18next as i18n };
