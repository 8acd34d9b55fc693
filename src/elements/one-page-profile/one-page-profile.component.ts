import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { optional } from '../../core/common-messages.js';
import { describedBy, errorId, groupClass } from '../../core/field-parts.js';
import { errorMessage } from '../../core/fields.js';
import type { FieldBinder } from '../../core/field-binder.js';
import { MspFormElement } from '../../core/form-element.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { setOptionalText } from '../../core/set-aside.js';
import { CHART_COLUMNS, onePageProfile, PROFILE_LIMITS, PROFILE_SECTIONS, type OnePageProfileRecord } from '../../schemas/one-page-profile.js';
import { FIELD, onePageProfileFieldError } from './one-page-profile.errors.js';
import { fitToPage, sameFit, type Fit } from './one-page-profile.fit.js';
import { addItem, editItem, listOf, moveItem, removeItem, undoRemove } from './one-page-profile.lists.js';
import { fromListedOrigin, PHOTO_TYPES, photoFromFile, PhotoCanvas } from './one-page-profile.photo.js';
import {
  isEmptyOnePageProfile,
  listLimit,
  loadOnePageProfile,
  newOnePageProfileFields,
  reviveOnePageProfileView,
  type ListItem,
  type WorkingOnePageProfile,
  type OnePageProfileView,
  type WorkingPhoto,
  type PhotoProblem,
  type ProfileList,
} from './one-page-profile.state.js';
import { onePageProfileStyles } from './one-page-profile.styles.js';
import { renderProfile } from './one-page-profile.summary.js';
import { addLabel, columnLabel, helpedByLabel, itemName, listPrompt, listTitle, sharedWithLabel } from './one-page-profile.words.js';

type ProfileFields = FieldBinder<WorkingOnePageProfile, OnePageProfileView>;

/** How the element shows the profile. */
export type ProfileMode = 'edit' | 'view' | 'print';

const NO_FIT: Fit = { shrunk: [], overflows: false };

const photoProblemMessage = (problem: PhotoProblem) =>
  problem === 'type'
    ? msg('The photo must be a JPG, PNG, GIF or WebP file', { id: 'opp.photo.type' })
    : problem === 'size'
      ? msg('The photo must be smaller than 10 MB', { id: 'opp.photo.size' })
      : msg('The photo could not be opened. Choose another photo', { id: 'opp.photo.unreadable' });

/**
 * A one-page profile: on one page, in the person's own voice, what people like and admire about
 * them, what is important to them and how best to support them, with the name they like to be
 * called, an optional photo and communication chart, who helped write it and who may see it.
 * Emits an `msp.one-page-profile` record.
 *
 * @tag msp-one-page-profile
 * @summary A one-page profile in the person's own voice: edit it, read it, print it on one page.
 *
 * @fires {MspSubmitEvent} msp-submit - Completed; `detail` is the valid `msp.one-page-profile` record.
 *
 * @csspart statement - One statement or chart row being edited.
 * @csspart profile - The profile as people read it (view and print).
 *
 * @cssprop --msp-profile-accent-1 - The top border of "What people like and admire about me". Default: #1d70b8.
 * @cssprop --msp-profile-accent-2 - The top border of "What is important to me". Default: #00703c.
 * @cssprop --msp-profile-accent-3 - The top border of "How best to support me". Default: #f47738.
 */
export class MspOnePageProfile extends MspFormElement<OnePageProfileRecord, WorkingOnePageProfile, OnePageProfileView> {
  static override styles = [...MspFormElement.styles, onePageProfileStyles];

  static override properties = {
    ...MspFormElement.properties,
    mode: { reflect: true },
    photoOrigins: { attribute: 'photo-origins' },
  };

  /**
   * `edit` (the default): the form. `view`: the profile as a readable page. `print`: a preview of
   * the one A4 page that prints. Printing the page prints that one page, whatever the mode. In
   * `view` and `print` the profile is read-only in form terms, as with `readonly`: nothing can be
   * edited, the record is still the form's value, and it is not validated, so even a required
   * profile that is incomplete never stops its form being sent.
   */
  declare mode: ProfileMode;

  /**
   * Where a photo at an https URL may be loaded from: space-separated exact origins, such as
   * `https://docs.example.gov.uk`, with no wildcards. A photo from any other https URL is not
   * loaded: the profile shows the words that describe it instead, and the form says the photo is
   * not shown on this page. Photos kept in the record itself (data URLs) always show. A listed
   * photo is loaded with no referrer; the page's Content-Security-Policy must allow it in `img-src`.
   */
  declare photoOrigins: string | undefined;

