import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

/** What every element's states have in common, as far as stories are concerned. */
export interface StoryState {
  name: string;
  description: string;
  locale?: 'en-GB' | 'cy';
  /** A narrow viewport, like a phone. */
  narrow?: boolean;
  /** Errors shown after an attempt to complete. */
  showErrors?: boolean;
}

/**
 * Stories for one element's list of states: `storyFor(name)` makes the story of a state, and
 * `everyStateHasAStory()` (called once all are made) fails loudly if a state was left out, so the
 * stories, the tests and the axe run cannot drift apart.
 *
 * On the docs page, a story in another language than the toolbar's is shown in its own frame: the
 * language is one setting for the whole page, so inline it would switch every story there. A story
 * that shows errors is left off the docs page (it is in the sidebar): showing errors moves focus to
 * the error summary, which would make the docs page jump to it.
 */
export function stateStories<TState extends StoryState, TElement extends Element>(options: {
  states: readonly TState[];
  /** The name of the list, for messages. */
  listName: string;
  tag: string;
  render(state: TState): TemplateResult;
  apply(element: TElement, state: TState): Promise<void>;
}) {
  const withStories = new Set<string>();

  function storyFor(name: string): StoryObj {
    const state = options.states.find((candidate) => candidate.name === name);
    if (!state) {
      throw new Error(`${options.listName} has no state named "${name}"; it has ${options.states.map((s) => s.name).join(', ')}`);
    }
    withStories.add(name);
    const globals: Record<string, unknown> = {};
    if (state.locale) globals.locale = state.locale;
    if (state.narrow) globals.viewport = { value: 'mobile1', isRotated: false };
    return {
      render: () =>
        state.narrow
          ? // The viewport (above) narrows the canvas; the wrapper keeps the docs page and a plain iframe narrow too.
            html`<div style="max-width: 320px">${options.render(state)}</div>`
          : options.render(state),
      play: async ({ canvasElement }) => {
        const element = canvasElement.querySelector<TElement>(options.tag as never);
        if (!element) throw new Error(`The story did not render <${options.tag}>`);
        await options.apply(element, state);
      },
      globals,
      tags: state.showErrors ? ['!autodocs'] : [],
      parameters: {
        // These stories show one fixed state; any playground story has the controls.
        controls: { disable: true },
        docs: {
          description: { story: state.description },
          story: state.locale && state.locale !== 'en-GB' ? { inline: false, height: '1600px' } : {},
        },
      },
    };
  }

  function everyStateHasAStory() {
    const missing = options.states.filter((state) => !withStories.has(state.name));
    if (missing.length) {
      throw new Error(
        `Add a story for each state in ${options.listName}: missing ${missing.map((state) => `export const ${state.name} = storyFor('${state.name}');`).join(' ')}`,
      );
    }
  }

  return { storyFor, everyStateHasAStory };
}
