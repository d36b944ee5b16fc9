// Small helpers for the collections the code builds everywhere.

/** Adds `value` to the list under `key`, starting the list when there is none (in place: no copy per add). */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