  protected readonly recordKind = onePageProfile;
  protected newRecordFields = newOnePageProfileFields;
  protected load = loadOnePageProfile;
  protected reviveView = reviveOnePageProfileView;
  protected isEmpty = isEmptyOnePageProfile;
  protected fieldErrorFor = onePageProfileFieldError;

  private readonly photos = new PhotoCanvas(this);
  /** What was made smaller to fit the printed page. */
  private fit: Fit = NO_FIT;
  private fitPasses = 0;

  constructor() {
    super();
    this.mode = 'edit';
  }

  /** Shown for reading, as `readonly` is: submitted, never validated. */
  protected override get readOnlyInForm(): boolean {
    return this.mode === 'view' || this.mode === 'print';
  }

  protected override get showsSummary(): boolean {
    return super.showsSummary || this.readOnlyInForm;
  }

  /** Laid out as the one printed page: printing, or previewing print. */
  private get asSheet(): boolean {
    return this.printing || this.mode === 'print';
  }

  protected submitLabel() {
    return msg('Save the profile', { id: 'opp.submit' });
  }

  protected renderSummary() {
    const photo = this.record.photo;
    return renderProfile(this.record, {
      sheet: this.asSheet,
      paper: this.asSheet && !this.pagePrinting,
      fit: this.fit,
      photo: photo ? this.photoImage(photo) : nothing,
    });
  }

  protected override updated(): void {
    super.updated();
    this.photos.draw(this.renderRoot);
    const sheet = this.renderRoot.querySelector<HTMLElement>('.sheet');
    const fit = sheet ? fitToPage(sheet) : NO_FIT;
    // The note saying what was made smaller takes room too, so fitting runs again once it shows.
    if (sameFit(fit, this.fit)) this.fitPasses = 0;
    else if (this.fitPasses++ < 3) {
      this.fit = fit;
      this.requestUpdate();
    }
  }

  // ——— the form ———

  protected renderFields(): TemplateResult {
    const form = this.fields();
    const record = this.record;
    return html`
      <section class="section" aria-labelledby="about-me-heading">
        <h2 class="heading-m" id="about-me-heading">${msg('About me', { id: 'opp.about-me' })}</h2>
        ${form.text(FIELD.name, {
          label: msg('What do you like to be called?', { id: 'opp.name.label' }),
          hint: msg('The name people should use when they talk to you.', { id: 'opp.name.hint' }),
          value: record.name,
          maxLength: PROFILE_LIMITS.nameLength,
          set: (r, text) => (r.name = text),
        })}
        ${this.renderPhoto(form)}
      </section>
      ${PROFILE_SECTIONS.map((section) => this.renderList(section, form))} ${this.renderList('communication', form)}
      <section class="section" aria-labelledby="sharing-heading">
        <h2 class="heading-m" id="sharing-heading">${msg('About this profile', { id: 'opp.sharing' })}</h2>
        ${form.text(FIELD.helpedBy, {
          label: `${helpedByLabel()} ${optional()}`,
          hint: msg('For example: my sister Ann and my social worker.', { id: 'opp.helped-by.hint' }),
          value: record.helpedBy ?? '',
          maxLength: PROFILE_LIMITS.noteLength,
          multiline: true,
          set: (r, text) => setOptionalText(r, 'helpedBy', text),
        })}
        ${form.text(FIELD.sharedWith, {
          label: sharedWithLabel(),
          hint: msg('You choose who sees it. For example: the staff at my day centre and my GP.', { id: 'opp.shared-with.hint' }),
          value: record.sharedWith,
          maxLength: PROFILE_LIMITS.noteLength,
          multiline: true,
          set: (r, text) => (r.sharedWith = text),
        })}
      </section>
    `;
  }

