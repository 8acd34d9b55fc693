import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import { joyceProfile } from '../../../fixtures/states/one-page-profile.records.js';
import { settle, type Profile } from './helpers.js';

/** Joyce's profile with nothing yet about how best to support her: incomplete, so invalid. */
const incomplete = () => ({ ...structuredClone(joyceProfile), howToSupportMe: [] });

async function requiredInForm(mode: string) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <msp-one-page-profile name="profile" required mode=${mode}></msp-one-page-profile>
  </form>`);
  const el = form.querySelector<Profile>('msp-one-page-profile')!;
  (el as unknown as { value: unknown }).value = incomplete();
  await settle(el);
  return { form, el };
}

/** Whether the form submits when asked to as a person would: requestSubmit runs constraint validation. */
function submits(form: HTMLFormElement): boolean {
  let submitted = false;
  const listener = (event: Event) => {
    submitted = true;
    event.preventDefault();
  };
  form.addEventListener('submit', listener);
  form.requestSubmit();
  form.removeEventListener('submit', listener);
  return submitted;
}

/**
 * A profile shown for reading, in `view` or `print` mode, is read-only in form terms, as `readonly`
 * is: it never stops its form being sent, and its record still goes with the form.
 */
describe('<msp-one-page-profile> in view and print modes, in a form', () => {
  for (const mode of ['view', 'print']) {
    it(`${mode}: an incomplete required profile does not stop the form, and its record is still sent`, async () => {
      const { form, el } = await requiredInForm(mode);
      expect(el.willValidate, 'barred from validation').to.be.false;
      expect(el.checkValidity()).to.be.true;
      expect(form.checkValidity()).to.be.true;
      expect(submits(form), 'the form is sent').to.be.true;
      expect(JSON.parse(new FormData(form).get('profile') as string)).to.deep.equal(incomplete());
    });
  }

  it('edit: the same profile stops the form, and switching to view and back to edit checks it again', async () => {
    const { form, el } = await requiredInForm('edit');
    expect(el.willValidate).to.be.true;
    expect(form.checkValidity()).to.be.false;
    el.mode = 'view';
    await settle(el);
    expect(form.checkValidity(), 'in view').to.be.true;
    el.mode = 'edit';
    await settle(el);
    expect(form.checkValidity(), 'back in edit').to.be.false;
    expect(el.validity.valueMissing || el.validity.customError || !el.validity.valid).to.be.true;
  });
});
