import type { ReactiveControllerHost } from 'lit';
import { PROFILE_LIMITS } from '../../schemas/one-page-profile.js';
import type { PhotoProblem } from './one-page-profile.state.js';

/**
 * The photo: read from a file the person picks, kept in the record as a data URL, and shown by
 * decoding it here and drawing it on a canvas. Nothing is fetched and no `data:` or `blob:` URL is
 * ever loaded, so the photo shows under a Content-Security-Policy that allows neither.
 *
 * A photo at an https URL, from another system, is loaded only from an origin the host lists
 * (`photo-origins`): a record must not make the page ask any host it names for anything.
 */

/**
 * Whether a photo's URL (an https one: the caller checks) is at an origin in a `photo-origins` list: space-separated, each
 * written exactly as an origin (`https://docs.example.gov.uk`), with no wildcard, path, query or
 * user name. An entry that is not an origin matches nothing.
 */
export function fromListedOrigin(src: string, list: string | null | undefined): boolean {
  if (!list) return false;
  try {
    const { origin } = new URL(src);
    return !origin.includes('*') && list.toLowerCase().split(/\s+/).some((entry) => entry.replace(/\/$/, '') === origin);
  } catch {
    return false;
  }
}

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
/** Larger files are refused before they are opened. */
export const PHOTO_FILE_LIMIT = 10 * 1024 * 1024;
/** A photo too large to keep as it is is made smaller: at most this many pixels on its longest side. */
const LONGEST_SIDE = 600;

const dataUrlOf = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * The photo in a file, as a data URL the record can hold: the file itself if it is small enough,
 * otherwise a smaller JPEG copy. Or why it cannot be used.
 */
export async function photoFromFile(file: File): Promise<string | PhotoProblem> {
  if (!PHOTO_TYPES.includes(file.type)) return 'type';
  if (file.size > PHOTO_FILE_LIMIT) return 'size';
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file);
  } catch {
    return 'unreadable';
  }
  try {
    const original = await dataUrlOf(file);
    if (original.length <= PROFILE_LIMITS.photoLength) return original;
    const scale = Math.min(1, LONGEST_SIDE / Math.max(image.width, image.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d')!;
    // A transparent background would turn black in a JPEG.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const smaller = canvas.toDataURL('image/jpeg', 0.85);
    return smaller.length <= PROFILE_LIMITS.photoLength ? smaller : 'size';
  } catch {
    return 'unreadable';
  } finally {
    image.close();
  }
}

/** Decodes a data URL's image without loading the URL: its bytes go straight to the decoder. */
async function decode(src: string): Promise<ImageBitmap> {
  const [head, data] = src.split(',');
  const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: head.slice(5, -7) }));
}

/**
 * Holds the decoded image of the record's photo, so every render (the form, the page, print) can
 * draw it at once. Canvases to draw on are marked `data-photo`.
 */
export class PhotoCanvas {
  private src?: string;
  private decoded?: ImageBitmap | 'failed';
  private readonly drawn = new WeakMap<HTMLCanvasElement, ImageBitmap>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The decoded image, undefined while it is being decoded, or `failed`. */
  imageOf(src: string): ImageBitmap | 'failed' | undefined {
    if (src !== this.src) {
      this.src = src;
      this.decoded = undefined;
      decode(src).then(
        (image) => this.decodedAs(src, image),
        () => this.decodedAs(src, 'failed'),
      );
    }
    return this.decoded;
  }

  private decodedAs(src: string, result: ImageBitmap | 'failed') {
    if (src !== this.src) return;
    this.decoded = result;
    this.host.requestUpdate();
  }

  /** Draws the image on every photo canvas that does not show it yet. */
  draw(root: ParentNode): void {
    const image = this.decoded;
    if (!image || image === 'failed') return;
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-photo]')) {
      if (this.drawn.get(canvas) === image) continue;
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      this.drawn.set(canvas, image);
    }
  }
}
