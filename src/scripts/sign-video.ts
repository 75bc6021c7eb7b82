/**
 * <sign-video>: the player of src/components/SignVideo.astro. Our own, small, on the native
 * <video>: captions under the picture (on unless the 表示設定 say off), speed, full screen,
 * keyboard operation, chapters, and a 「この部分を手話で見る」 button under each section heading
 * a chapter covers, which plays that chapter in a panel beside the text (picture in picture:
 * resizable and movable by keyboard). A video with speech can carry a sign-language video that
 * is kept in step with it (play, pause, seek, speed), side by side or swapped.
 *
 * No autoplay, and nothing is fetched before the reader asks: the <video> elements, their
 * sources, poster and captions are made on the first press of a play button.
 */
import { formatSpokenDuration } from '../lib/media/time.ts';
import { RUBY_READINGS } from '../lib/html/reader.ts';

interface Files {
  sources: { src: string; type: string }[];
  poster: string;
  captions: string;
}
interface Chapter {
  section: string;
  /** The title as plain words, for spoken messages. */
  title: string;
  /** The title as on the page, with the readings of its kanji. */
  titleNodes: Node[];
  start: number;
  end: number;
}

/** An element's words without the readings (<rt>, <rp>) of their kanji. */
const plainWords = (element: Element): string => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll(RUBY_READINGS.join(', ')).forEach((node) => node.remove());
  return copy.textContent ?? '';
};

const SEEK_STEP = 5;
const MOVE_STEP = 24;
const WIDTHS = [14, 18, 22, 28, 36];
const DRIFT = 0.3;

function makeVideo(files: Files, withCaptions: boolean): HTMLVideoElement {
  const video = document.createElement('video');
  video.preload = 'metadata';
  video.playsInline = true;
  video.poster = files.poster;
  for (const { src, type } of files.sources) {
    const source = document.createElement('source');
    source.src = src;
    source.type = type;
    video.append(source);
  }
  if (withCaptions) {
    const track = document.createElement('track');
    track.kind = 'captions';
    track.src = files.captions;
    track.srclang = 'ja';
    track.label = '日本語';
    track.default = true;
    video.append(track);
  }
  return video;
}


class SignVideoElement extends HTMLElement {
  private frame!: HTMLElement;

  /** A part of the player; the frame may have moved beside the text, so it is searched first. */
  private find<T extends HTMLElement = HTMLElement>(name: string): T {
    const selector = `[data-${name}]`;
    return (this.frame?.querySelector<T>(selector) ?? this.querySelector<T>(selector))!;
  }
  private main: HTMLVideoElement | undefined;
  private stopAt: number | undefined;
  private widthStep = 2;
  private corner = 0;

  connectedCallback(): void {
    this.frame = this.querySelector<HTMLElement>('[data-frame]')!;
    const start = this.find<HTMLButtonElement>('start');
    start.hidden = false;
    start.addEventListener('click', () => void this.play());
    this.wireControls();
    this.wirePanel();
    this.wireChapters();
  }

  private status(text: string): void {
    this.find('status').textContent = text;
  }

  /** Makes the video (and its sign-language partner) on first use. */
  private ensureVideo(): HTMLVideoElement {
    if (this.main) return this.main;
    const stage = this.find('stage');
    const main = makeVideo(JSON.parse(this.dataset['files']!) as Files, true);
    main.setAttribute('aria-labelledby', this.closest('article')?.querySelector('h3')?.id ?? '');
    stage.replaceChildren(main);
    this.main = main;
    if (this.dataset['signFiles']) {
      // The sign-language video follows the main one; it has no sound and no controls of its own.
      const sign = makeVideo(JSON.parse(this.dataset['signFiles']) as Files, false);
      sign.muted = true;
      sign.setAttribute('aria-label', '手話');
      stage.append(sign);
      stage.classList.add('is-pair');
      const follow = () => {
        if (Math.abs(sign.currentTime - main.currentTime) > DRIFT) sign.currentTime = main.currentTime;
      };
      main.addEventListener('play', () => {
        follow();
        void sign.play().catch(() => undefined);
      });
      main.addEventListener('pause', () => sign.pause());
      main.addEventListener('seeking', () => (sign.currentTime = main.currentTime));
      main.addEventListener('ratechange', () => (sign.playbackRate = main.playbackRate));
      main.addEventListener('timeupdate', follow);
    }
    this.wireVideo(main);
    this.find('controls').hidden = false;
    this.find('caption').hidden = false;
    return main;
  }

