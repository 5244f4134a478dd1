/**
 * Each widget's tag and Default story args, found from the widgets' story files (a new widget's
 * stories appear in the overview pages with no edit). Vite (Storybook) expands the glob; in Node,
 * where the story-phrase test reads the stories, there is none and the list is empty.
 */
interface StoryModule {
  default: { title?: string; component?: string };
  Default?: { args?: Record<string, unknown> };
}

function storyModules(): Record<string, StoryModule> {
  try {
    return import.meta.glob<StoryModule>(
      [
        './*.stories.ts',
        '!./gallery.stories.ts',
        '!./tokens.stories.ts',
        '!./in-context.stories.ts',
        '!./print.stories.ts',
        '!./checks.stories.ts',
      ],
      { eager: true },
    );
  } catch {
    return {};
  }
}

export const WIDGETS = Object.values(storyModules())
  .filter((m) => m.default.title?.startsWith('Components/') && m.default.component)
  .sort((a, b) => a.default.title!.localeCompare(b.default.title!))
  .map((m) => ({
    title: m.default.title!.replace('Components/', ''),
    tag: m.default.component!,
    args: m.Default?.args ?? {},
  }));
