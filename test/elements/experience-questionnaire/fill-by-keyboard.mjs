/**
 * Answers <msp-experience-questionnaire easy-read one-at-a-time> by keyboard alone in a puppeteer
 * page and presses Send, as the CDN check does for each element on a plain page with only the CDN
 * script (scripts/check-cdn.mjs can import it as it does fill-outcome-capture.mjs). The record it
 * posts: the person answered; in-control yes, involved partly, got-outcomes no, the other four
 * skipped; `couldBeBetter` is WORDS.
 */
export const WORDS = 'Tell me <b>sooner</b> when a meeting moves.';

export const EXPECTED_ANSWERS = [
  { question: 'in-control', answer: 'yes' },
  { question: 'kept-informed', skipped: true },
  { question: 'involved', answer: 'partly' },
  { question: 'listened-to', skipped: true },
  { question: 'dignity-and-respect', skipped: true },
  { question: 'feel-safer', skipped: true },
  { question: 'got-outcomes', answer: 'no' },
];

/** @param {import('puppeteer-core').Page} tab @param {string} [selector] the element on the page */
export async function fillExperienceQuestionnaire(tab, selector = 'msp-experience-questionnaire') {
  const focusName = () =>
    tab.evaluate((host) => {
      const active = document.querySelector(host).shadowRoot.activeElement;
      return active ? active.id || active.getAttribute('part') || active.textContent.trim() : '';
    }, selector);
  const press = async (key) => {
    await tab.keyboard.press(key);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  };
  const tabTo = async (names) => {
    for (let i = 0; i < 20; i++) {
      await press('Tab');
      if (names.includes(await focusName())) return;
    }
    throw new Error(`Tab never reached ${names.join(' or ')}`);
  };
  const next = async () => {
    await tabTo(['Next', 'Nesaf']);
    await press('Enter');
  };

  await tab.focus('body');
  await press('Tab');
  await press(' '); // space: who is answering: the person
  await next();
  await press('Tab');
  await press(' '); // space: in control: yes
  await next();
  await next(); // kept informed: skipped
  await press('Tab');
  await press('ArrowDown'); // involved: partly
  await next();
  await next(); // listened to, dignity and respect, feel safer: skipped
  await next();
  await next();
  await press('Tab');
  await press('ArrowDown');
  await press('ArrowDown'); // got outcomes: no
  await next();
  await press('Tab');
  await tab.keyboard.type(WORDS);
  await tabTo(['submit-button']);
  // The form posts and the page goes: nothing more to wait for in it.
  await tab.keyboard.press('Enter');
}
