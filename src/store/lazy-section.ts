// A 5-year progress file is 1.6 MB, and three quarters of it are review cards and quiz
// attempts that `done`, `skip` and `reset` never look at. In a file this store wrote (see
// verified.ts) each of those two sections sits on a line of its own; it becomes an object
// that parses its bytes the first time anything looks inside. Until then it is written back
// as the very bytes it was read from, and facts recorded at its last write (due counts,
// best scores) stand in for what a parse would find.

interface Section {
  raw: Uint8Array | undefined;
  onLoad: () => void;
}

const sections = new WeakMap<object, Section>();

/** An object (or array) that is `raw`'s JSON, parsed on first use; `onLoad` runs then (memos on it are forgotten). */
export function lazySection<T extends object>(raw: Uint8Array, kind: 'object' | 'array', onLoad: () => void = () => {}): T {
  const target: Record<string | symbol, unknown> | unknown[] = kind === 'array' ? [] : Object.create(null);
  const section: Section = { raw, onLoad };
  const load = () => {
    const bytes = section.raw;
    if (bytes === undefined) return target;
    section.raw = undefined;
    const value: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    // Indices onto an array too (its length follows); not push(...value): 100,000 arguments overflow the stack.
    Object.assign(target, value);
    section.onLoad();
    return target;
  };
  // Every trap loads, then does what it would have done: once loaded it is the parsed value.
  const proxy = new Proxy(target, {
    get: (_t, key) => Reflect.get(load(), key),
    set: (_t, key, value) => Reflect.set(load(), key, value),
    has: (_t, key) => Reflect.has(load(), key),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_t, key) => Reflect.getOwnPropertyDescriptor(load(), key),
    defineProperty: (_t, key, descriptor) => Reflect.defineProperty(load(), key, descriptor),
    deleteProperty: (_t, key) => Reflect.deleteProperty(load(), key),
  }) as T;
  sections.set(proxy, section);
  return proxy;
}

/** The bytes of a section nothing has looked inside yet (undefined: parsed, or never lazy). */
export function untouchedBytes(value: unknown): Uint8Array | undefined {
  // A WeakMap holds objects only, and answers undefined for anything else.
  return sections.get(value as object)?.raw;
}
