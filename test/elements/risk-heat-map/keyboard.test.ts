import { expect, oneEvent } from '@open-wc/testing';
import { parseRiskHeatMap, type RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { joyceMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { focusedId, markerId, mount, press, root, settle, squareOf, waitForAnnouncement, type RiskHeatMap } from './helpers.js';
import { radiosWrapRound, sendKeys } from '../../engines.js';

/** Presses Tab until the control with `id` has focus; fails after `max` presses. */
async function tabTo(el: RiskHeatMap, id: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab');
    if (focusedId(el) === id) return;
  }
  throw new Error(`Tab never reached #${id}; last focus: #${focusedId(el)}`);
}

const itemId = (el: RiskHeatMap) => (el.value as RiskHeatMapRecord).items[0].id;

describe('<msp-risk-heat-map> by keyboard alone', () => {
  it('adds an activity and places it for the person and the practitioner with arrow keys, each move announced in words', async () => {
    const el = await mount({ required: true });
    await tabTo(el, 'add-item');
    await press(el, 'Enter');
    const id = itemId(el);
    expect(focusedId(el), 'focus moves to the new activity').to.equal(`item-${id}-activity`);
    await sendKeys({ type: 'Going to the pub with Dave on Fridays' });

    // The person: pick up "You", choose a square among the squares with the arrow keys, put it down.
    await tabTo(el, markerId(id, 'person'));
    await press(el, 'Enter');
    expect(focusedId(el), 'focus goes to the first square').to.equal(`item-${id}-at-makes-life-worse-high`);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal(`item-${id}-at-makes-life-much-better-low`);
    await press(el, 'Enter');
    expect(focusedId(el), 'focus is on the marker, now on the map').to.equal(markerId(id, 'person'));
    expect(await waitForAnnouncement(el, /^You:/)).to.equal('You: Makes life much better, Low risk of harm.');

    // On the map, each arrow key moves the marker one band, and the new place is announced.
    await press(el, 'ArrowLeft');
    expect(await waitForAnnouncement(el, /Makes life better/)).to.equal('You: Makes life better, Low risk of harm.');
    expect(squareOf(el, id, 'person')).to.deep.equal({ quality: 'Makes life better', harm: 'Low risk of harm' });

    // The practitioner, in another square.
    await tabTo(el, markerId(id, 'practitioner'));
    await press(el, 'Space');
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(await waitForAnnouncement(el, /^Practitioner:/)).to.match(/^Practitioner: Little difference, High risk of harm\./);
    await press(el, 'ArrowRight');
    expect(await waitForAnnouncement(el, /Makes life better, High/)).to.equal(
      'Practitioner: Makes life better, High risk of harm. You and the practitioner see the risk differently.',
    );
    await press(el, 'ArrowUp');
    expect(await waitForAnnouncement(el, /Practitioner/), 'at the top, it stays and says so again').to.contain('High risk of harm');

    // The decision, and save.
    await tabTo(el, `item-${id}-decision`);
    if (radiosWrapRound) await press(el, 'ArrowUp');
    else for (let i = 0; i < 3; i++) await press(el, 'ArrowDown');
    expect(focusedId(el), 'up from the first choice is the last (where the engine wraps): not decided yet').to.equal(`item-${id}-decision-4`);
    const submitted = oneEvent(el, 'msp-submit');
    root(el).querySelector<HTMLButtonElement>('[part~="submit-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const record = (await submitted).detail as RiskHeatMapRecord;

    expect(record.items).to.have.length(1);
    expect(record.items[0]).to.deep.equal({
      id,
      activity: 'Going to the pub with Dave on Fridays',
      placements: {
        person: { qualityOfLife: 'makes-life-better', harm: 'low' },
        practitioner: { qualityOfLife: 'makes-life-better', harm: 'high' },
      },
      decision: { status: 'not-decided' },
    });
    expect(parseRiskHeatMap(record)).to.deep.equal(record);
  });

  it('Escape puts a picked-up marker back and returns focus to it', async () => {
    const el = await mount({ value: joyceMapRecord });
    const id = joyceMapRecord.items[0].id;
    const before = JSON.stringify(el.value);
    root(el).getElementById(markerId(id, 'advocate'))!.focus();
    await press(el, 'Enter');
    expect(focusedId(el)).to.match(/-at-/);
    await press(el, 'Escape');
    expect(focusedId(el)).to.equal(markerId(id, 'advocate'));
    expect(root(el).querySelector('.target'), 'no squares to choose from').to.be.null;
    expect(JSON.stringify(el.value)).to.equal(before);
  });

  it('a placed marker picked up starts at its own square, and can be taken off the map', async () => {
    const el = await mount({ value: joyceMapRecord });
    const id = joyceMapRecord.items[0].id;
    root(el).getElementById(markerId(id, 'practitioner'))!.focus();
    await press(el, 'Enter');
    expect(focusedId(el)).to.equal(`item-${id}-at-makes-life-much-better-some`);
    const takeOff = [...root(el).querySelectorAll<HTMLButtonElement>('.picking button')].find((b) => b.textContent!.trim() === 'Take off the map')!;
    takeOff.focus();
    await press(el, 'Enter');
    expect((el.value as RiskHeatMapRecord).items[0].placements).to.deep.equal({ person: joyceMapRecord.items[0].placements.person });
    expect(squareOf(el, id, 'practitioner'), 'back beside the map').to.be.undefined;
    expect(await waitForAnnouncement(el, /not on the map/)).to.equal('Practitioner: not on the map yet');
  });

  it('an arrow key on a marker moves it without touching anything else in the record', async () => {
    const el = await mount({ value: joyceMapRecord });
    const id = joyceMapRecord.items[0].id;
    root(el).getElementById(markerId(id, 'person'))!.focus();
    await press(el, 'ArrowUp');
    await settle(el);
    const expected = structuredClone(joyceMapRecord);
    expected.items[0].placements.person = { qualityOfLife: 'makes-life-much-better', harm: 'some' };
    const { recordedAt: _a, ...after } = el.value as RiskHeatMapRecord;
    const { recordedAt: _b, ...wanted } = { ...expected, caseRef: 'SG-MAP-1' };
    expect(after).to.deep.equal(wanted);
    expect(JSON.stringify(Object.keys(el.value as object))).to.equal(JSON.stringify(Object.keys(joyceMapRecord)));
  });
});
