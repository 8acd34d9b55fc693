import { expect, fixture, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import { PROFILE_LIMITS, safeParseOnePageProfile, type OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { joyceProfile, joyceWithPhoto, PHOTO_OF_A_DRAWN_FACE } from '../../../fixtures/states/one-page-profile.records.js';
import {
  byId,
  fieldError,
  fileFromDataUrl,
  give,
  focusName,
  pickFile,
  root,
  settle,
  summaryLinks,
  type,
  waitFor,
  type Profile,
} from './helpers.js';

const mount = (value: unknown = joyceProfile, mode = 'edit') =>
  mountShared<Profile>(html`<msp-one-page-profile name="profile" mode=${mode}></msp-one-page-profile>`, { value });

const photoOf = (el: Profile) => (el.value as OnePageProfileRecord).photo;
const photoCanvas = (el: Profile) => root(el).querySelector<HTMLCanvasElement>('canvas[data-photo]');

/**
 * A 1200 × 900 picture in a file far larger than a record may hold: a PNG followed by 200 KB that
 * is not picture (as a camera's extra data may be), so the size does not hang on how well an
 * engine's encoder packs the picture.
 */
async function largePhotoFile(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 1200;
  canvas.height = 900;
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(canvas.width, canvas.height);
  for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (i * 7919) % 251;
  context.putImageData(pixels, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/png'));
  return new File([blob, new Uint8Array(200_000)], 'holiday.png', { type: 'image/png' });
}

describe('<msp-one-page-profile> photo', () => {
  it('a picked photo is kept as a data URL, drawn on a canvas named by its description, and asks to be described', async () => {
    const el = await mount();
    pickFile(el, fileFromDataUrl(PHOTO_OF_A_DRAWN_FACE, 'me.png'));
    await waitFor(() => photoOf(el) !== undefined && photoCanvas(el) !== null, 'the photo to show');
    await settle(el);
    expect(photoOf(el)).to.deep.equal({ src: PHOTO_OF_A_DRAWN_FACE, alt: '' });
    expect(focusName(el), 'focus moves to its description').to.equal('photo-alt');
    const canvas = photoCanvas(el)!;
    expect(canvas.getAttribute('aria-hidden'), 'not named until it is described').to.equal('true');
    const [red, green, blue, alpha] = canvas.getContext('2d')!.getImageData(48, 50, 1, 1).data;
    expect([red, green, blue, alpha], 'the face is drawn').to.deep.equal([0xff, 0xdd, 0x00, 255]);
    expect(root(el).querySelector('img'), 'a data URL is never loaded as an image source').to.be.null;

    await type(el, 'Me in the garden');
    expect(photoOf(el)!.alt).to.equal('Me in the garden');
    expect(photoCanvas(el)!.getAttribute('role')).to.equal('img');
    expect(photoCanvas(el)!.getAttribute('aria-label')).to.equal('Me in the garden');
    expect(photoCanvas(el)!.hasAttribute('aria-hidden')).to.be.false;
    expect(safeParseOnePageProfile(el.value).success).to.be.true;
  });

  it('a photo without a description is invalid, with a clear message at the field and in the summary', async () => {
    const el = await mount();
    pickFile(el, fileFromDataUrl(PHOTO_OF_A_DRAWN_FACE, 'me.png'));
    await waitFor(() => photoOf(el) !== undefined, 'the photo to be read');
    await settle(el);
    expect(el.checkValidity()).to.be.false;
    expect(el.complete()).to.be.false;
    await settle(el);
    const message = 'Describe the photo, for people who cannot see it';
    expect(summaryLinks(el)).to.deep.include({ target: 'photo-alt', text: message });
    expect(fieldError(el, 'photo-alt')).to.equal(message);
    expect(byId(el, 'photo-alt').getAttribute('aria-invalid')).to.equal('true');
    expect(el.validationMessage).to.equal(message);
  });

  it('a saved photo without a description is kept as given, reported, and the problem shown at the field', async () => {
    const errors: CustomEvent[] = [];
    const el = await fixture<Profile>(html`<msp-one-page-profile @msp-error=${(event: CustomEvent) => errors.push(event)}></msp-one-page-profile>`);
    const given = { ...joyceWithPhoto, photo: { src: PHOTO_OF_A_DRAWN_FACE } };
    give(el, given);
    await settle(el);
    expect(el.value).to.equal(given);
    expect(errors[0].detail.issues.map((issue: { path: unknown[] }) => issue.path.join('.'))).to.deep.equal(['photo.alt']);
    expect(fieldError(el, 'photo-alt')).to.equal('Describe the photo, for people who cannot see it');
  });

  it('an oversized photo is refused with a clear message, and nothing else is lost', async () => {
    const el = await mount(joyceWithPhoto);
    const before = JSON.stringify(el.value);
    const events: Event[] = [];
    el.addEventListener('msp-input', (event) => events.push(event));
    pickFile(el, new File([new Uint8Array(PHOTO_LIMIT_BYTES + 1)], 'huge.jpg', { type: 'image/jpeg' }));
    await waitFor(() => fieldError(el, 'photo') !== undefined, 'the refusal');
    expect(fieldError(el, 'photo')).to.equal('The photo must be smaller than 10 MB');
    expect(byId(el, 'photo').getAttribute('aria-describedby')).to.contain('photo-error');
    expect(JSON.stringify(el.value), 'the record, its photo included, is as it was').to.equal(before);
    expect(events, 'no edit was made').to.have.length(0);
    expect(byId<HTMLInputElement>(el, 'photo').value, 'the refused file is not left in the field').to.equal('');
    expect(el.checkValidity(), 'a refused photo does not stop the profile being saved').to.be.true;
  });

  it('a file that is not a photo is refused with a clear message', async () => {
    const el = await mount();
    pickFile(el, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() => fieldError(el, 'photo') !== undefined, 'the refusal');
    expect(fieldError(el, 'photo')).to.equal('The photo must be a JPG, PNG, GIF or WebP file');
    expect(photoOf(el)).to.be.undefined;
  });

  it('a photo too large to keep as it is is made smaller, within the limit', async () => {
    const el = await mount();
    const file = await largePhotoFile();
    expect(file.size * 1.34, 'the file is larger than a record may hold').to.be.greaterThan(PROFILE_LIMITS.photoLength);
    pickFile(el, file);
    await waitFor(() => photoOf(el) !== undefined, 'the photo to be made smaller', 10_000);
    const src = photoOf(el)!.src;
    expect(src.startsWith('data:image/jpeg;base64,')).to.be.true;
    expect(src.length).to.be.at.most(PROFILE_LIMITS.photoLength);
    await waitFor(() => photoCanvas(el) !== null, 'the photo to show');
    expect([photoCanvas(el)!.width, photoCanvas(el)!.height]).to.deep.equal([600, 450]);
  });

  it('Remove the photo takes it out of the record, and focus returns to the file field', async () => {
    const el = await mount(joyceWithPhoto);
    [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Remove the photo')!.click();
    await settle(el);
    expect(photoOf(el)).to.be.undefined;
    expect('photo' in (el.value as object)).to.be.false;
    expect(focusName(el)).to.equal('photo');
  });

  it('shows the photo in view and print as a canvas, never as an image loaded from a data URL', async () => {
    for (const mode of ['view', 'print']) {
      const el = await mount(joyceWithPhoto, mode);
      await waitFor(() => photoCanvas(el) !== null, `the photo in ${mode}`);
      expect(photoCanvas(el)!.getAttribute('aria-label')).to.equal(joyceWithPhoto.photo!.alt);
      expect(root(el).querySelector('img')).to.be.null;
    }
  });

  it('shows a photo the host gives as an https URL from an origin it lists with an image, its description as alt text', async () => {
    const src = 'https://photos.example.gov.uk/joyce.jpg';
    const el = await mount({ ...joyceProfile, photo: { src, alt: 'Joyce in her garden' } }, 'view');
    el.photoOrigins = 'https://photos.example.gov.uk';
    await settle(el);
    const image = root(el).querySelector('img')!;
    expect(image.getAttribute('src')).to.equal(src);
    expect(image.alt).to.equal('Joyce in her garden');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });
});

const PHOTO_LIMIT_BYTES = 10 * 1024 * 1024;
