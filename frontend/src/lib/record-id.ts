/** The `$id` of a record's path (/firms/$id, /buyers/$id) as the API's int64 id, or undefined for anything else. */
export function parseRecordId(param: string): number | undefined {
  if (!/^[1-9][0-9]{0,15}$/.test(param)) return undefined;
  const id = Number(param);
  return Number.isSafeInteger(id) ? id : undefined;
}
