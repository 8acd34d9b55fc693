import { EXPRESSED_BY } from '../schemas/outcome-capture.js';
import { share, zeros } from './counts.js';
import type { Enquiry } from './enquiries.js';
import type { Measure, MeasureCounts } from './report.js';

const achieved = (enquiry: Enquiry) => enquiry.closure.overallAchieved === 'fully' || enquiry.closure.overallAchieved === 'partially';
const expressedBy = (enquiry: Enquiry) => enquiry.capture?.expressedBy ?? 'not-recorded';

/**
 * Rule 8, over one group of units (an enquiry, or a person's enquiries): a unit counts in a row
 * when any of its enquiries does.
 */
function measureOf(units: Enquiry[][]): MeasureCounts {
  const by = zeros([...EXPRESSED_BY, 'not-recorded'] as const);
  let expressed = 0;
  let achievedCount = 0;
  for (const unit of units) {
    const expressing = unit.filter((enquiry) => enquiry.closure.asked === 'asked-expressed');
    if (!expressing.length) continue;
    expressed++;
    for (const code of new Set(expressing.map(expressedBy))) by[code]++;
    if (expressing.some(achieved)) achievedCount++;
  }
  return { concluded: units.length, expressed: share(expressed, units.length), expressedBy: by, achieved: share(achievedCount, expressed) };
}

export function measure(enquiries: Enquiry[]): Measure {
  const people = new Map<string, Enquiry[]>();
  for (const enquiry of enquiries) {
    if (enquiry.subjectRef === undefined) continue;
    const list = people.get(enquiry.subjectRef);
    if (list) list.push(enquiry);
    else people.set(enquiry.subjectRef, [enquiry]);
  }
  const result: Measure = measureOf(enquiries.map((enquiry) => [enquiry]));
  if (people.size) result.people = measureOf([...people.values()]);
  return result;
}
