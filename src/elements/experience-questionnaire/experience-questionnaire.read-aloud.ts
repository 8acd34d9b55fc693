import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, matchLocale } from '../../core/locale.js';

const speech = () => (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;

/**
 * Reads words aloud with the browser's own speech synthesis, in the language of the form, with a
 * voice that runs on the device: voices that send text to a server are never used. Where the
 * device has no such voice for the language, `canRead` is false and nothing is offered. Voices can
 * arrive after the page loads (`voiceschanged`); the host renders again then.
 */
export class ReadAloud implements ReactiveController {
  private spoke = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private voicesChanged = () => this.host.requestUpdate();

  hostConnected() {
    speech()?.addEventListener('voiceschanged', this.voicesChanged);
  }

  hostDisconnected() {
    speech()?.removeEventListener('voiceschanged', this.voicesChanged);
    if (this.spoke) speech()!.cancel();
    this.spoke = false;
  }

  /** A voice on this device that speaks the form's language. */
  private voice() {
    return speech()
      ?.getVoices()
      .find((voice) => voice.localService && matchLocale(voice.lang) === getLocale());
  }

  get canRead(): boolean {
    return !!this.voice();
  }

  /** Stops anything this form is reading, then reads `words`. */
  read(words: string) {
    const voice = this.voice();
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(words);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speech()!.cancel();
    speech()!.speak(utterance);
    this.spoke = true;
  }
}
