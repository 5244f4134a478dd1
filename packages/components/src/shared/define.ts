/**
 * Registers a custom element without throwing when the tag is taken: embeds often load two
 * bundles (or two versions) on one page, and the second registration must not break the article.
 * @returns true when this call registered the tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // Node without a DOM shim: nothing to register
  const existing = registry.get(tag);
  if (existing === ctor) return false;
  if (existing) {
    console.warn(
      `<${tag}> is already defined by another copy of Pearl Charts; keeping the first one.`,
    );
    return false;
  }
  registry.define(tag, ctor);
  return true;
}
