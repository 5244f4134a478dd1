// A Vite plugin for the script-tag bundle: the indicator records without their reviewers' notes
// (`note`), which no widget shows and which are an eighth of the data's gzip size. The npm package
// @pearl-charts/data keeps them.
const NOTE = /,\s*"note":\s*"(?:[^"\\]|\\.)*"/g;
const GENERATED = /\/packages\/data\/dist\/generated\/data\.js$/;

/** The generated data module's text without any `"note": "…"` member. */
export function stripNotes(code) {
  return code.replace(NOTE, '');
}

/** @returns {import('vite').Plugin} */
export function widgetData() {
  return {
    name: 'pearl-widget-data',
    transform(code, id) {
      return GENERATED.test(id) ? { code: stripNotes(code), map: null } : null;
    },
  };
}