  private renderPhoto(form: ProfileFields) {
    const error = form.error;
    const photo = this.record.photo;
    const problem = this.view.photoProblem;
    const photoError = problem ? photoProblemMessage(problem) : error(FIELD.photo);
    return html`<div class=${groupClass(photoError)}>
        <label class="label" for=${FIELD.photo}>
          ${photo ? msg('Choose a different photo', { id: 'opp.photo.change' }) : msg('Add a photo', { id: 'opp.photo.add' })}
          ${optional()}
        </label>
        <div class="hint" id="photo-hint">
          ${msg('One you are happy for people to see: a JPG, PNG, GIF or WebP file smaller than 10 MB. We make large photos smaller.', {
            id: 'opp.photo.hint',
          })}
        </div>
        ${errorMessage(FIELD.photo, photoError)}
        <input
          type="file"
          id=${FIELD.photo}
          class="file"
          accept=${PHOTO_TYPES.join(',')}
          aria-invalid=${photoError ? 'true' : 'false'}
          aria-describedby=${describedBy('photo-hint', photoError && errorId(FIELD.photo))!}
          @change=${this.pickPhoto}
        />
      </div>
      ${photo
        ? html`<div class="photo-edit">
            ${this.hidesPhoto(photo.src)
              ? html`<p class="body panel">
                  ${msg('This photo is not shown on this page.', { id: 'opp.photo.not-shown' })}
                </p>`
              : this.photoImage(photo)}
            ${form.text(FIELD.photoAlt, {
              label: msg('Describe the photo', { id: 'opp.alt.label' }),
              hint: msg('For people who cannot see it. For example: Joyce smiling in her garden.', { id: 'opp.alt.hint' }),
              value: photo.alt,
              maxLength: PROFILE_LIMITS.altLength,
              set: (r, text) => r.photo && (r.photo = { ...r.photo, alt: text }),
            })}
            <button type="button" class="button button--secondary" @click=${this.removePhoto}>
              ${msg('Remove the photo', { id: 'opp.photo.remove' })}
            </button>
          </div>`
        : nothing}`;
  }

  /**
   * The photo: an https URL from an origin the host lists, as an image; a data URL decoded and
   * drawn on a canvas, which needs no image source in the page's Content-Security-Policy. Any
   * other https photo is not loaded: its words show instead.
   */
  private photoImage(photo: WorkingPhoto) {
    // Until it is described, the photo is shown but not named: its description is asked for beside it.
    const label = photo.alt.trim();
    if (this.hidesPhoto(photo.src)) return photoWords(label);
    if (photo.src.startsWith('https://')) {
      return html`<img class="photo" src=${photo.src} alt=${label} referrerpolicy="no-referrer" />`;
    }
    const image = this.photos.imageOf(photo.src);
    if (!image) return nothing;
    if (image === 'failed') return photoWords(label);
    return html`<canvas
      class="photo"
      data-photo
      role=${label ? 'img' : nothing}
      aria-label=${label || nothing}
      aria-hidden=${label ? nothing : 'true'}
      width=${image.width}
      height=${image.height}
    ></canvas>`;
  }

  /** Whether a photo is at an https URL whose origin the host has not listed in `photo-origins`: it is not loaded. */
  private hidesPhoto(src: string): boolean {
    return src.startsWith('https://') && !fromListedOrigin(src, this.photoOrigins);
  }

