import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  placeholder?: string;
  /** A hint under the box (how the search matches). */
  description?: string;
  maxLength: number;
  /** The search text in the URL. */
  value: string;
  /** Puts a (trimmed) search text into the URL. */
  onSearch: (q: string) => void;
}

const DEBOUNCE_MS = 300;

/** Searches as the user types, once typing pauses: the URL, not this box, holds the search. */
export function SearchBox({ label, placeholder, description, maxLength, value, onSearch }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [sent, setSent] = useState(value);
  const [seen, setSeen] = useState(value);

  // The URL changed from elsewhere (back button, "clear filters"): show its text.
  // A change that this box made itself leaves the text alone, so typing is never undone.
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value);
      setSent(value);
    }
  }

  const send = (next: string) => {
    const q = next.trim();
    setSent(q);
    if (q !== value) onSearch(q);
  };
  const debounced = useDebouncedCallback(send, DEBOUNCE_MS);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      description={description}
      value={text}
      maxLength={maxLength}
      enterKeyHint="search"
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          debounced.cancel();
          send(text);
        }
      }}
      rightSection={
        text !== '' && (
          <CloseButton
            size="sm"
            aria-label={t('list.clearSearch')}
            onClick={() => {
              debounced.cancel();
              setText('');
              send('');
            }}
          />
        )
      }
    />
  );
}