  private wireVideo(video: HTMLVideoElement): void {
    const caption = this.find('caption');
    const track = video.textTracks[0];
    if (track) {
      // Shown by us under the picture, so the text never covers the signer's hands.
      track.mode = 'hidden';
      track.addEventListener('cuechange', () => {
        const cues = [...(track.activeCues ?? [])] as VTTCue[];
        caption.textContent = cues.map((cue) => cue.getCueAsHTML().textContent ?? '').join('\n');
      });
    }
    this.showCaptions(document.documentElement.dataset['captions'] !== 'off');
    const playButton = this.find<HTMLButtonElement>('play');
    const seek = this.find<HTMLInputElement>('seek');
    const update = () => {
      for (const words of playButton.querySelectorAll<HTMLElement>('[data-when]')) words.hidden = words.dataset['when'] !== (video.paused ? 'paused' : 'playing');
      seek.value = String(Math.floor(video.currentTime));
      seek.setAttribute('aria-valuetext', `${formatSpokenDuration(video.currentTime)}／${formatSpokenDuration(Number(this.dataset['duration']))}`);
    };
    for (const type of ['play', 'pause', 'timeupdate', 'seeked']) video.addEventListener(type, update);
    video.addEventListener('timeupdate', () => {
      if (this.stopAt !== undefined && video.currentTime >= this.stopAt) {
        this.stopAt = undefined;
        video.pause();
        this.status('この部分の手話が終わりました。');
      }
    });
    video.addEventListener('click', () => this.toggle());
    update();
  }

