import { formatNumber } from '../../core/common-messages.js';
import type { FieldError } from '../../core/error-summary.js';
import { dateFieldId, dateProblem, dateProblemMessage, partsFromIsoDate, type DateParts } from '../../core/fields.js';
import { msg, str } from '../../core/locale.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import { RISK_HEAT_MAP_ITEMS, type Party } from '../../schemas/risk-heat-map.js';
import { partyLabel } from './risk-heat-map.options.js';
import type { WorkingRiskHeatMap, RiskHeatMapView, WorkingRiskItem } from './risk-heat-map.state.js';

/** The id of each control in the shadow root; error summary links and validity anchors use them. */
export const FIELD = {
  addItem: 'add-item',
  layout: 'view-mode',
  activity: (item: string) => `item-${item}-activity`,
  benefit: (item: string) => `item-${item}-benefit`,
  harm: (item: string) => `item-${item}-harm`,
  /** A party's marker on the map, or beside it while not placed. */
  marker: (item: string, party: Party) => `item-${item}-view-${party}`,
  quality: (item: string, party: Party) => `item-${item}-view-${party}-quality`,
  harmBand: (item: string, party: Party) => `item-${item}-view-${party}-harm`,
  otherWho: (item: string) => `item-${item}-other-who`,
  agreedWays: (item: string) => `item-${item}-agreed-ways`,
  decision: (item: string) => `item-${item}-decision`,
  madeBy: (item: string) => `item-${item}-made-by`,
  reviewDate: (item: string) => `item-${item}-review-date`,
} as const;

export const tooLong = (max: number) => msg(str`This must be ${formatNumber(max)} characters or fewer`, { id: 'rhm.error.too-long' });

/** The review date boxes of an item: as typed, or from its record. */
export const reviewDateParts = (item: WorkingRiskItem, view: RiskHeatMapView): DateParts =>
  view.reviewDates[item.id] ?? partsFromIsoDate(item.reviewDate);

/**
 * What a schema issue means to the person filling in the map, and which control it belongs to.
 * Undefined for a problem no control shows (part of a saved value the form cannot display).
 */
export function riskHeatMapFieldError(issue: RecordIssue, record: WorkingRiskHeatMap, view: RiskHeatMapView): FieldError | undefined {
  const [first, index, field, detail, part] = issue.path;
  const tooBig = issue.code === 'too_big';
  if (first !== 'items') {
    // The envelope comes from the page, not the person: say so rather than point at a field.
    return {
      fieldId: FIELD.addItem,
      message: msg('This form was set up with details it cannot use. Contact the team who run this page.', { id: 'rhm.error.envelope' }),
    };
  }
  if (typeof index !== 'number') {
    return {
      fieldId: FIELD.addItem,
      message: tooBig
        ? msg(str`You can add up to ${RISK_HEAT_MAP_ITEMS} things`, { id: 'rhm.error.too-many' })
        : msg('Add something you want to do', { id: 'rhm.error.items-required' }),
    };
  }
  const item = record.items[index];
  if (!item) return undefined;
  const id = item.id;
  const n = formatNumber(index + 1);
  switch (field) {
    case 'activity':
      return {
        fieldId: FIELD.activity(id),
        message: tooBig ? tooLong(LIMITS.shortTextLength) : msg(str`Write what you want to do, in your own words (activity ${n})`, { id: 'rhm.error.activity' }),
      };
    case 'benefit':
      return { fieldId: FIELD.benefit(id), message: tooLong(LIMITS.wordsLength) };
    case 'harm':
      return { fieldId: FIELD.harm(id), message: tooLong(LIMITS.wordsLength) };
    case 'agreedWays':
      return { fieldId: FIELD.agreedWays(id), message: tooLong(LIMITS.wordsLength) };
    case 'placements':
      return placementError(id, detail as Party, part, n, view);
    case 'decision':
      return detail === 'madeBy'
        ? { fieldId: FIELD.madeBy(id), message: msg(str`Select who decided (activity ${n})`, { id: 'rhm.error.made-by' }) }
        : { fieldId: FIELD.decision(id), message: msg(str`Select what was decided (activity ${n})`, { id: 'rhm.error.decision' }) };
    case 'reviewDate': {
      const problem = dateProblem(reviewDateParts(item, view)) ?? { kind: 'not-real', parts: ['day'] };
      const first = problem.kind === 'incomplete' ? problem.missing[0] : problem.kind === 'not-real' ? problem.parts[0] : 'day';
      return {
        fieldId: dateFieldId(FIELD.reviewDate(id), first),
        field: FIELD.reviewDate(id),
        message: dateProblemMessage(problem, msg(str`The date to look at activity ${n} again`, { id: 'rhm.review-date.what' })),
      };
    }
    default:
      return undefined;
  }
}

function placementError(id: string, party: Party, band: unknown, n: string, view: RiskHeatMapView): FieldError | undefined {
  const who = partyLabel(party);
  if (band === 'who') return { fieldId: FIELD.otherWho(id), message: tooLong(LIMITS.refLength) };
  if (band !== 'qualityOfLife' && band !== 'harm') return undefined;
  const message =
    band === 'harm'
      ? msg(str`Choose the risk of harm (${who}, activity ${n})`, { id: 'rhm.error.harm' })
      : msg(str`Choose what it adds to life (${who}, activity ${n})`, { id: 'rhm.error.quality' });
  // On the map both bands are chosen at once, by putting the party's marker in a square; in the
  // table the link goes to the band still to choose. Either way it is one question per party, so
  // a message shown stays shown when the view changes between map and table.
  const fieldId = view.mode === 'map' ? FIELD.marker(id, party) : band === 'harm' ? FIELD.harmBand(id, party) : FIELD.quality(id, party);
  return { fieldId, field: FIELD.marker(id, party), message };
}
