/**
 * Functions the benchmark runs inside the page (passed to puppeteer's evaluate, so each stands
 * alone). Every timing ends with a forced style and layout of the whole document, so what the
 * browser must do before it can paint is counted.
 */

/** Renders the element with its properties (a form's `value`), from creating it to laid out. */
export async function renderElement(tag, properties) {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  performance.mark('render-start');
  const start = performance.now();
  const element = document.createElement(tag);
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  void document.documentElement.offsetHeight;
  const ms = performance.now() - start;
  performance.mark('render-end');
  return ms;
}

/**
 * The element's rendered shadow DOM as static markup, with what the controls hold (set as
 * properties, which markup does not show) written into it, and the text of its adopted style sheets.
 */
export function captureStatic(tag) {
  const root = document.querySelector(tag).shadowRoot;
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  const live = root.querySelectorAll('input, textarea, select');
  const copies = copy.querySelectorAll('input, textarea, select');
  live.forEach((control, i) => {
    const target = copies[i];
    if (control.localName === 'textarea') target.textContent = control.value;
    else if (control.localName === 'select') {
      [...control.options].forEach((option, j) => target.options[j].toggleAttribute('selected', option.selected));
    } else if (control.type === 'checkbox' || control.type === 'radio') target.toggleAttribute('checked', control.checked);
    else target.setAttribute('value', control.value);
  });
  return {
    markup: copy.innerHTML,
    styles: root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
    elements: root.querySelectorAll('*').length,
  };
}

/** The static floor: the same markup in a shadow root with the same constructed style sheets. */
export async function renderStatic(markup, styles) {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const start = performance.now();
  const sheets = styles.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.innerHTML = markup;
  document.body.append(host);
  void document.documentElement.offsetHeight;
  return performance.now() - start;
}

/**
 * Times every keystroke into a field of the element: from the key going down to the element
 * re-rendered, re-validated and laid out. Results collect in `window.keystrokeTimes`.
 */
export function watchKeystrokes(tag, fieldSelector) {
  const element = document.querySelector(tag);
  const field = element.shadowRoot.querySelector(fieldSelector);
  window.keystrokeTimes = [];
  let start = 0;
  addEventListener(
    'keydown',
    () => {
      performance.mark('keystroke-start');
      start = performance.now();
    },
    true,
  );
  element.addEventListener('msp-input', async () => {
    await element.updateComplete;
    void document.documentElement.offsetHeight;
    window.keystrokeTimes.push(performance.now() - start);
    performance.mark('keystroke-end');
  });
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
}
