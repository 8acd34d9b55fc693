import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

/**
 * Picks a control for each row the docs take from custom-elements.json. Storybook offers an
 * object control ("Edit … as JSON") for every type it does not recognise, which includes the
 * manifest's `string | undefined` and every event, slot, part and CSS custom property. Here:
 * text for strings, a switch for booleans, a number box for numbers, a select for a union of
 * string literals, and no control for events, slots, parts, custom properties, or properties
 * that hold objects and have no attribute. A control a story sets itself is left alone.
 */

const noControlCategories = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

/** The manifest's type text without the optional parts: `string | undefined` → `string`. */
function requiredPart(typeText: string): string[] {
  return typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
}

// Enhancers run after Storybook normalises argTypes, so controls are written in the normalised form.
const none = { control: { disable: true } };
const control = (type: 'text' | 'boolean' | 'number' | 'select') => ({ control: { type, disable: false } });

function controlFor(argType: StrictInputType): Pick<StrictInputType, 'control' | 'options'> | undefined {
  const category = argType.table?.category;
  if (category && noControlCategories.has(category)) return none;
  const parts = requiredPart(String(argType.type?.name ?? ''));
  if (parts.length === 1 && parts[0] === 'string') return control('text');
  if (parts.length === 1 && (parts[0] === 'boolean' || parts[0] === 'number')) return control(parts[0]);
  const literals = parts.map((part) => /^(['"])(.*)\1$/.exec(part)?.[2]);
  if (parts.length > 0 && literals.every((literal) => literal !== undefined)) {
    return { ...control('select'), options: literals as string[] };
  }
  // An object held only by a property cannot be set from the docs page.
  if (category === 'properties') return none;
  return undefined;
}

export const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    if (!argType || argType.control !== undefined || argType.table?.disable) continue;
    const chosen = controlFor(argType);
    if (chosen) argTypes[name] = { ...argType, ...chosen };
  }
  return argTypes;
};
