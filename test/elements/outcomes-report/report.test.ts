import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/outcomes-report/outcomes-report.js';
import type { MspOutcomesReport } from '../../../src/elements/outcomes-report/outcomes-report.component.js';
import { generatedRecords, REPORT_PERIOD, sampleRecords } from '../../../fixtures/states/outcomes-report.records.js';
import { outcomesReportStates, renderOutcomesReportState } from '../../../fixtures/states/outcomes-report.states.js';
import { setLocale } from '../../../src/core/locale.js';
import { recordEvents } from '../../contract/helpers.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { can, where } from '../../engines.js';
import { buttonByText, root, settle, waitFor } from '../../helpers/dom.js';
import { headline, tableRow, tableRows } from './helpers.js';

const state = async (name: string) => {
  const el = await fixture<MspOutcomesReport>(renderOutcomesReportState(outcomesReportStates.find((s) => s.name === name)!));
  await settle(el);
  return el;
};

const ASKED_EXPRESSED = 'Asked, and said what they wanted';
const SUSI_WORDS = 'I love my flat. I lock the door now and I feel better.';

describe('<msp-outcomes-report>: the numbers', () => {
  it('shows each table with this period beside the year before, rounded as published', async () => {
    const el = await state('Typical');
    // 60 enquiries: 45 end this period (30 said what they wanted, 15 did not), 15 the year before (10 and 5).
    expect(tableRow(el, 'sg4a-asked', ASKED_EXPRESSED)).to.deep.equal(['30', '10']);
    expect(tableRow(el, 'sg4a-asked', 'Asked, but did not say what they wanted')).to.deep.equal(['15', '5']);
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['45', '15']);
    expect(root(el).querySelectorAll('table > caption').length).to.be.greaterThan(6);
    for (const header of root(el).querySelectorAll('.table-block thead th')) expect(header.getAttribute('scope')).to.equal('col');
    for (const header of root(el).querySelectorAll('.table-block tbody th')) expect(header.getAttribute('scope')).to.equal('row');
  });

  it('suppresses counts from 1 to 4 unless disclosure is off, and says why', async () => {
    const small = await state('SmallSuppressed');
    expect(tableRow(small, 'sg4a-asked', ASKED_EXPRESSED)).to.deep.equal(['[c]', '0']);
    expect(root(small).textContent).to.contain('[c]: a count from 1 to 4');
    const off = await state('DisclosureOff');
    expect(tableRow(off, 'sg4a-asked', ASKED_EXPRESSED)).to.deep.equal(['2', '0']);
    expect(tableRow(off, 'measure', ASKED_EXPRESSED)).to.deep.equal(['2 of 3 (67%)', '0 of 0']);
    expect(root(off).textContent).to.not.contain('[c]: a count from 1 to 4');
  });

  it('says the headline first, in words, from the same numbers', async () => {
    const off = await state('DisclosureOff');
    expect(root(off).querySelector('[part="base"] > p')!.getAttribute('part')).to.equal('headline');
    expect(headline(off)).to.equal(
      'Of the 3 people whose safeguarding enquiry ended between 1 April 2026 and 31 March 2027, 2 were asked what they wanted and said; of them, 2 got it, fully or partly.',
    );
    const small = await state('SmallSuppressed');
    expect(headline(small)).to.equal(
      'Fewer than 5 people’s safeguarding enquiries ended between 1 April 2026 and 31 March 2027: too few to say more without someone being recognised.',
    );
  });

  it('puts the person’s answer beside what the practitioner recorded', async () => {
    const el = await state('Typical');
    // 30 questionnaires this period, each answering "not sure": 8 fully achieved, 8 partly, 4 not, 10 with no outcomes said.
    expect(tableRow(el, 'got-outcomes', 'Fully achieved; the person said: not sure')).to.deep.equal(['10', '0']);
    expect(tableRow(el, 'got-outcomes', 'Not achieved; the person said: not sure')).to.deep.equal(['[c]', '0']);
    expect(tableRow(el, 'got-outcomes', 'No outcomes said; the person said: not sure')).to.deep.equal(['10', '0']);
    expect(() => tableRow(el, 'got-outcomes', 'Fully achieved; the person said: yes')).to.throw('no row');
  });

  it('shows every answer to each question, skipping apart, not only the yeses', async () => {
    const el = await state('Typical');
    // The same 30 questionnaires: each answers "not sure" to "I got the outcomes I wanted".
    expect(root(el).getElementById('experience-got-outcomes')!.querySelector('caption')!.textContent).to.contain('I got the outcomes I wanted');
    expect(tableRows(el, 'experience-got-outcomes').map((cells) => cells[0])).to.deep.equal(['Yes', 'Partly', 'No', 'Not sure', 'Skipped the question']);
    expect(tableRow(el, 'experience-got-outcomes', 'Not sure')).to.deep.equal(['30', '0']);
    expect(tableRow(el, 'experience-got-outcomes', 'No')).to.deep.equal(['0', '0']);
  });

    it('keeps the caveat beside the numbers', async () => {
    const el = await state('Empty');
    expect(headline(el)).to.match(/^No safeguarding enquiry ended between \d+ \w+ \d{4} and \d+ \w+ \d{4}\.$/);
    expect(root(el).querySelector('[part="caveat"]')!.textContent).to.contain('not a performance indicator');
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['0', '0']);
  });

  it('writes numbers as the language does, and in Welsh', async () => {
    const el = await state('TenThousandRecords');
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['3,000', '1,000']);
    try {
      await setLocale('cy');
      await settle(el);
      expect(headline(el)).to.match(/^O’r 3,000 o bobl/);
      expect(root(el).querySelector('caption')!.textContent).to.contain('(SG4a)');
    } finally {
      await setLocale('en-GB');
    }
  });

  it('writes a median half way between two days with its half', async () => {
    // Two enquiries a day apart in length: the median of their days is a half.
    const records = generatedRecords(2) as Array<Record<string, unknown>>;
    const closure = records.find((record) => record.kind === 'msp.review-close' && record.caseRef === 'SG-G-1')!;
    const ending = closure.ending as Record<string, unknown>;
    Object.assign(closure, { concludedOn: '2026-06-12', ending: { ...ending, date: '2026-06-12' } });
    const el = await fixture<MspOutcomesReport>(
      html`<msp-outcomes-report .records=${records} from=${REPORT_PERIOD.from} to=${REPORT_PERIOD.to} disclosure="off"></msp-outcomes-report>`,
    );
    await settle(el);
    const median = el.report!.practice.days.median as number;
    expect(Math.abs(median % 1)).to.equal(0.5);
    expect(tableRow(el, 'practice', 'Median days from first conversation to end')[0]).to.equal(String(median));
  });

  it('draws a chart beside each table from the same numbers, hidden from assistive technology', async () => {
    const el = await state('Typical');
    const block = root(el).getElementById('sg4a-asked')!;
    const chart = block.querySelector('svg')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    const now = [...chart.querySelectorAll('.bar--now')].map((bar) => Number(bar.getAttribute('width')));
    // 30 and 15 said and did not say: the first bar is the longest and twice the second.
    expect(now[0]).to.equal(Math.max(...now));
    expect(now[0] / now[1]).to.be.closeTo(2, 0.01);
  });
});

