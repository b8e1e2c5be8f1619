import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  attachmentsSize,
  checkItem,
  photoSizeProblem,
  base64ToBytes,
  DEFAULT_ATTACHMENT_BUDGET_BYTES,
  emptyResponseState,
  type Attachment,
  type PhotoItem,
  type QuestionItem,
} from '@otforms/core';
import { decodeAttachment, PhotoError, preparePhoto } from './photo-processing.js';
import { photoStyles } from './photo-styles.js';
import { QuestionElement } from './question-element.js';

/** The longest side of a thumbnail's canvas, in pixels: sharp at 10rem on a high-density screen. */
const THUMBNAIL_SIDE = 320;

/**
 * A photo question: "Take a photo" opens the camera (`capture="environment"`)
 * and "Choose a photo" the device's photos. Each photo is made smaller (its
 * longest side at most 1600 px) and encoded again as JPEG, which leaves its
 * location and every other piece of metadata behind; its SHA-256 and size
 * go with it. Its value is the photos' ids joined by commas; `attachments`
 * holds the photos, and a native form receives one JPEG file per photo.
 *
 * Thumbnails are drawn on canvases, so they show under a Content-Security-Policy
 * that allows no `data:` or `blob:` images.
 *
 * @fires ot-answer - A photo was added or removed; `detail` is `{ itemId, input, notAssessed, attachments }` (and `path` when the form gave one): `attachments` all the question's photos now, `input` their ids joined by commas.
 * @csspart label - The legend.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart control - The photos and the buttons that add and remove them.
 * @cssprop --ot-color-muted-surface - The add and remove buttons, and a thumbnail before it is drawn.
 * @cssprop --ot-color-rule - The line around each thumbnail.
 */
export class OtPhotoQuestion extends QuestionElement {
  static override styles = [...QuestionElement.styles, photoStyles];

  /** The question's photos, in the order they were added. Setting them sets `value` to their ids. */
  @property({ attribute: false }) attachments: readonly Attachment[] = [];

  /** The most a record's photos may add up to, in bytes (the definition's `attachmentBudgetBytes`). */
  @property({ type: Number, attribute: 'budget-bytes' }) budgetBytes = DEFAULT_ATTACHMENT_BUDGET_BYTES;

  /** Bytes the record's other photo questions already hold, which count against the same budget. */
  @property({ type: Number, attribute: false }) otherBytes = 0;

  /** True while a chosen photo is being prepared: the photos are `aria-busy`, the status line (outside them, so it is announced) says so. */
  @state() private busy = false;
  /** What went wrong with the last photo chosen; the answer itself is unchanged. */
  @state() private problem = '';
  /** What the status line last said: a photo added or removed. */
  @state() private announcement = '';

  #thumbnails = new Map<string, Promise<ImageBitmap | null>>();
  #files = new Map<string, File>();
  #focusAfterUpdate: (() => HTMLElement | null | undefined) | null = null;

