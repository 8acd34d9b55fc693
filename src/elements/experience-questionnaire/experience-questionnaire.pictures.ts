import { html } from 'lit';
import type { ExperienceAnswer } from '../../schemas/experience-questionnaire.js';

/**
 * The easy-read pictures and answer faces: line drawings of our own, each one path on a 48-unit
 * square, drawn in the text colour (so they follow forced colours and print in grey). They stand
 * beside words that say the same, so screen readers skip them.
 */

/** A circle as path data. */
const ring = (x: number, y: number, r: number) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const person = (x: number) => `${ring(x, 14, 5)}M${x - 9} 40v-6a9 9 0 0 1 18 0v6`;

/** Pictures a question can carry, by what they show. */
export const PICTURES = {
  wheel: `${ring(24, 9, 5)}${ring(24, 32, 12)}M12 32h24M24 32v12`,
  speech: 'M6 8h36v24H20l-8 8v-8H6zM24 14v0m0 6v7',
  people: person(15) + person(33),
  ear: 'M14 20a12 12 0 0 1 24 0c0 10-10 11-10 18a6 6 0 0 1-12 0M20 20a6 6 0 0 1 12 0c0 4-6 5-6 9',
  heart: 'M24 41S6 30 6 18a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 12-18 23-18 23z',
  shield: 'M24 5l16 6v12c0 10-7 18-16 21C15 41 8 33 8 23V11zM17 24l5 5 10-10',
  star: 'M24 5l6 12 13 2-9 9 2 13-12-6-12 6 2-13-9-9 13-2z',
  report: 'M11 4h20l8 8v32H11zM31 4v8h8M17 20h16M17 27h16M17 34h10',
  asking: `${person(14)}M26 5h18v13h-8l-5 5v-5h-5z`,
  ways: 'M15 4h18v40H15zM21 38h6',
  question: `${ring(24, 24, 19)}M18 19a6 6 0 1 1 8 6c-1 .5-2 1.5-2 3v2m0 6v0`,
};

export type QuestionPicture = keyof typeof PICTURES;
export const PICTURE_NAMES = Object.keys(PICTURES) as [QuestionPicture, ...QuestionPicture[]];

const FACE = `${ring(24, 24, 20)}M17 18v2m14-2v2`;
const MOUTHS: Record<ExperienceAnswer, string> = {
  yes: 'M15 28q9 9 18 0',
  partly: 'M15 31h18',
  no: 'M15 34q9-8 18 0',
  'not-sure': 'M14 31q5-4 10 0t10 0',
};

const drawing = (name: string, path: string) =>
  html`<svg class=${name} viewBox="0 0 48 48" aria-hidden="true"><path d=${path} /></svg>`;

export const picture = (name: QuestionPicture) => drawing('picture', PICTURES[name]);

export const face = (answer: ExperienceAnswer) => drawing('face', FACE + MOUTHS[answer]);

export const speaker = () => drawing('icon', 'M6 18h7l9-8v28l-9-8H6zM30 15a12 12 0 0 1 0 18');
