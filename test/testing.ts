/**
 * What the browser tests import instead of `@open-wc/testing` (which it re-exports). A failing
 * assertion whose actual or expected value is a DOM node (`expect(part).to.equal(null)`) made
 * web-test-runner's report of it crash the test browser: the whole file then showed only as
 * "browser disconnected", without the failure. A root hook turns such values into short
 * descriptions first, so the failure reads `expected '<span part="fill">' to equal null`.
 */
export * from '@open-wc/testing';

/** `<span part="fill" class="fill">`, `#text "84%"`: enough to recognise the node. */
function describeNode(node: Node): string {
  if (node instanceof Element) {
    const attrs = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    return `<${node.localName}${attrs}>`;
  }
  return `${node.nodeName} ${JSON.stringify(node.textContent?.slice(0, 40) ?? '')}`;
}

const printable = (value: unknown): unknown =>
  value instanceof Node
    ? describeNode(value)
    : Array.isArray(value) && value.some((v) => v instanceof Node)
      ? value.map(printable)
      : value;

afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  err.actual = printable(err.actual);
  err.expected = printable(err.expected);
});
