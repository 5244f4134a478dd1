// The stories' headings and labels follow the Storybook language toolbar (stories/phrases.ts): every
// Chinese text a story passes to a widget is a phrase with its Traditional and English forms, and
// the preview's decorator swaps it for the story's language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TemplateResult } from 'lit';
import { localizeArgs, phrase, PHRASES } from '../../stories/phrases.js';
import { storyFrame } from '../../.storybook/frame.js';
import { toTraditional } from './traditional.js';

const STORIES = fileURLToPath(new URL('../../stories/', import.meta.url));
const HAN = /\p{Script=Han}/u;

/** Every story of every component: its args as the canvas receives them before localization. */
async function componentStories() {
  const out: { story: string; args: Record<string, unknown> }[] = [];
  // The widgets' stories (a `component` each); the overview pages show those same stories' args.
  const files = readdirSync(STORIES).filter(
    (f) =>
      f.endsWith('.stories.ts') && /\bcomponent: '/.test(readFileSync(`${STORIES}${f}`, 'utf8')),
  );
  for (const file of files) {
    const mod = (await import(`${STORIES}${file}`)) as Record<
      string,
      { args?: Record<string, unknown>; component?: string }
    >;
    const meta = mod.default!;
    if (!meta.component?.startsWith('pearl-')) continue;
    for (const [name, story] of Object.entries(mod))
      if (name !== 'default')
        out.push({ story: `${file} ${name}`, args: { ...meta.args, ...story.args } });
  }
  return out;
}

describe('story phrases', () => {
  it('each Traditional form is the Simplified one in standard Traditional (as the data labels are)', () => {
    for (const [hans, forms] of Object.entries(PHRASES))
      assert.equal(forms['zh-Hant'], toTraditional(hans), hans);
  });

  it('each English form is English, and safe inside a JSON string', () => {
    for (const [hans, forms] of Object.entries(PHRASES)) {
      assert.doesNotMatch(forms.en, HAN, hans);
      assert.doesNotMatch(forms.en, /["\\]/, hans);
    }
  });

  it('localizeArgs() swaps phrases for the language, JSON item labels too, and leaves the rest alone', () => {
    const args = {
      heading: '广东占全国的比重',
      label: 'my own words',
      'source-text': '南方日报',
      items: '[{"label":"全国重点实验室","value":45},{"label":"X","value":1}]',
      value: 45,
    };
    assert.deepEqual(localizeArgs(args, 'en'), {
      heading: "Guangdong's share of China's total",
      label: 'my own words',
      'source-text': '南方日报',
      items: '[{"label":"State key laboratories","value":45},{"label":"X","value":1}]',
      value: 45,
    });
    assert.equal(localizeArgs(args, 'zh-TW').heading, '廣東佔全國的比重');
    assert.deepEqual(localizeArgs(args, 'zh-Hans'), args);
    assert.equal(
      localizeArgs({ items: '[{"label": "A", value: 1}]' }, 'en').items,
      '[{"label": "A", value: 1}]',
    );
    assert.equal(phrase('toString', 'en'), 'toString');
  });

  it('every Chinese heading, label or context a story gives a widget is a phrase (quotes excepted)', async () => {
    const stories = await componentStories();
    assert.ok(stories.length > 50, `found ${stories.length} stories`);
    const untranslated: string[] = [];
    for (const { story, args } of stories)
      for (const [name, value] of Object.entries(localizeArgs(args, 'en')))
        if (typeof value === 'string' && name !== 'source-text' && HAN.test(value))
          untranslated.push(`${story}: ${name}=${value}`);
    assert.deepEqual(untranslated, [], 'add these to stories/phrases.ts');
  });

  it('the preview frame hands the story its args in the language of the story, else of the toolbar', () => {
    const args = { heading: '广东占全国的比重', sort: 'descending' };
    /** Runs the decorator as Storybook does; returns the args it passed on and the frame's lang. */
    const frame = (globals: Record<string, string>, parameters: Record<string, string> = {}) => {
      let passed: Record<string, unknown> = {};
      const story = (update?: { args?: Record<string, unknown> }) => {
        passed = update?.args ?? args;
        return 'story';
      };
      const out = (storyFrame as unknown as (s: typeof story, c: object) => TemplateResult)(story, {
        args,
        globals,
        parameters,
      });
      return { heading: passed.heading, sort: passed.sort, lang: out.values[0] };
    };
    assert.deepEqual(frame({ locale: 'en' }), {
      heading: "Guangdong's share of China's total",
      sort: 'descending',
      lang: 'en',
    });
    assert.deepEqual(frame({ locale: 'zh-Hant' }).heading, '廣東佔全國的比重');
    assert.deepEqual(frame({ locale: 'en' }, { locale: 'zh-Hant' }).lang, 'zh-Hant');
    assert.deepEqual(frame({ locale: 'en' }, { locale: 'zh-Hant' }).heading, '廣東佔全國的比重');
    assert.deepEqual(frame({}).heading, '广东占全国的比重');
  });
});
