/**
 * The audio guide's heavier half, loaded on first use (audio-guide.ts): the page's timing file,
 * the highlighting of the sentence being read, scrolling to it, and the browser voice.
 *
 * Highlighting uses the CSS Custom Highlight API (CSS.highlights, ::highlight(audio-guide)):
 * it paints Ranges without changing the DOM, so the furigana (<ruby>), the glossary links and
 * a screen reader's view of the page stay exactly as they were, nothing moves, and no
 * build-time sentence wrappers have to be kept in step with the narration. Each sentence is
 * found in the page text the way the narration was made from it (src/lib/speech/text-map.ts,
 * the same normalisation as src/lib/page-text), leaving out what the narration leaves out by
 * the one rule of src/lib/html (readings in <rt>, hidden text, navigation, buttons), and the
 * drawings, whose narrated <desc> is not shown. (./reader.ts imports no parser.) Where the API is missing (older
 * browsers) the audio and captions still work, without the highlight.
 */
import { HIGHLIGHT_SKIP_SELECTOR } from '../lib/html/reader.ts';
import { findAnchors, mapText, type TextMap } from '../lib/speech/text-map.ts';
import type { AudioGuideElement } from './audio-guide.ts';

interface TimedSentence {
  start: number;
  end: number;
  text: string;
  speech: string;
  anchors: string[];
  chapter: number;
}
interface ChapterData {
  id: string;
  title: string;
  start: number;
  first: number;
}

export const HIGHLIGHT_NAME = 'audio-guide';

export interface GuideReader {
  playChapter(index: number): void;
  /** Starts reading with the browser voice, or leaves that mode. */
  toggleVoice(): void;
  /** In browser-voice mode: pause, or go on from the sentence that was paused. */
  pauseOrResumeVoice(): void;
  setRate(rate: number): void;
  setFollow(follow: boolean): void;
}

export async function attach(guide: AudioGuideElement): Promise<GuideReader> {
  const audio = guide.audio;
  const chapters = JSON.parse(guide.dataset.chapters ?? '[]') as ChapterData[];
  const response = await fetch(guide.dataset.timing!);
  const { sentences } = (await response.json()) as { sentences: TimedSentence[] };
  const main = document.querySelector('main')!;
  let follow = false;
  let rate = audio.playbackRate;

  // The page's text nodes, in order, without what the narration skips.
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(HIGHLIGHT_SKIP_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const map: TextMap = mapText(nodes.map((node) => node.data));
  // Where each sentence is in the page, found once, in order.
  let cursor = 0;
  const places = sentences.map((sentence) => {
    const found = findAnchors(map, sentence.anchors, cursor);
    if (!found) return undefined;
    cursor = found.next;
    return found.spans.map(([index, start, end]) => {
      const range = new Range();
      range.setStart(nodes[index]!, start);
      range.setEnd(nodes[index]!, end);
      return range;
    });
  });

  let shown = -1;
  const show = (index: number): void => {
    if (index === shown) return;
    shown = index;
    const ranges = places[index];
    guide.dataset.sentence = String(index);
    if (!('highlights' in CSS)) return;
    if (!ranges) {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      return;
    }
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    if (follow) {
      const element = ranges[0]!.startContainer.parentElement;
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
  };
  const clear = (): void => {
    shown = -1;
    delete guide.dataset.sentence;
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  };
  const sentenceAt = (ms: number): number => sentences.findIndex((sentence, index) => ms >= sentence.start && ms < (sentences[index + 1]?.start ?? Infinity));

  const onTime = (): void => {
    if (voice.active) return;
    const index = sentenceAt(audio.currentTime * 1000);
    if (index === -1) clear();
    else show(index);
  };
  audio.addEventListener('timeupdate', onTime);
  audio.addEventListener('seeked', onTime);
  audio.addEventListener('ended', clear);

  // The browser voice: one utterance per sentence (Chrome stops long utterances after about
  // 15 s and some voices send no boundary events), on a Japanese voice that runs on the device.
  const voice = { active: false, index: 0, speaking: false, generation: 0 };
  const localVoice = (): SpeechSynthesisVoice | undefined =>
    speechSynthesis.getVoices().find((candidate) => candidate.lang.replace('_', '-').toLowerCase().startsWith('ja') && candidate.localService);
  const setSpeaking = (speaking: boolean): void => {
    voice.speaking = speaking;
    guide.dataset.voice = speaking ? 'speaking' : 'paused';
    guide.voiceChanged(voice.active);
  };
  const speakFrom = (index: number): void => {
    const chosen = localVoice();
    if (!chosen) {
      guide.say('この端末には、日本語の音声がありません');
      stopVoice();
      return;
    }
    speechSynthesis.cancel();
    const generation = ++voice.generation;
    voice.index = index;
    const sentence = sentences[index];
    if (!sentence) {
      setSpeaking(false);
      clear();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(sentence.speech);
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    utterance.rate = rate;
    utterance.onstart = () => generation === voice.generation && show(index);
    utterance.onend = () => {
      if (generation === voice.generation && voice.speaking) speakFrom(index + 1);
    };
    show(index);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  const stopVoice = (): void => {
    voice.generation += 1;
    speechSynthesis.cancel();
    voice.active = false;
    setSpeaking(false);
  };

  return {
    playChapter(index) {
      const chapter = chapters[index];
      if (!chapter) return;
      if (voice.active) {
        speakFrom(chapter.first);
        return;
      }
      audio.currentTime = chapter.start / 1000;
      guide.play();
    },
    toggleVoice() {
      if (!voice.active) {
        // Start where the recorded audio is, or from the top.
        audio.pause();
        voice.active = true;
        guide.say('ブラウザの音声で読み上げます');
        speakFrom(Math.max(0, sentenceAt(audio.currentTime * 1000)));
      } else {
        stopVoice();
        clear();
        guide.say('ブラウザの音声を止めました');
      }
    },
    pauseOrResumeVoice() {
      if (voice.speaking) {
        // Pausing cancels and resumes from the start of the sentence: pause() is unreliable
        // (Chrome on Android cancels instead), and a sentence is short.
        voice.generation += 1;
        speechSynthesis.cancel();
        setSpeaking(false);
        guide.say('一時停止しました');
      } else {
        speakFrom(voice.index);
      }
    },
    setRate(value) {
      rate = value;
    },
    setFollow(value) {
      follow = value;
    },
  };
}
