/**
 * A Vue 3 app that renders every msp-elements element for a case, passes each record as the
 * `value` property, re-binds it when another case is shown, listens to `msp-change` and
 * `msp-submit` and reads the typed record from the event's detail.
 *
 * Written as a render function so it runs on Vue's runtime-only build; in a template it reads
 * `<msp-outcome-capture :value="record" @msp-change="onChange" />` (tell the compiler the tags
 * are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('msp-')`).
 */
// 1. Define the elements BEFORE Vue first renders them. Imported from npm, `msp-elements`
//    defines every element as this module loads. (With the CDN loader instead, await
//    `customElements.whenDefined(tag)` for each tag, then mount.) Vue sets `:value` as a property
//    only when the element already has one, that is, when it is defined; `:value.prop` forces it.
import 'msp-elements';
import type { MspChangeEvent, MspErrorEvent, MspSubmitEvent } from 'msp-elements';
import { createApp, defineComponent, h, ref, shallowRef, type App as VueApp } from 'vue';
import { cases, tools } from '../records.js';

type AnyRecord = { kind: string; id: string };

const App = defineComponent({
  setup() {
    const caseIndex = ref(0);
    const records = shallowRef(cases[0]);
    const lastEvent = ref('');
    const renders = ref(0);

    return () =>
      h('main', [
        h('h1', `Case ${records.value.caseRef}`),
        h(
          'button',
          {
            type: 'button',
            id: 'other-case',
            onClick: () => {
              caseIndex.value = (caseIndex.value + 1) % cases.length;
              records.value = cases[caseIndex.value];
            },
          },
          'Show the other case',
        ),
        // Anything that re-renders the app: Vue then assigns every element's `value` again, the
        // same object each time. The element sees the same record and keeps the person's edits.
        h('button', { type: 'button', id: 're-render', onClick: () => renders.value++ }, `Re-render (${renders.value})`),
        h('output', { id: 'last-event' }, lastEvent.value),
        ...tools.map(({ tag, key }) =>
          h(tag, {
            key: tag,
            value: records.value[key],
            'case-ref': records.value.caseRef,
            ...(tag === 'msp-review-close' ? { outcomesRecord: records.value.outcomeCapture } : {}),
            // `onMspChange` listens to `msp-change`, as `@msp-change` does in a template.
            onMspChange: (event: MspChangeEvent<AnyRecord>) => {
              const { value, valid } = event.detail;
              lastEvent.value = `${value.kind} changed (${valid ? 'complete' : 'not complete yet'})`;
            },
            onMspSubmit: (event: MspSubmitEvent<AnyRecord>) => {
              // The detail is the valid record: send it to your server here.
              lastEvent.value = `${event.detail.kind} submitted: ${event.detail.id}`;
            },
            onMspError: (event: MspErrorEvent) => {
              lastEvent.value = `error: ${event.detail.code}`;
            },
          }),
        ),
      ]);
  },
});

/** Mounts the example on `container`; returns the app, to unmount. */
export function mountVueExample(container: Element): VueApp {
  const app = createApp(App);
  app.mount(container);
  return app;
}
