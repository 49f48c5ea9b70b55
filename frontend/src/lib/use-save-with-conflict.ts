import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslate } from '@/i18n/use-translate';
import { ApiError, applyProblemToForm, problemTitle, translateFieldError } from './problem';

export type SaveBusy = 'submit' | 'overwrite' | 'reload';

export interface SaveConflict<Body, Latest> {
  /** The version someone else saved, with its ETag. */
  latest: Latest;
  /** What the user tried to save. */
  mine: Body;
}

/** What a form needs of its save: for its buttons, its errors and its 412 dialog. */
export interface SaveState<Body, Latest> {
  busy: SaveBusy | undefined;
  conflict: SaveConflict<Body, Latest> | undefined;
  /** Why the server refused, for what names no field of the form. */
  serverErrors: { title: string; items: string[] } | undefined;
  /** Saves what the user typed over the version with this ETag. */
  submit: (body: Body, etag: string | undefined) => Promise<void>;
  /** In a conflict: saves the user's version over the latest. */
  overwrite: () => void;
  /** In a conflict: drops the user's changes; `apply` starts the form afresh from the latest version. */
  reload: (apply: (latest: Latest) => void) => void;
}

interface Options<Body, Saved, Latest extends { etag: string }, Form extends FieldValues> {
  /** Sends the body; `etag` is the version to replace (absent when creating). Throws ApiError. */
  save: (body: Body, etag: string | undefined) => Promise<Saved>;
  onSaved: (saved: Saved) => void;
  /** After a 412: the latest version, to compare with the user's (edits only). */
  loadLatest?: () => Promise<Latest>;
  setError: UseFormSetError<Form>;
  /** Whether a react-hook-form path names an input of the form. */
  isFormField: (path: string) => boolean;
  /** The alert's title when the refusal has no problem body. */
  failedTitle: string;
}

/**
 * Saving a form against the API: field errors land on their inputs and the rest above the
 * form; 412 (someone saved first) opens a conflict with the latest version, which the user
 * may load (dropping their changes) or overwrite; 401, 403 and 5xx are the global handler's.
 */
export function useSaveWithConflict<Body, Saved, Latest extends { etag: string }, Form extends FieldValues>({
  save,
  onSaved,
  loadLatest,
  setError,
  isFormField,
  failedTitle,
}: Options<Body, Saved, Latest, Form>): SaveState<Body, Latest> {
  const translate = useTranslate();
  const [busy, setBusy] = useState<SaveBusy | undefined>();
  const [conflict, setConflict] = useState<SaveConflict<Body, Latest> | undefined>();
  const [serverErrors, setServerErrors] = useState<{ title: string; items: string[] } | undefined>();

  const handleFailure = async (error: unknown, body: Body) => {
    if (!(error instanceof ApiError)) return; // no answer: the global handler told the user
    if (error.status === 412 && loadLatest) {
      try {
        setConflict({ latest: await loadLatest(), mine: body });
      } catch {
        // Read outside the query cache (the form's own version must stay put), so no global handler.
        setConflict(undefined);
        setServerErrors({
          title: translate('conflict.title'),
          items: [translate('common.loadError'), translate('common.loadErrorDescription')],
        });
      }
      return;
    }
    setConflict(undefined);
    if (error.status === 401 || error.status === 403 || error.status >= 500) return; // global handler
    const problem = error.problem;
    const unmapped = problem ? applyProblemToForm(problem, setError, translate, isFormField) : [];
    setServerErrors({
      title: problem ? problemTitle(problem, translate) : failedTitle,
      items: unmapped.map((e) => translateFieldError(e, translate)),
    });
  };

  const persist = async (body: Body, etag: string | undefined, kind: SaveBusy) => {
    setBusy(kind);
    setServerErrors(undefined);
    try {
      const saved = await save(body, etag);
      setConflict(undefined);
      onSaved(saved);
    } catch (error) {
      await handleFailure(error, body);
    } finally {
      setBusy(undefined);
    }
  };

  return {
    busy,
    conflict,
    serverErrors,
    submit: (body: Body, etag: string | undefined) => persist(body, etag, 'submit'),
    overwrite: () => {
      if (conflict) void persist(conflict.mine, conflict.latest.etag, 'overwrite');
    },
    reload: (apply: (latest: Latest) => void) => {
      if (!conflict) return;
      setBusy('reload');
      apply(conflict.latest);
      setConflict(undefined);
      setServerErrors(undefined);
      setBusy(undefined);
    },
  };
}
