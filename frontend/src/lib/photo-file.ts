/** What the API takes as a product photo: JPEG, PNG or WebP of at most 5 MB. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** For the file input's `accept`. */
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',');

export type PhotoProblem = 'type' | 'tooLarge' | 'empty';

/**
 * Checks a chosen file before it is sent: the browser's type (the server reads the bytes
 * and stays the judge) and the size. Undefined when the file may go.
 */
export function checkPhotoFile(file: Pick<File, 'type' | 'size'>): PhotoProblem | undefined {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > PHOTO_MAX_BYTES) return 'tooLarge';
  return undefined;
}

/** The message key of a problem, the same keys the API answers with. */
export function photoProblemKey(problem: PhotoProblem): 'product.photo.type' | 'product.photo.tooLarge' | 'product.photo.empty' {
  return `product.photo.${problem}`;
}
