/**
 * Progressive enhancement of <audio-guide> (src/components/AudioGuide.astro), which sits in the
 * 「音声で聞く」 panel of the format bar. Without this script the panel has a plain
 * <audio controls preload="none"> and a download link. With it, the browser's controls give
 * way to these (one set of controls, one play button, at a time): play/pause, back and
 * forward 10 s, speed 0.75x–2x, the chapter list, a 「この見出しから聞く」 button by each heading
 * while the panel is open, the sentence being read highlighted, optional scrolling to it, and
 * (where the device has a Japanese voice of its own) reading with the browser's voice.
 *
 * Only the controls load with the page. The timing file, the highlighting and the browser
 * voice (audio-guide-reader.ts) load on first use, and no audio byte is fetched before the
 * reader presses play (preload="none").
 *
 * Announcements: a polite status region says what a button did (再生します, 10秒戻りました…),
 * only in answer to the reader's own action, never while sentences go by, so that it does
 * not talk over the audio.
 */
type Reader = import('./audio-guide-reader.ts').GuideReader;

interface ChapterData {
  id: string;
  title: string;
  start: number;
  first: number;
}

/** A copy of one of the component's <template>s (their words carry the build's readings). */
const copyOf = (root: HTMLElement, name: string): DocumentFragment => {
  const template = root.querySelector<HTMLTemplateElement>(`template[${name}]`);
  if (!template) throw new Error(`audio-guide: template[${name}] がありません`);
  return template.content.cloneNode(true) as DocumentFragment;
};

/** Shows the one version of a button's words whose data-when is `state`. */
const showWords = (button: HTMLElement, state: string): void => {
  for (const words of button.querySelectorAll<HTMLElement>('[data-when]')) words.hidden = words.dataset['when'] !== state;
};

class AudioGuideElement extends HTMLElement {
  #reader: Promise<Reader> | undefined;
  #status!: HTMLElement;
  #playButton!: HTMLButtonElement;
  #voiceButton!: HTMLButtonElement;

  get audio(): HTMLAudioElement {
    return this.querySelector('audio')!;
  }

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = '';
    const audio = this.audio;
    const chapters = JSON.parse(this.dataset.chapters ?? '[]') as ChapterData[];
    const ui = copyOf(this, 'data-audio-guide-controls');
    const control = <T extends HTMLElement>(selector: string): T => {
      const found = ui.querySelector<T>(selector);
      if (!found) throw new Error(`audio-guide: ${selector} がありません`);
      return found;
    };

