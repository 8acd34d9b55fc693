/**
 * A React 19 app that renders every msp-elements element for a case, passes each record as the
 * `value` property, re-binds it when another case is shown, keeps the person's edits in its own
 * state from `msp-change`, and reads the typed record from `msp-submit`.
 *
 * Written with `createElement` so it runs without a JSX build step; with JSX it reads the same:
 * `<msp-outcome-capture value={record} onmsp-change={onChange} />`.
 */
// 1. Define the elements BEFORE React first renders them. Imported from npm, `msp-elements`
//    defines every element as this module loads. (With the CDN loader instead, await
//    `customElements.whenDefined('msp-outcome-capture')` for each tag, then render.) React 19
//    sets `value` as a property only on an element that is already defined; on one that is not,
//    it writes `value="[object Object]"` and the record is lost (the element then fires
//    `msp-error` with code `object-as-attribute`).
import 'msp-elements';
import type { MspChangeEvent, MspErrorEvent, MspSubmitEvent } from 'msp-elements';
import { createElement as h, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { cases, tools, type CaseRecords } from '../records.js';

type AnyRecord = { kind: string; id: string };

function App() {
  const [caseIndex, setCaseIndex] = useState(0);
  const [records, setRecords] = useState<CaseRecords>(cases[0]);
  const [lastEvent, setLastEvent] = useState('');

  const showCase = (index: number) => {
    setCaseIndex(index);
    setRecords(cases[index]);
  };

  return h(
    'main',
    null,
    h('h1', null, `Case ${records.caseRef}`),
    h('button', { type: 'button', id: 'other-case', onClick: () => showCase((caseIndex + 1) % cases.length) }, 'Show the other case'),
    h('output', { id: 'last-event' }, lastEvent),
    ...tools.map(({ tag, key }) =>
      h(tag, {
        key: tag,
        // A property, because the element is defined: React 19 sets it with `el.value = …`.
        value: records[key],
        'case-ref': records.caseRef,
        // Review and close reviews the outcomes of the case's saved outcome-capture record (not
        // the one being edited beside it, which may be half done).
        ...(tag === 'msp-review-close' ? { outcomesRecord: cases[caseIndex].outcomeCapture } : {}),
        // React 19 adds a listener for a prop named `on` + the event's exact name.
        'onmsp-change': (event: MspChangeEvent<AnyRecord>) => {
          const { value, valid } = event.detail;
          // Keep the edit: when React re-renders with it, the element sees its own record back and changes nothing.
          setRecords((current) => ({ ...current, [key]: value }));
          setLastEvent(`${value.kind} changed (${valid ? 'complete' : 'not complete yet'})`);
        },
        'onmsp-submit': (event: MspSubmitEvent<AnyRecord>) => {
          // The detail is the valid record: send it to your server here.
          setLastEvent(`${event.detail.kind} submitted: ${event.detail.id}`);
        },
        'onmsp-error': (event: MspErrorEvent) => setLastEvent(`error: ${event.detail.code}`),
      }),
    ),
  );
}

/** Renders the example into `container`; returns the root, to unmount. */
export function mountReactExample(container: Element): Root {
  const root = createRoot(container);
  root.render(h(App));
  return root;
}
