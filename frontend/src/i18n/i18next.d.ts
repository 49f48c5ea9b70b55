import 'i18next';
import type ja from './locales/ja.json';

// Japanese is the reference: a key missing there is a type error at its call site.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja };
  }
}
