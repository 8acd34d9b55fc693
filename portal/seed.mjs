/**
 * The fictional cases the portal starts with, on the first start only (an empty database):
 * four people whose cases show MSP working, and enough concluded enquiries for the Board page to
 * show both suppressed ([c]) and rounded counts. Every record is validated before it is stored.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseRecord, recordKinds } from 'msp-elements/schemas';

const seedRecords = JSON.parse(readFileSync(new URL('./seed-records.json', import.meta.url), 'utf8'));
const toolOf = (kind) => Object.entries(recordKinds).find(([, recordKind]) => recordKind.kind === kind)[0];
const valid = (record) => parseRecord(recordKinds[toolOf(record.kind)], record);

const { joyceRecord, joyceMapRecord, joyceProfile, susiRecord, susiMapRecord, mrARecord, mrsTRecord, mrsTClosure, joyceExperience, susiClosure } =
  seedRecords;

export const SEED_CASES = [
  {
    caseRef: joyceRecord.caseRef,
    person: 'Joyce',
    storyEn: 'Joyce wants to keep seeing her neighbour, who borrows money from her. She and her social worker see the risks differently.',
    storyCy: 'Mae Joyce eisiau dal i weld ei chymydog, sy’n benthyg arian ganddi. Mae hi a’i gweithiwr cymdeithasol yn gweld y risgiau’n wahanol.',
    records: [joyceRecord, joyceMapRecord, joyceProfile],
  },
  {
    caseRef: susiRecord.caseRef,
    person: 'Susi',
    storyEn: 'What Susi wants changed during the enquiry: the record keeps her earlier words and why they changed.',
    storyCy: 'Newidiodd yr hyn y mae Susi ei eisiau yn ystod yr ymholiad: mae’r cofnod yn cadw ei geiriau cynharach a pham y newidiodd.',
    records: [susiRecord, susiMapRecord],
  },
  {
    caseRef: mrARecord.caseRef,
    person: 'Mr A',
    storyEn: 'Mr A lacked capacity to decide where to live; an advocate supported him to say what he wants.',
    storyCy: 'Nid oedd gan Mr A y galluedd i benderfynu ble i fyw; cefnogodd eiriolwr ef i ddweud beth mae ei eisiau.',
    records: [mrARecord],
  },
  {
    caseRef: mrsTRecord.caseRef,
    person: 'Mrs T',
    storyEn: 'Mrs T’s enquiry has concluded. She answered the questionnaire in easy read.',
    storyCy: 'Mae ymholiad Mrs T wedi dod i ben. Atebodd yr holiadur mewn fformat hawdd ei ddeall.',
    easyRead: 1,
    records: [
      mrsTRecord,
      mrsTClosure,
      {
        ...joyceExperience,
        id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
        caseRef: mrsTRecord.caseRef,
        subjectRef: undefined,
        closureId: mrsTClosure.id,
        recordedAt: '2026-10-27T11:00:00+00:00',
      },
    ],
  },
];

/**
 * Concluded enquiries for the Board page: [kind of enquiry, asked, risk per source or undefined,
 * how many]. The section 126 ones belong to Welsh Government's return, not the SAC tables.
 */
const BACKGROUND = [
  ['section-42', 'asked-expressed', { 'known-to-individual': 'reduced' }, 8],
  ['section-42', 'asked-expressed', { 'service-provider': 'removed', 'known-to-individual': 'reduced' }, 3],
  ['section-42', 'asked-expressed', { 'unknown-to-individual': 'remained' }, 2],
  ['section-42', 'asked-not-expressed', undefined, 3],
  ['section-42', 'not-asked', undefined, 6],
  ['section-42', 'dont-know', undefined, 2],
  ['section-126', 'asked-expressed', { 'known-to-individual': 'removed' }, 2],
];

const DAY = 24 * 60 * 60 * 1000;

/** The background enquiries ended over the four weeks before the portal was first started, so the Board page's year to date shows them. */
function backgroundClosures(now) {
  const closures = [];
  let n = 0;
  for (const [enquiryType, asked, risks, howMany] of BACKGROUND) {
    for (let i = 0; i < howMany; i++) {
      n++;
      const concludedOn = new Date(now.getTime() - ((n % 27) + 1) * DAY).toISOString().slice(0, 10);
      const base = asked === 'asked-expressed' ? susiClosure : mrsTClosure;
      const closure = {
        ...base,
        id: randomUUID(),
        caseRef: `SG-2026-${String(100 + n).padStart(4, '0')}`,
        outcomeCaptureId: randomUUID(),
        recordedAt: `${concludedOn}T12:00:00+00:00`,
        concludedOn,
        enquiryType,
        asked,
        ...(risks
          ? {
              risks: Object.fromEntries(
                Object.entries(risks).map(([source, riskOutcome]) => [source, { actionAndResult: 'risk-identified-action-taken', riskOutcome }]),
              ),
            }
          : {}),
      };
      closures.push(closure);
    }
  }
  return closures;
}

export function seed(store, now = new Date()) {
  store.transaction(() => {
    for (const { records, ...entry } of SEED_CASES) {
      store.addCase({ caseRef: entry.caseRef, person: entry.person, storyEn: entry.storyEn, storyCy: entry.storyCy, easyRead: entry.easyRead ?? 0 });
      store.addRecords(entry.caseRef, records.map((record) => valid(JSON.parse(JSON.stringify(record)))));
    }
    for (const closure of backgroundClosures(now)) {
      store.addCase({ caseRef: closure.caseRef, person: '—', storyEn: '', storyCy: '', listed: 0 });
      store.addRecords(closure.caseRef, [valid(closure)]);
    }
  });
}