describe('<msp-outcomes-report>: the host’s dimensions', () => {
  it('splits SG4a by each fact the host gave, in order, with cases it gave none for last', async () => {
    const el = await state('ByAgeAndArea');
    // Age band is n % 4 of the 60 enquiries: the 15 with n % 4 = 3 (85+) all ended the year before.
    expect(tableRows(el, 'dimension-1').filter((row) => row[0].endsWith(': enquiries ended'))).to.deep.equal([
      ['18-64: enquiries ended', '15', '0'],
      ['65-74: enquiries ended', '15', '0'],
      ['75-84: enquiries ended', '15', '0'],
      ['85+: enquiries ended', '0', '15'],
    ]);
    // n = 0, 4, … 56: 10 of the 15 are Susi's kind of enquiry, who said what she wanted.
    expect(tableRow(el, 'dimension-1', '18-64: said what they wanted')).to.deep.equal(['10', '0']);
    expect(root(el).querySelector('#dimension-1 caption')!.textContent).to.equal('By Age band (SG4a)');
    // Every seventh has no area: n = 6, 13, 20, 34, 41, 48 this period (5 once rounded), 27 and 55 the year before ([c]).
    const area = tableRows(el, 'dimension-2');
    expect(area.at(-5)).to.deep.equal(['Not given: enquiries ended', '5', '[c]']);
    expect(area.map((row) => row[0].split(':')[0]).filter((value, index, all) => all.indexOf(value) === index)).to.deep.equal([
      'East',
      'North',
      'South',
      'Not given',
    ]);
  });

  it('puts no quote beside a split by a host dimension', async () => {
    const el = await state('ByAgeAndArea');
    for (const id of ['dimension-1', 'dimension-2']) {
      expect(root(el).getElementById(id)!.nextElementSibling?.getAttribute('part')).to.not.equal('quotes');
    }
  });

  it('shows the host’s names and values as text, and says when dimensions are not a table of cases', async () => {
    const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report from=${REPORT_PERIOD.from} to=${REPORT_PERIOD.to}></msp-outcomes-report>`);
    el.dimensions = new Map([['SG-G-0', { '<b>Area</b>': '<img src=x onerror=alert(1)>' }]]);
    el.records = generatedRecords(1);
    await settle(el);
    expect(root(el).querySelector('#dimension-1 caption')!.textContent).to.equal('By <b>Area</b> (SG4a)');
    expect(root(el).querySelector('#dimension-1 img, #dimension-1 b')).to.equal(null);
    const events = recordEvents(['msp-error']);
    el.dimensions = 'area' as never;
    await settle(el);
    events.stop();
    expect(events.of('msp-error').map((event) => (event as CustomEvent).detail.code)).to.deep.equal(['invalid-value']);
    expect(root(el).querySelector('#dimension-1')).to.equal(null);
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['[c]', '0']);
  });
});

describe('<msp-outcomes-report>: words and checks', () => {
  it('shows quotes only where the report carries them, as text', async () => {
    const off = await state('DisclosureOff');
    const quotes = [...root(off).querySelectorAll('[part="quotes"] blockquote')].map((quote) => quote.textContent!.trim());
    expect(quotes).to.include(SUSI_WORDS);
    const small = await state('SmallSuppressed');
    expect(root(small).querySelectorAll('[part="quotes"]').length).to.equal(0);
  });

  it('counts records left out, unlinked and conflicting, with why in a details', async () => {
    const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report
      disclosure="off"
      from=${REPORT_PERIOD.from}
      to=${REPORT_PERIOD.to}
      .records=${[...sampleRecords.slice(4), 42, { kind: 'msp.unknown' }]}
    ></msp-outcomes-report>`);
    await settle(el);
    const checks = root(el).querySelector('[part="checks"]')!;
    expect(checks.textContent).to.contain('Left out as unreadable: 2');
    // Without their outcome captures, all three closures of the period are unlinked.
    expect(checks.textContent).to.contain('Ended with no outcome record to link to: 3');
    expect(checks.querySelector('details summary')).to.exist;
    expect(checks.querySelector('details')!.textContent).to.contain('msp.unknown');
  });
});

