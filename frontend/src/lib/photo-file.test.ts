import { describe, expect, it } from 'vitest';
import { checkPhotoFile, PHOTO_MAX_BYTES, photoProblemKey } from './photo-file';

describe('checkPhotoFile', () => {
  it.each(['image/jpeg', 'image/png', 'image/webp'])('takes %s', (type) => {
    expect(checkPhotoFile({ type, size: 1000 })).toBeUndefined();
  });

  it.each(['image/gif', 'image/svg+xml', 'application/pdf', ''])('refuses %s', (type) => {
    expect(checkPhotoFile({ type, size: 1000 })).toBe('type');
  });

  it('takes exactly 5 MB and refuses one byte more', () => {
    expect(checkPhotoFile({ type: 'image/png', size: PHOTO_MAX_BYTES })).toBeUndefined();
    expect(checkPhotoFile({ type: 'image/png', size: PHOTO_MAX_BYTES + 1 })).toBe('tooLarge');
  });

  it('refuses an empty file', () => {
    expect(checkPhotoFile({ type: 'image/png', size: 0 })).toBe('empty');
  });

  it("names the API's message keys", () => {
    expect(photoProblemKey('tooLarge')).toBe('product.photo.tooLarge');
  });
});