  private wireControls(): void {
    this.find('play').addEventListener('click', () => this.toggle());
    this.find('back').addEventListener('click', () => this.skip(-SEEK_STEP));
    this.find('forward').addEventListener('click', () => this.skip(SEEK_STEP));
    this.find<HTMLInputElement>('seek').addEventListener('input', (event) => {
      this.stopAt = undefined;
      this.ensureVideo().currentTime = Number((event.target as HTMLInputElement).value);
    });
    this.find<HTMLSelectElement>('speed').addEventListener('change', (event) => {
      this.ensureVideo().playbackRate = Number((event.target as HTMLSelectElement).value);
    });
    this.find('captions').addEventListener('click', (event) => {
      this.showCaptions((event.currentTarget as HTMLElement).getAttribute('aria-pressed') !== 'true');
    });
    this.find('fullscreen').addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void this.frame.requestFullscreen().catch(() => this.status('この画面では全画面にできません。'));
    });
    this.querySelector('[data-swap]')?.addEventListener('click', (event) => {
      const button = event.currentTarget as HTMLElement;
      const swapped = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(swapped));
      this.find('stage').classList.toggle('is-swapped', swapped);
    });
    // Keys on the picture, as in common players: Space or K plays and pauses, arrows seek.
    this.find('stage').addEventListener('keydown', (event) => {
      if (!this.main || event.target !== this.main) return;
      const actions: Record<string, () => void> = {
        ' ': () => this.toggle(),
        k: () => this.toggle(),
        ArrowLeft: () => this.skip(-SEEK_STEP),
        ArrowRight: () => this.skip(SEEK_STEP),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    });
  }

  private showCaptions(on: boolean): void {
    const caption = this.find('caption');
    caption.classList.toggle('is-off', !on);
    caption.classList.toggle('is-forced', on);
    this.find('captions').setAttribute('aria-pressed', String(on));
  }

  private toggle(): void {
    const video = this.ensureVideo();
    if (video.paused) void this.play();
    else video.pause();
  }

  private skip(seconds: number): void {
    const video = this.ensureVideo();
    this.stopAt = undefined;
    video.currentTime = Math.max(0, video.currentTime + seconds);
  }

  /** Plays from where the video is, or from a chapter's start to its end. */
  async play(chapter?: Chapter): Promise<void> {
    const video = this.ensureVideo();
    video.tabIndex = 0;
    if (chapter) {
      this.stopAt = chapter.end;
      if (video.readyState < HTMLMediaElement.HAVE_METADATA) {
        await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
      }
      video.currentTime = chapter.start;
      this.status(`「${chapter.title}」の手話を再生します。`);
    }
    try {
      await video.play();
    } catch {
      this.status('再生できませんでした。もう一度「再生」を押してください。');
    }
  }

  private wireChapters(): void {
    const list = this.querySelector('[data-chapters]');
    if (!list) return;
    for (const item of list.querySelectorAll<HTMLElement>('li')) {
      const link = item.querySelector('a');
      const chapter: Chapter = {
        section: item.dataset['section']!,
        title: link ? plainWords(link) : '',
        titleNodes: link ? [...link.cloneNode(true).childNodes] : [],
        start: Number(item.dataset['start']),
        end: Number(item.dataset['end']),
      };
      item.append(' ', this.chapterButton('play', chapter, false));
      // The same chapter from its place in the text, in a panel beside the text.
      const heading = document.getElementById(chapter.section);
      if (heading) {
        const holder = document.createElement('p');
        holder.className = 'sign-video__section';
        holder.append(this.chapterButton('float', chapter, true));
        heading.after(holder);
      }
    }
  }

  /** A chapter button: its words from the component's template, the chapter's title (with its readings) after them for screen readers. */
  private chapterButton(label: 'play' | 'float', chapter: Chapter, float: boolean): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['chapterButton'] = chapter.section;
    const words = this.querySelector<HTMLTemplateElement>('template[data-chapter-labels]')!.content.querySelector(`[data-label="${label}"]`)!;
    const context = document.createElement('span');
    context.className = 'visually-hidden';
    context.append('：', ...chapter.titleNodes.map((node) => node.cloneNode(true)));
    // The words stay in their one <span>: the button lays out its children as boxes, and each ruby word would be one.
    button.append(words.cloneNode(true), context);
    button.addEventListener('click', () => {
      if (float) this.float(button.parentElement!);
      else this.dock();
      void this.play(chapter);
    });
    return button;
  }

  /** Puts the player beside the text, right after the pressed button in the reading order. */
  private float(after: HTMLElement): void {
    this.ensureVideo();
    if (this.frame.previousElementSibling !== after) after.after(this.frame);
    this.frame.classList.add('is-floating');
    this.frame.setAttribute('role', 'region');
    this.frame.setAttribute('aria-label', `手話の動画：${this.dataset['title']}`);
    this.find('bar').hidden = false;
    this.find('docked-note').hidden = false;
    this.applyWidth();
  }

  private dock(): void {
    if (!this.frame.classList.contains('is-floating')) return;
    this.frame.classList.remove('is-floating');
    this.frame.removeAttribute('role');
    this.frame.removeAttribute('aria-label');
    this.frame.style.removeProperty('--float-right');
    this.frame.style.removeProperty('--float-bottom');
    this.find('dock').prepend(this.frame);
    this.find('bar').hidden = true;
    this.find('docked-note').hidden = true;
  }

  private applyWidth(): void {
    this.frame.style.setProperty('--float-width', `${WIDTHS[this.widthStep]}rem`);
  }

  private wirePanel(): void {
    const move = this.find<HTMLButtonElement>('move');
    // Where the panel is now, as distances from the right and bottom edges of the window.
    const position = () => {
      const box = this.frame.getBoundingClientRect();
      return { right: window.innerWidth - box.right, bottom: window.innerHeight - box.bottom };
    };
    const place = (right: number, bottom: number) => {
      const maxRight = Math.max(0, window.innerWidth - this.frame.offsetWidth);
      const maxBottom = Math.max(0, window.innerHeight - this.frame.offsetHeight);
      this.frame.style.setProperty('--float-right', `${Math.min(Math.max(0, right), maxRight)}px`);
      this.frame.style.setProperty('--float-bottom', `${Math.min(Math.max(0, bottom), maxBottom)}px`);
    };
    move.addEventListener('click', () => {
      // Corners in turn: lower right, lower left, upper left, upper right.
      this.corner = (this.corner + 1) % 4;
      const far = 1e5;
      place(this.corner === 1 || this.corner === 2 ? far : 16, this.corner >= 2 ? far : 16);
    });
    move.addEventListener('keydown', (event) => {
      const delta: Record<string, [number, number]> = {
        ArrowLeft: [MOVE_STEP, 0],
        ArrowRight: [-MOVE_STEP, 0],
        ArrowUp: [0, MOVE_STEP],
        ArrowDown: [0, -MOVE_STEP],
      };
      const step = delta[event.key];
      if (!step) return;
      event.preventDefault();
      const { right, bottom } = position();
      place(right + step[0], bottom + step[1]);
    });
    // A mouse or finger can also drag the panel by its bar (the buttons above do the same).
    const bar = this.find('bar');
    bar.addEventListener('pointerdown', (event) => {
      if (event.target !== bar) return;
      const start = { x: event.clientX, y: event.clientY, ...position() };
      bar.setPointerCapture(event.pointerId);
      const follow = (moveEvent: PointerEvent) => place(start.right - (moveEvent.clientX - start.x), start.bottom - (moveEvent.clientY - start.y));
      bar.addEventListener('pointermove', follow);
      bar.addEventListener('pointerup', () => bar.removeEventListener('pointermove', follow), { once: true });
    });
    this.find('smaller').addEventListener('click', () => {
      this.widthStep = Math.max(0, this.widthStep - 1);
      this.applyWidth();
    });
    this.find('larger').addEventListener('click', () => {
      this.widthStep = Math.min(WIDTHS.length - 1, this.widthStep + 1);
      this.applyWidth();
    });
    this.find('dock-back').addEventListener('click', () => {
      this.dock();
      this.find<HTMLButtonElement>('play').focus();
    });
  }
}

customElements.define('sign-video', SignVideoElement);