describe('<msp-outcomes-report>: CSV downloads', () => {
  const bytes = async (link: HTMLAnchorElement) => new Uint8Array(await (await fetch(link.href)).arrayBuffer());

  it('downloads the tables as CSV made in the page, disclosed as shown', async () => {
    const el = await state('SmallSuppressed');
    const link = root(el).querySelector<HTMLAnchorElement>('#download-tables')!;
    expect(link.href).to.match(/^blob:/);
    expect(link.getAttribute('download')).to.equal('outcomes-2026-04-01-to-2027-03-31.csv');
    const data = await bytes(link);
    expect([...data.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(data);
    expect(text).to.contain('table,row,column,value,from,to');
    expect(text).to.contain('SG4a question 1,Yes they were asked and outcomes were expressed,Concluded enquiries,[c],2026-04-01,2027-03-31');
    expect(root(el).querySelector('#download-cases')).to.equal(null);
  });

  it('with disclosure off, gives true counts and one row per enquiry', async () => {
    const el = await state('DisclosureOff');
    const tables = new TextDecoder().decode(await bytes(root(el).querySelector<HTMLAnchorElement>('#download-tables')!));
    expect(tables).to.contain('SG4a question 1,Yes they were asked and outcomes were expressed,Concluded enquiries,2,');
    const cases = new TextDecoder().decode(await bytes(root(el).querySelector<HTMLAnchorElement>('#download-cases')!));
    // Four closures end in the period, one of them not a section 42 enquiry: every type has its row.
    expect(cases.trim().split('\r\n').length).to.equal(1 + 4);
    expect(cases).to.not.contain(SUSI_WORDS);
  });
});

describe('<msp-outcomes-report>: where the records come from', () => {
  it('reads a same-origin src of JSON', async () => {
    const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report
      disclosure="off"
      from=${REPORT_PERIOD.from}
      to=${REPORT_PERIOD.to}
      src="/test/elements/outcomes-report/sample-records.json"
    ></msp-outcomes-report>`);
    await waitFor(() => root(el).getElementById('sg4a-asked') !== null, 'the report');
    await settle(el);
    expect(tableRow(el, 'sg4a-asked', ASKED_EXPRESSED)).to.deep.equal(['2', '0']);
  });

  it('refuses a src on another origin with msp-error, and fetches nothing', async () => {
    const original = window.fetch;
    const fetched: unknown[] = [];
    window.fetch = (...args: Parameters<typeof fetch>) => (fetched.push(args[0]), original(...args));
    const events = recordEvents(['msp-error']);
    try {
      const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report src="https://example.org/records.json"></msp-outcomes-report>`);
      await settle(el);
      await waitFor(() => events.of('msp-error').length > 0, 'msp-error');
    } finally {
      events.stop();
      window.fetch = original;
    }
    expect((events.of('msp-error')[0] as CustomEvent).detail.code).to.equal('invalid-value');
    expect(fetched).to.deep.equal([]);
  });

  /** Answers every request with `body` and `headers`, noting the URLs asked for. */
  async function withResponse(body: string, headers: Record<string, string>, test: (asked: string[]) => Promise<void>) {
    const original = window.fetch;
    const asked: string[] = [];
    window.fetch = async (input: RequestInfo | URL) => (asked.push(String(input)), new Response(body, { headers }));
    try {
      await test(asked);
    } finally {
      window.fetch = original;
    }
  }

  /** The first msp-error's detail from an element whose src answers with this body and these headers. */
  async function errorFromSrc(body: string, headers: Record<string, string>) {
    let detail: { code: string } | undefined;
    await withResponse(body, headers, async () => {
      const events = recordEvents(['msp-error']);
      try {
        const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report src="/records.json"></msp-outcomes-report>`);
        await settle(el);
      } finally {
        events.stop();
      }
      detail = (events.of('msp-error')[0] as CustomEvent).detail;
    });
    return detail!;
  }

  it('reads NDJSON where the content type says so', async () => {
    const ndjson = sampleRecords.map((record) => JSON.stringify(record)).join('\n') + '\n';
    await withResponse(ndjson, { 'content-type': 'application/x-ndjson' }, async (asked) => {
      const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report
        disclosure="off"
        from=${REPORT_PERIOD.from}
        to=${REPORT_PERIOD.to}
        src="records.ndjson"
      ></msp-outcomes-report>`);
      await settle(el);
      expect(asked).to.deep.equal([new URL('records.ndjson', document.baseURI).href]);
      expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['3', '0']);
    });
  });

  it('refuses a src over 32 MB with msp-error too-large', async () => {
    const detail = await errorFromSrc('[]', { 'content-type': 'application/json', 'content-length': String(32 * 1024 * 1024 + 1) });
    expect(detail.code).to.equal('too-large');
  });

  it('says with msp-error when src is JSON but not a list of records', async () => {
    const detail = await errorFromSrc('{"kind":"msp.review-close"}', { 'content-type': 'application/json' });
    expect(detail.code).to.equal('invalid-value');
  });

  it('counts again from a function of records when the period changes', async () => {
    const records = generatedRecords(60);
    let reads = 0;
    const read = () => (reads++, records);
    const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report
      from=${REPORT_PERIOD.from}
      to=${REPORT_PERIOD.to}
      .records=${read}
    ></msp-outcomes-report>`);
    await settle(el);
    expect(reads).to.equal(1);
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['45', '15']);
    el.setAttribute('from', '2025-04-01');
    el.setAttribute('to', '2026-03-31');
    await settle(el);
    expect(reads).to.equal(2);
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['15', '0']);
  });

  it('keeps a one-time iterable, such as a generator, to count again', async () => {
    const records = generatedRecords(60);
    const el = await fixture<MspOutcomesReport>(html`<msp-outcomes-report
      from=${REPORT_PERIOD.from}
      to=${REPORT_PERIOD.to}
      .records=${(function* () {
        yield* records;
      })()}
    ></msp-outcomes-report>`);
    await settle(el);
    el.from = '2025-04-01';
    el.to = '2026-03-31';
    await settle(el);
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['15', '0']);
  });

  it('says with msp-error when src is not JSON, without quoting it', async () => {
    const detail = await errorFromSrc('[{"words": "Private words"', { 'content-type': 'application/json' });
    expect(detail.code).to.equal('invalid-json');
    expect(JSON.stringify(detail)).to.not.contain('Private words');
  });

  it('counts again from the period controls', async () => {
    const el = await state('Typical');
    const box = (id: string, value: string) => {
      const input = root(el).getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    expect((root(el).getElementById('period-from') as HTMLInputElement).value).to.equal('1');
    box('period-from-year', '2025');
    box('period-to-year', '2026');
    await settle(el);
    buttonByText(el, 'Count again').click();
    await settle(el);
    expect([el.getAttribute('from'), el.getAttribute('to')]).to.deep.equal(['2025-04-01', '2026-03-31']);
    expect(tableRow(el, 'measure', 'Enquiries ended')).to.deep.equal(['15', '0']);
  });

  it('says what is wrong with the period, and counts nothing', async () => {
    const el = await state('Typical');
    const year = root(el).getElementById('period-to-year') as HTMLInputElement;
    year.value = '2024';
    year.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    buttonByText(el, 'Count again').click();
    await settle(el);
    expect(root(el).textContent).to.contain('The last day must be the same as or after the first day');
    expect(el.getAttribute('to')).to.equal('2027-03-31');
  });
});

describe('<msp-outcomes-report>: charts in forced colours', () => {
  afterEach(async () => {
    if (can('forced-colours')) await executeServerCommand('emulate-forced-colours', { forcedColors: 'none' });
  });

  where('forced-colours')('draws this period filled and the year before outlined, in the system colours', async () => {
    const el = await state('Typical');
    await executeServerCommand('emulate-forced-colours', { forcedColors: 'active' });
    await settle(el);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const now = getComputedStyle(root(el).querySelector('.bar--now')!);
    const before = getComputedStyle(root(el).querySelector('.bar--before')!);
    expect(now.fill).to.not.equal(before.fill);
    expect(before.stroke).to.equal(now.fill);
  });
});

describe('<msp-outcomes-report>: print', () => {
  it('print-preview shows the tables and no controls or downloads', async () => {
    const el = await state('Print');
    expect(root(el).querySelectorAll('input, button, select, textarea, [part="downloads"], [part="period"]').length).to.equal(0);
    expect(root(el).getElementById('sg4a-asked')).to.exist;
    expect(getComputedStyle(root(el).getElementById('sg4a-asked')!).breakInside).to.equal('avoid');
    el.printPreview = false;
    await settle(el);
    expect(root(el).querySelector('[part="period"]')).to.exist;
  });
});