    this.#playButton = control<HTMLButtonElement>('[data-action=play]');
    this.#playButton.addEventListener('click', () => void (this.#voiceActive() ? this.#reader!.then((reader) => reader.pauseOrResumeVoice()) : audio.paused ? this.play() : audio.pause()));
    control('[data-action=back]').addEventListener('click', () => this.#skip(-10));
    control('[data-action=forward]').addEventListener('click', () => this.#skip(10));
    const speed = control<HTMLSelectElement>('select');
    speed.addEventListener('change', () => {
      audio.playbackRate = Number(speed.value);
      void this.#reader?.then((reader) => reader.setRate(Number(speed.value)));
      this.say(`速さを${speed.value}倍にしました`);
    });
    const followBox = control<HTMLInputElement>('input[type=checkbox]');
    followBox.addEventListener('change', () => void this.#reader?.then((reader) => reader.setFollow(followBox.checked)));
    this.#voiceButton = control<HTMLButtonElement>('[data-action=voice]');
    this.#voiceButton.addEventListener('click', () => void this.#load().then((reader) => reader.toggleVoice()));
    for (const button of ui.querySelectorAll<HTMLButtonElement>('button[data-chapter]')) {
      button.addEventListener('click', () => this.playChapter(Number(button.dataset['chapter'])));
    }
    this.#status = control('[data-status]');
    audio.controls = false;
    this.append(ui);

    // 「この見出しから聞く」 by each heading the audio has a chapter for, only while the panel
    // is open: a reader who is not listening meets no play buttons in the text.
    const panel = this.closest('details');
    const fromHere: HTMLButtonElement[] = [];
    const showFromHere = (show: boolean) => {
      for (const button of fromHere.splice(0)) button.remove();
      if (!show) return;
      chapters.forEach((chapter, index) => {
        const heading = chapter.id ? document.getElementById(chapter.id) : null;
        if (!heading || !/^H[2-6]$/.test(heading.tagName)) return;
        const button = copyOf(this, 'data-audio-guide-from-here').querySelector('button')!;
        // The name says which heading. It comes from the button's content (WCAG 2.5.3: the
        // visible words, readings and all, then the heading's title, heard but not shown), not
        // from an aria-label that would differ from the visible words by their ruby. The title is
        // plain text: the heading's own nodes would bring their furigana into the name.
        const which = document.createElement('span');
        which.className = 'visually-hidden';
        which.dataset['furiganaSkip'] = ''; // heard, never seen: a reading would help no one
        which.textContent = `：${chapter.title}`;
        button.append(which);
        button.addEventListener('click', () => this.playChapter(index));
        heading.after(button);
        fromHere.push(button);
      });
    };
    showFromHere(!panel || panel.open);
    panel?.addEventListener('toggle', () => {
      showFromHere(panel.open);
      // Closing the panel hides the pause button: the sound stops with it (WCAG 2.2.2, 1.4.2),
      // and goes on from the same place when the reader presses play again.
      if (!panel.open) this.stop();
    });

    audio.addEventListener('play', () => this.#sync());
    audio.addEventListener('pause', () => this.#sync());
    audio.addEventListener('ended', () => this.#sync());
    audio.addEventListener('play', () => void this.#load(), { once: true });
    this.#offerVoice();
  }

  /** Says a short message in the polite status region (replacing, not queueing). */
  say(message: string): void {
    this.#status.textContent = '';
    requestAnimationFrame(() => (this.#status.textContent = message));
  }

  /** Pauses the recording and the browser voice, whichever is playing. */
  stop(): void {
    if (!this.audio.paused) this.audio.pause();
    if (this.#voiceActive() && this.dataset.voice === 'speaking') void this.#reader?.then((reader) => reader.pauseOrResumeVoice());
  }

  play(): void {
    void this.#load();
    void this.audio.play().catch(() => this.say('音声を再生できませんでした。ダウンロードして聞くこともできます'));
  }

  playChapter(index: number): void {
    void this.#load().then((reader) => reader.playChapter(index));
    const chapters = JSON.parse(this.dataset.chapters ?? '[]') as ChapterData[];
    this.say(`「${chapters[index]?.title ?? ''}」から読み上げます`);
  }

  /** Called by the reader module when the browser voice starts or stops. */
  voiceChanged(active: boolean): void {
    this.#voiceButton.setAttribute('aria-pressed', String(active));
    showWords(this.#voiceButton, active ? 'voice-on' : 'voice-off');
    this.#sync();
  }

  #voiceActive(): boolean {
    return this.#voiceButton.getAttribute('aria-pressed') === 'true';
  }

  #sync(): void {
    const playing = this.#voiceActive() ? this.dataset.voice === 'speaking' : !this.audio.paused;
    showWords(this.#playButton, playing ? 'playing' : 'paused');
  }

  #skip(seconds: number): void {
    const audio = this.audio;
    audio.currentTime = Math.max(0, Math.min(audio.currentTime + seconds, Number.isFinite(audio.duration) ? audio.duration : Infinity));
    this.say(seconds < 0 ? `${-seconds}秒戻りました` : `${seconds}秒進みました`);
  }

  #load(): Promise<Reader> {
    this.#reader ??= import('./audio-guide-reader.ts').then((module) => module.attach(this));
    return this.#reader;
  }

  /**
   * The browser-voice button appears only where a Japanese voice runs on the device itself
   * (localService): a network voice would send the page text to another host.
   */
  #offerVoice(): void {
    if (!('speechSynthesis' in window)) return;
    const check = () => {
      const local = speechSynthesis.getVoices().some((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith('ja') && voice.localService);
      this.#voiceButton.hidden = !local;
    };
    check();
    speechSynthesis.addEventListener('voiceschanged', check);
  }
}

customElements.define('audio-guide', AudioGuideElement);
export type { AudioGuideElement };
