import { parseRecordId } from '@/lib/record-id';

/** The `$id` of /firms/$id as the API's int64 id, or undefined for anything else (/firms/abc). */
export const parseFirmId: (param: string) => number | undefined = parseRecordId;
