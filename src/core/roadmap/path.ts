export type PathSegment = string | number;

/** `['stages', 2, 'topics', 0, 'id']` → `stages[2].topics[0].id`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out || '(root)';
}
