/**
 * Messages an area loads with its pages rather than with the app (locales/ has what the menu
 * and the error handler need at once): the landing page stays within its size budget however
 * many screens an area has. Files: lazy/<language>/<name>.json, typed in i18next.d.ts.
 */
import i18next from 'i18next';
import type { Messages } from './messages';

const FILES = import.meta.glob<Messages>('./lazy/*/*.json', { import: 'default' });

const loading = new Map<string, Promise<void>>();

/** Adds the named message files, in every language, to i18next; once per name. */
export async function loadLazyMessages(...names: string[]): Promise<void> {
  await Promise.all(
    names.map((name) => {
      let pending = loading.get(name);
      if (!pending) {
        const files = Object.entries(FILES).filter(([path]) => path.endsWith(`/${name}.json`));
        if (files.length === 0) return Promise.reject(new Error(`No messages lazy/<language>/${name}.json`));
        pending = Promise.all(
          files.map(async ([path, load]) => {
            const language = /\/lazy\/([a-z]{2})\//.exec(path)?.[1];
            if (language) i18next.addResourceBundle(language, 'translation', await load(), true, false);
          }),
        ).then(() => undefined);
        loading.set(name, pending);
      }
      return pending;
    }),
  );
}

/** The lazy files by path, for tests. */
export const LAZY_MESSAGE_FILES = FILES;
