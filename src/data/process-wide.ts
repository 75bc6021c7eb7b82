/**
 * One value per process, whichever copy of a module asks for it. Astro loads astro.config.mjs,
 * with the rehype plugins and build steps it imports, apart from the bundle that prerenders the
 * pages, so a module that both use (the reading layer, the content loader) runs as two copies in
 * one build, and a module-level cache would be filled twice: kuromoji's dictionary loaded twice,
 * every content file read twice. The value lives on globalThis under Symbol.for(key), which every
 * copy finds; nothing else in src/ keeps state on globalThis.
 */
export function processWide<T>(key: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const symbol = Symbol.for(`mynumber-guide.${key}`);
  if (!(symbol in store)) store[symbol] = create();
  return store[symbol] as T;
}
