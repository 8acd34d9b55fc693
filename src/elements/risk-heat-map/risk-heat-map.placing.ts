import { msg, str } from '../../core/locale.js';
import { QUALITY_OF_LIFE_BANDS, type Party } from '../../schemas/risk-heat-map.js';
import { HARM_ROWS, isPlaced, moved, type Placed } from './risk-heat-map.bands.js';
import { FIELD } from './risk-heat-map.errors.js';
import { targetId } from './risk-heat-map.map.js';
import { partyLabel } from './risk-heat-map.options.js';
import type { WorkingPlacement } from './risk-heat-map.state.js';

/** What placing needs from the element: the views as they stand, and a way to change one. */
export interface PlacingHost {
  root(): ShadowRoot;
  placementOf(item: string, party: Party): WorkingPlacement | undefined;
  /** Puts a party's marker in a square, or with none takes it off the map. */
  place(item: string, party: Party, square: Placed | undefined): void;
  /** Moves focus to a control after the next render. */
  focusLater(id: string): void;
  /** Says something through the polite live region. */
  say(words: string): void;
  editable(): boolean;
  requestUpdate(): void;
}

/** A marker being dragged: where the pointer went down, and the square it is over now. */
interface Drag {
  item: string;
  party: Party;
  pointer: number;
  x: number;
  y: number;
  moved: boolean;
  over?: Placed;
}

/**
 * Placing views on the maps, for every item at once, from events on the list of items: a click
 * picks a marker up and a click on a square puts it down (the single-pointer way to do what a drag
 * does); a drag moves it; by keyboard, Enter or Space picks it up, the arrow keys move between
 * squares or move a marker on the map one band at a time, and Escape puts it back. The buttons say
 * what they are with `data-party` and `data-action`; each map's area and squares name their item
 * and bands.
 */
export class MapPlacing {
  /** The marker picked up to be put in a square. */
  private picked?: { item: string; party: Party };
  private drag?: Drag;
  /** A drag just ended: the click that follows it is not a pick. */
  private dragEnded = false;

  constructor(private readonly host: PlacingHost) {}

  /** The party picked up on an item's map, if any. */
  pickedIn(item: string): Party | undefined {
    return this.picked?.item === item ? this.picked.party : undefined;
  }

  /** The square of an item's map a marker is being dragged over, if any. */
  overIn(item: string): Placed | undefined {
    return this.drag?.item === item ? this.drag.over : undefined;
  }

  /** Forgets a picked-up marker: the item went, or the map was replaced by the table. */
  drop(item?: string): void {
    if (!item || this.picked?.item === item) this.picked = undefined;
  }

  /** Clicks on a marker, a square, "Take off the map" or "Cancel". */
  onClick = (event: MouseEvent) => {
    const target = targetOf(event);
    if (!target) return;
    const { control, item, party } = target;
    if (party) return this.pick(item, party, event);
    const picked = this.pickedIn(item);
    if (!picked) return;
    if (control.dataset.action === 'cancel') return this.cancel();
    this.picked = undefined;
    this.host.place(item, picked, control.dataset.action === 'take-off' ? undefined : squareOf(control));
  };

  /** Arrow keys move a marker one square, or move between the squares a picked-up marker can go to; Escape puts it back. */
  onKey = (event: KeyboardEvent) => {
    const target = targetOf(event);
    if (!target) return;
    if (event.key === 'Escape') return this.cancel();
    const { control, item, party } = target;
    const placement = party ? this.host.placementOf(item, party) : squareOf(control);
    const next = isPlaced(placement) ? moved(placement, event.key) : undefined;
    if (!next) return;
    event.preventDefault();
    if (party) {
      this.picked = undefined;
      this.host.place(item, party, next);
    } else {
      this.host.root().querySelector<HTMLElement>(`#${CSS.escape(targetId(item, next))}`)?.focus();
    }
  };

  /** Dragging a marker onto a square. */
  onPointer = (event: PointerEvent) => {
    const drag = this.drag;
    if (event.type === 'pointerdown') {
      const target = targetOf(event);
      if (!target?.party || event.button !== 0 || !this.host.editable()) return;
      this.drag = { item: target.item, party: target.party, pointer: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
      target.control.setPointerCapture?.(event.pointerId);
      return;
    }
    if (!drag || drag.pointer !== event.pointerId) return;
    if (event.type === 'pointermove') {
      if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 6) return;
      drag.moved = true;
      const over = this.squareAt(drag.item, event.clientX, event.clientY);
      if (over?.qualityOfLife !== drag.over?.qualityOfLife || over?.harm !== drag.over?.harm) {
        drag.over = over;
        this.host.requestUpdate();
      }
      return;
    }
    this.drag = undefined;
    if (!drag.moved) return;
    this.dragEnded = true;
    // No click follows a drag that ended away from the marker.
    setTimeout(() => (this.dragEnded = false));
    const square = event.type === 'pointerup' ? this.squareAt(drag.item, event.clientX, event.clientY) : undefined;
    this.picked = undefined;
    if (square) this.host.place(drag.item, drag.party, square);
    else this.host.requestUpdate();
  };

  /** Picks a marker up, or puts it back; by keyboard, focus goes to the squares it can go to. */
  private pick(item: string, party: Party, event: MouseEvent) {
    if (this.dragEnded) {
      this.dragEnded = false;
      return;
    }
    const again = this.pickedIn(item) === party;
    this.picked = again ? undefined : { item, party };
    if (!again) {
      const placement = this.host.placementOf(item, party);
      const start: Placed = isPlaced(placement) ? placement : { qualityOfLife: QUALITY_OF_LIFE_BANDS[0], harm: HARM_ROWS[0] };
      if (event.detail === 0) this.host.focusLater(targetId(item, start));
      this.host.say(msg(str`Choose a square for: ${partyLabel(party)}`, { id: 'rhm.picking' }));
    }
    this.host.requestUpdate();
  }

  private cancel() {
    const picked = this.picked;
    if (!picked) return;
    this.picked = undefined;
    this.host.focusLater(FIELD.marker(picked.item, picked.party));
    this.host.requestUpdate();
  }

  /** The square of an item's map under a point on the screen. */
  private squareAt(item: string, x: number, y: number): Placed | undefined {
    const element = this.host
      .root()
      .elementsFromPoint(x, y)
      .find((candidate) => candidate.closest<HTMLElement>('[data-item]')?.dataset.item === item) as HTMLElement | undefined;
    return element && squareOf(element);
  }
}

/** The item and the map control an event came from. */
function targetOf(event: Event) {
  const control = (event.target as HTMLElement).closest<HTMLElement>('button');
  const item = control?.closest<HTMLElement>('[data-item]')?.dataset.item;
  return control && item ? { control, item, party: control.dataset.party as Party | undefined } : undefined;
}

/** The square a control sits in. */
function squareOf(control: HTMLElement): Placed | undefined {
  const square = control.closest<HTMLElement>('td[data-quality]')?.dataset;
  return square && ({ qualityOfLife: square.quality, harm: square.harm } as Placed);
}