  private pickPhoto = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.view.photoProblem = undefined;
    const photo = await photoFromFile(file);
    // The file's name would stay beside the button; the photo itself now shows, or the problem does.
    input.value = '';
    if (photo === 'type' || photo === 'size' || photo === 'unreadable') {
      this.view.photoProblem = photo;
      this.announce(photoProblemMessage(photo));
      this.requestUpdate();
      return;
    }
    // A new photo needs its own description.
    this.edit((record) => (record.photo = { src: photo, alt: '' }), { commit: true });
    this.focusAfterUpdate = FIELD.photoAlt;
  };

  private removePhoto = () => {
    this.edit(
      (record, view) => {
        delete record.photo;
        view.photoProblem = undefined;
      },
      { commit: true },
    );
    this.focusAfterUpdate = FIELD.photo;
  };

  // ——— the lists: statements in each section, rows of the chart ———

  private renderList(list: ProfileList, form: ProfileFields) {
    const items = listOf(this.record, list);
    const full = items.length >= listLimit(list);
    const addId = FIELD.add(list);
    const promptId = `${list}-prompt`;
    const removed = this.view.removed?.list === list ? this.view.removed : undefined;
    const title = listTitle(list);
    return html`<section class="section" aria-labelledby=${`${list}-heading`}>
      <h2 class="heading-m" id=${`${list}-heading`}>${title} ${list === 'communication' ? optional() : nothing}</h2>
      <p class="hint" id=${promptId}>${listPrompt(list)}</p>
      ${items.length
        ? html`<fieldset class="fieldset">
            <legend class="visually-hidden">${title}</legend>
            <ol class="items">
              ${items.map((item, index) => this.renderItemOnChange(list, item, index, items.length, form))}
            </ol>
          </fieldset>`
        : nothing}
      ${removed
        ? html`<div>
            <p class="body words" id=${`removed-${list}`}>${msg(str`Removed: ${removedWords(removed.item, itemName(list, removed.index + 1))}`, { id: 'opp.removed' })}</p>
            <button
              type="button"
              class="button button--secondary"
              id=${FIELD.undo(list)}
              aria-describedby=${`removed-${list}`}
              ?disabled=${full}
              @click=${this.undo}
            >
              ${msg('Undo', { id: 'opp.undo' })}
            </button>
          </div>`
        : nothing}
      ${form.addButton(addId, {
        label: html`${addLabel(list)}<span class="visually-hidden"> (${title})</span>`,
        disabled: full,
        describedBy: promptId,
        hint: full ? msg(str`You can add up to ${listLimit(list)}.`, { id: 'opp.list.full' }) : undefined,
        onAdd: () => this.addTo(list),
      })}
    </section>`;
  }

  /** One item, rendered again only when something it shows has changed: typing in one of sixty re-renders that one. */
  private renderItemOnChange(list: ProfileList, item: ListItem, index: number, count: number, form: ProfileFields) {
    const error = form.error;
    const fields = list === 'communication' ? CHART_COLUMNS : (['text'] as const);
    return guard([item, index, count, getLocale(), ...fields.map((field) => error(FIELD.text(item.id, field)))], () =>
      this.renderItem(list, item, index, count, form),
    );
  }

  private renderItem(list: ProfileList, item: ListItem, index: number, count: number, form: ProfileFields) {
    const name = itemName(list, index + 1);
    const box = (field: string, label: string, value: string) =>
      form.text(FIELD.text(item.id, field), {
        label,
        value,
        maxLength: PROFILE_LIMITS.statementLength,
        multiline: true,
        rows: 2,
        set: (record, text) => editItem(record, list, item.id, field, text),
      });
    const actions = html`<div class="item__actions">
      ${this.moveButton(list, item.id, -1, index === 0, name)} ${this.moveButton(list, item.id, 1, index === count - 1, name)}
      <button type="button" class="link-button" @click=${() => this.removeFrom(list, item.id)}>
        ${msg('Remove', { id: 'opp.remove' })}<span class="visually-hidden"> ${name}</span>
      </button>
    </div>`;
    if (list !== 'communication') {
      return html`<li class="item" part="statement">${box('text', name, (item as { text: string }).text)} ${actions}</li>`;
    }
    const row = item as Record<string, string>;
    return html`<li class="item" part="statement">
      <fieldset class="fieldset">
        <legend class="legend">${name}</legend>
        <div class="chart-row">${CHART_COLUMNS.map((column) => box(column, columnLabel(column), row[column]))}</div>
        ${actions}
      </fieldset>
    </li>`;
  }

  /** Moving is always offered, so focus can stay on the button; at the top or bottom it says so instead. */
  private moveButton(list: ProfileList, id: string, by: -1 | 1, atEnd: boolean, name: string) {
    const label = by < 0 ? msg('Move up', { id: 'opp.move-up' }) : msg('Move down', { id: 'opp.move-down' });
    return html`<button
      type="button"
      class="link-button"
      id=${FIELD.move(id, by)}
      aria-disabled=${atEnd ? 'true' : 'false'}
      @click=${() => this.move(list, id, by)}
    >
      ${label}<span class="visually-hidden"> ${name}</span>
    </button>`;
  }

  private addTo(list: ProfileList) {
    let id = '';
    this.edit((record) => (id = addItem(record, list)), { commit: true });
    this.focusAfterUpdate = FIELD.text(id, list === 'communication' ? CHART_COLUMNS[0] : 'text');
  }

  private move(list: ProfileList, id: string, by: -1 | 1) {
    const items = listOf(this.record, list);
    const from = items.findIndex((item) => item.id === id);
    const to = from + by;
    // At the top or the bottom the button says it cannot be used (aria-disabled), and does nothing.
    if (to < 0 || to >= items.length) return;
    this.edit((record) => moveItem(record, list, id, by), { commit: true });
    this.focusAfterUpdate = FIELD.move(id, by);
    this.announce(msg(str`Moved to ${to + 1} of ${items.length}`, { id: 'opp.moved' }));
  }

  private removeFrom(list: ProfileList, id: string) {
    this.edit((record, view) => removeItem(record, view, list, id), { commit: true });
    this.focusAfterUpdate = FIELD.undo(list);
  }

  private undo = () => {
    const list = this.view.removed?.list;
    let id: string | undefined;
    this.edit((record, view) => (id = undoRemove(record, view)), { commit: true });
    if (id && list) this.focusAfterUpdate = FIELD.text(id, list === 'communication' ? CHART_COLUMNS[0] : 'text');
  };

}

/** In place of a photo that is not shown: the words that describe it. */
const photoWords = (label: string) => (label ? html`<p class="photo photo--words words">${label}</p>` : nothing);

/** The words of a removed item, to say what Undo brings back. */
function removedWords(item: ListItem, name: string): string {
  const words = 'text' in item ? item.text : item.whatIsHappening;
  return words.trim() ? `“${words}”` : name;
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-one-page-profile': MspOnePageProfile;
  }
}
