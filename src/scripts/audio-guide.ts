/**
 * Progressive enhancement of <audio-guide> (src/components/AudioGuide.astro). Without this
 * script the page has a plain <audio controls preload="none"> and a download link. With it:
 * play/pause, back and forward 10 s, speed 0.75x–2x, the chapter list, a 「この見出しから聞く」
 * button by each heading, the sentence being read highlighted, optional scrolling to it, and
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

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, text = ''): HTMLElementTagNameMap[K] => {
  const element = Object.assign(document.createElement(tag), props);
  if (text) element.textContent = text;
  return element;
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

    const controls = make('div', { className: 'audio-guide__controls' });
    controls.setAttribute('role', 'group');
    controls.setAttribute('aria-label', '音声の操作');
    this.#playButton = make('button', { type: 'button', className: 'button' }, '再生');
    this.#playButton.addEventListener('click', () => (this.#voiceActive() ? this.#reader!.then((reader) => reader.pauseOrResumeVoice()) : audio.paused ? this.play() : audio.pause()));
    const back = make('button', { type: 'button', className: 'button' }, '10秒戻る');
    back.addEventListener('click', () => this.#skip(-10));
    const forward = make('button', { type: 'button', className: 'button' }, '10秒進む');
    forward.addEventListener('click', () => this.#skip(10));
    const speedLabel = make('label', { className: 'audio-guide__speed' }, '速さ');
    const speed = make('select', { name: 'audio-guide-speed' });
    for (const value of SPEEDS) speed.append(make('option', { value: String(value), selected: value === 1 }, `${value}倍`));
    speed.addEventListener('change', () => {
      audio.playbackRate = Number(speed.value);
      void this.#reader?.then((reader) => reader.setRate(Number(speed.value)));
      this.say(`速さを${speed.value}倍にしました`);
    });
    speedLabel.append(speed);
    const speedHelp = make('p', { id: 'audio-guide-speed-help', className: 'audio-guide__help' }, 'ゆっくり（0.75倍）から速く（2倍）まで選べます。');
    speed.setAttribute('aria-describedby', speedHelp.id);
    controls.append(this.#playButton, back, forward, speedLabel);

    const follow = make('label', { className: 'audio-guide__check' });
    const followBox = make('input', { type: 'checkbox', name: 'audio-guide-follow' });
    followBox.addEventListener('change', () => void this.#reader?.then((reader) => reader.setFollow(followBox.checked)));
    follow.append(followBox, '読んでいる文が見えるように、画面を動かす');
    const followHelp = make('p', { id: 'audio-guide-follow-help', className: 'audio-guide__help' }, '読み上げに合わせて、その文を画面の真ん中に出します。');
    followBox.setAttribute('aria-describedby', followHelp.id);

    this.#voiceButton = make('button', { type: 'button', className: 'button', hidden: true }, 'ブラウザの音声で読み上げる');
    this.#voiceButton.setAttribute('aria-pressed', 'false');
    this.#voiceButton.addEventListener('click', () => this.#load().then((reader) => reader.toggleVoice()));

    const list = make('ol', { className: 'audio-guide__chapters link-list' });
    chapters.forEach((chapter, index) => {
      const item = make('li');
      const button = make('button', { type: 'button', className: 'audio-guide__chapter' }, chapter.title);
      button.addEventListener('click', () => this.playChapter(index));
      item.append(button);
      list.append(item);
    });
    const chapterBox = make('details', { className: 'audio-guide__chapter-list' });
    chapterBox.append(make('summary', {}, '見出しを選んで聞く'), list);

    this.#status = make('p', { className: 'visually-hidden' });
    this.#status.setAttribute('role', 'status');
    this.append(controls, speedHelp, follow, followHelp, this.#voiceButton, chapterBox, this.#status);

    // 「この見出しから聞く」 by each heading the audio has a chapter for.
    chapters.forEach((chapter, index) => {
      const heading = chapter.id ? document.getElementById(chapter.id) : null;
      if (!heading || !/^H[2-6]$/.test(heading.tagName)) return;
      const button = make('button', { type: 'button', className: 'button audio-guide__from-here' }, 'この見出しから聞く');
      // The name says which heading (the visible words first, WCAG 2.5.3); the heading's own
      // text would bring its furigana markup into the name.
      button.setAttribute('aria-label', `この見出しから聞く：${chapter.title}`);
      button.addEventListener('click', () => this.playChapter(index));
      heading.after(button);
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
    this.#voiceButton.textContent = active ? 'ブラウザの音声を止める' : 'ブラウザの音声で読み上げる';
    this.#sync();
  }

  #voiceActive(): boolean {
    return this.#voiceButton.getAttribute('aria-pressed') === 'true';
  }

  #sync(): void {
    const playing = this.#voiceActive() ? this.dataset.voice === 'speaking' : !this.audio.paused;
    this.#playButton.textContent = playing ? '一時停止' : '再生';
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