  protected get validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('button');
  }

  private get photoItem(): PhotoItem | null {
    return this.item?.type === 'photo' ? this.item : null;
  }

  protected override get shownError(): string {
    return this.problem || this.error;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The photos and their ids agree whichever was set: a reset or a host's `value` keeps only the photos it names.
    if (changed.has('value') && !changed.has('attachments')) {
      const ids = this.value ? this.value.split(',') : [];
      this.attachments = this.attachments.filter((photo) => ids.includes(photo.id));
    }
    // An id with no photo behind it is no answer: the value only ever names photos the question has.
    if (changed.has('value') || changed.has('attachments')) this.value = this.attachments.map((photo) => photo.id).join(',');
  }

  protected override checkAnswer(item: QuestionItem): { empty: boolean; message: string | null } {
    const ids = this.attachments.map((photo) => photo.id);
    const found = checkItem(item, {
      ...emptyResponseState(),
      answers: ids.length ? { [item.id]: ids } : {},
      attachments: Object.fromEntries(this.attachments.map((photo) => [photo.id, photo])),
      notAssessed: this.notAssessed ? [item.id] : [],
    });
    const problem = found?.problem ?? photoSizeProblem(this.otherBytes + attachmentsSize(this.attachments), this.budgetBytes);
    return { empty: ids.length === 0, message: problem && this.t.answers.problem(problem, item.label) };
  }

  /**
   * A photo the question itself refused (not an image, unreadable, over the
   * budget) is said at once: the error is an alert, as other controls' own
   * problems are, since nothing else announces it once the "Preparing" status
   * ends. An error the form gives is shown as every question shows one.
   */
  protected override renderError(): TemplateResult | typeof nothing {
    if (!this.problem) return super.renderError();
    return html`<p id=${this.ids.error} class="error-message" part="error" role="alert"><span class="visually-hidden">${this.t.questions.errorPrefix}</span> ${this.problem}</p>`;
  }

  /** One JPEG file per photo, named by its id, under the question's name. */
  protected override formValue(): FormData | null {
    if (!this.attachments.length || !this.name) return null;
    const data = new FormData();
    for (const photo of this.attachments) data.append(this.name, this.fileOf(photo));
    return data;
  }

  /**
   * Nothing comes back after back/forward navigation, as with a native file input: browsers keep no
   * state for a control whose value holds files. Inside a form element the photos are in its draft.
   */
  override formStateRestoreCallback(): void {}

  override formResetCallback(): void {
    super.formResetCallback();
    this.problem = '';
    this.announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const thumbnail of this.#thumbnails.values()) void thumbnail.then((bitmap) => bitmap?.close());
    this.#thumbnails.clear();
  }

  override render(): TemplateResult | typeof nothing {
    const item = this.photoItem;
    if (!item) return nothing;
    const photos = this.attachments;
    const atLimit = photos.length >= item.maxPhotos;
    const error = this.shownError;
    const messages = this.t.questions;
    return html`
      <div class="group ${error ? 'has-error' : ''}">
        <fieldset aria-describedby=${this.describedBy()} ?disabled=${this.disabled}>
          <legend part="label" lang=${this.itemLang}>${item.label}</legend>
          ${this.renderHint()} ${this.renderError()}
          <div class="photos" part="control" aria-busy=${this.busy ? 'true' : 'false'}>
            ${photos.length
              ? html`<ul class="thumbnails">
                  ${repeat(
                    photos,
                    (photo) => photo.id,
                    (photo, index) => html`<li>
                      <canvas
                        role="img"
                        data-photo=${photo.id}
                        width=${thumbnailSize(photo).width}
                        height=${thumbnailSize(photo).height}
                        aria-label=${messages.photoAlt(index + 1, photos.length, item.label)}></canvas>
                      <button type="button" class="secondary" data-remove=${photo.id} @click=${() => this.removePhoto(photo.id)}>
                        ${messages.removePhoto(index + 1)}
                      </button>
                    </li>`,
                  )}
                </ul>`
              : nothing}
            ${atLimit
              ? html`<p class="limit">${messages.photoLimit(item.maxPhotos)}</p>`
              : html`<div class="add">
                  <button type="button" class="secondary" data-open="camera" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.open('camera')}>
                    ${messages.takePhoto}
                  </button>
                  <button type="button" class="secondary" data-open="library" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.open('library')}>
                    ${messages.choosePhoto}
                  </button>
                  <input id="camera" type="file" accept="image/*" capture="environment" hidden tabindex="-1" @change=${this.onChosen} />
                  <input id="library" type="file" accept="image/*" multiple hidden tabindex="-1" @change=${this.onChosen} />
                </div>`}
          </div>
          <p class="status" role="status">${this.busy ? messages.preparingPhoto : this.announcement}</p>
        </fieldset>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawThumbnails();
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = null;
    focus?.()?.focus();
  }

  /** The buttons open the hidden file inputs, so that both look and work like buttons and are reached by Tab once each. */
  private open(which: 'camera' | 'library'): void {
    if (this.busy || this.disabled) return;
    this.renderRoot.querySelector<HTMLInputElement>(`#${which}`)?.click();
  }

  private onChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // so the same photo can be chosen again after it is removed
    if (files.length) void this.add(files);
  }

  /**
   * Prepares each chosen file in turn and keeps it while there is room and
   * budget. The answer is reported once, with every photo the question then has.
   */
  private async add(files: readonly File[]): Promise<void> {
    const item = this.photoItem;
    if (!item || this.busy) return;
    const messages = this.t.questions;
    this.busy = true;
    this.problem = '';
    this.announcement = '';
    const added: Attachment[] = [];
    let problem = '';
    const room = item.maxPhotos - this.attachments.length;
    if (files.length > room) problem = messages.tooManyChosen(room);
    for (const file of files.slice(0, Math.max(0, room))) {
      let photo: Attachment;
      try {
        photo = await preparePhoto(file, item.id);
      } catch (error) {
        problem = error instanceof PhotoError && error.problem === 'not-an-image' ? messages.notAnImage : messages.unreadableImage;
        break;
      }
      // Checked before the form hears of it: a photo over the record's budget is never kept.
      const over = photoSizeProblem(this.otherBytes + attachmentsSize([...this.attachments, ...added, photo]), this.budgetBytes);
      if (over) {
        problem = this.t.answers.problem(over, item.label);
        break;
      }
      added.push(photo);
    }
    this.busy = false;
    this.problem = problem;
    if (!added.length) return;
    const photos = [...this.attachments, ...added];
    this.attachments = photos;
    this.announcement = messages.photoAdded(photos.length);
    this.answer(photos.map((photo) => photo.id).join(','), false, photos);
    // At the limit the add buttons go: focus moves to the newest photo's remove button rather than being lost.
    if (photos.length >= item.maxPhotos) this.#focusAfterUpdate = () => this.removeButtons().at(-1);
  }

  private removePhoto(id: string): void {
    if (this.disabled) return;
    const index = this.attachments.findIndex((photo) => photo.id === id);
    if (index < 0) return;
    const photos = this.attachments.filter((photo) => photo.id !== id);
    this.attachments = photos;
    this.problem = '';
    this.announcement = this.t.questions.photoRemoved(index + 1);
    this.answer(photos.map((photo) => photo.id).join(','), false, photos);
    // Focus stays in the list: the photo now in that place, the one before it, or the first add button.
    this.#focusAfterUpdate = () => {
      const buttons = this.removeButtons();
      return buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[data-open]');
    };
  }

  private removeButtons(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[data-remove]')];
  }

  private fileOf(photo: Attachment): File {
    let file = this.#files.get(photo.id);
    if (!file) {
      file = new File([base64ToBytes(photo.data) as Uint8Array<ArrayBuffer>], `${photo.id}.jpg`, { type: photo.contentType });
      this.#files.set(photo.id, file);
    }
    return file;
  }

  /** Decodes each photo once, draws it on its canvas, and lets go of photos no longer here. */
  private drawThumbnails(): void {
    const ids = new Set(this.attachments.map((photo) => photo.id));
    for (const [id, thumbnail] of this.#thumbnails) {
      if (ids.has(id)) continue;
      this.#thumbnails.delete(id);
      this.#files.delete(id);
      void thumbnail.then((bitmap) => bitmap?.close());
    }
    for (const photo of this.attachments) {
      let thumbnail = this.#thumbnails.get(photo.id);
      if (!thumbnail) {
        thumbnail = decodeAttachment(photo).catch(() => null);
        this.#thumbnails.set(photo.id, thumbnail);
      }
      void thumbnail.then((bitmap) => {
        const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-photo="${CSS.escape(photo.id)}"]`);
        if (bitmap && canvas && canvas.dataset['drawn'] !== 'true') drawThumbnail(canvas, bitmap);
      });
    }
  }
}

/** A thumbnail's canvas size, from the photo's own (known before it is decoded, so the page does not jump). */
function thumbnailSize(size: { width?: number | undefined; height?: number | undefined }): { width: number; height: number } {
  const width = size.width ?? THUMBNAIL_SIDE;
  const height = size.height ?? THUMBNAIL_SIDE;
  const scale = Math.min(1, THUMBNAIL_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function drawThumbnail(canvas: HTMLCanvasElement, bitmap: ImageBitmap): void {
  const size = thumbnailSize(bitmap);
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  canvas.dataset['drawn'] = 'true';
}
