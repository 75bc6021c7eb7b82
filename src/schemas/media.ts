/**
 * content/media/<id>.yaml: one entry per video. The entry's files (video, poster, captions,
 * transcript, chapters) are in public/media/<id>/ and are named here by file name only, so that
 * publishing a clip is adding this one file and that one folder (docs/video.md, "Publishing a
 * clip").
 *
 * src/data/media.ts reads the entries, applies this schema and then checks what a schema cannot:
 * that each file exists, that the WebVTT files parse, that the transcript has text, and that each
 * chapter names a section of the entry's page. Every problem names the file and the field.
 */
import { z } from 'astro/zod';
import { asOfSchema } from './index.ts';

/**
 * What a video is. Only sign-language explanations exist now; a later kind (an explainer with
 * speech, for example) is added here, and may then carry a signLanguageTrack.
 */
export const MEDIA_KINDS = ['sign-language'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

const fileName = (pattern: RegExp, what: string, required = `${what}のファイル名を書いてください`) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? required : `${what}のファイル名を文字で書いてください`) })
    .regex(pattern, `${what}のファイル名を書いてください（フォルダーを付けず、半角英数字・ハイフン・ピリオドで）`);
const SAFE = '[a-z0-9][a-z0-9._-]*';

/** A video file and, from its ending, its type: browsers pick the first they can play. */
export const videoSourceSchema = fileName(new RegExp(`^${SAFE}\\.(?:webm|mp4)$`), 'WebM（.webm）か MP4（.mp4）');

export const mediaEntrySchema = z
  .strictObject({
    /** The entry's id: its file name without .yaml, and the name of its folder in public/media/. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id は半角英小文字・数字・ハイフンで書いてください（例: card-jsl）'),
    /** What the video explains, as a reader would call it. */
    title: z.string().min(2),
    kind: z.enum(MEDIA_KINDS, { error: `kind は ${MEDIA_KINDS.join('・')} のどれかにしてください` }),
    /** The guide page the video belongs to, by route id (index, card, card/security). */
    page: z.string().regex(/^(?:index|[a-z0-9-]+(?:\/[a-z0-9-]+)*)$/, 'page はページの id で書いてください（例: card/security）'),
    /** One or more encodings of the same video, best first (WebM, then MP4 for older Safari). */
    sources: z.array(videoSourceSchema).min(1, '動画のファイルを 1 つ以上 書いてください'),
    /** A still shown before playing (loaded only when the reader asks for the video). */
    poster: fileName(new RegExp(`^${SAFE}\\.(?:jpg|jpeg|png|webp)$`), 'JPEG・PNG・WebP の画像'),
    /** Japanese captions (WebVTT), for readers who do not sign (WCAG 1.2.2). Required. */
    captions: fileName(new RegExp(`^${SAFE}\\.vtt$`), '字幕（WebVTT、.vtt）', '字幕がありません。手話を使わない人のために、字幕（WebVTT、.vtt）は必ず付けてください'),
    /**
     * Everything the video says, as plain text (UTF-8, paragraphs separated by a blank line),
     * shown on the page (WCAG 1.2.8). Required.
     */
    transcript: fileName(new RegExp(`^${SAFE}\\.txt$`), '書き起こし（.txt）', '書き起こしがありません。動画の内容を文字で読めるように、書き起こし（.txt）は必ず付けてください'),
    /**
     * Chapters (WebVTT): one cue per section the video covers; the cue identifier is the id of
     * the section's heading on the page, and the cue text its title. Each one gives that heading
     * a 「この部分を手話で見る」 button.
     */
    chapters: fileName(new RegExp(`^${SAFE}\\.vtt$`), 'チャプター（WebVTT、.vtt）').optional(),
    /** Length as m:ss or h:mm:ss, shown before the reader starts the video. */
    duration: z.string().regex(/^(?:\d+:[0-5]\d|\d+:[0-5]\d:[0-5]\d)$/, '長さは 1:35 や 1:02:03 のように書いてください'),
    /** Who signed (the interpreter, or the organisation that recorded it). */
    signer: z.string().min(1),
    /** When it was recorded (a day or a month). */
    recorded: asOfSchema,
    /**
     * For a video with speech (a later kind): the id of the sign-language entry recorded to run
     * beside it; the player keeps the two in step. A sign-language entry cannot have one.
     */
    signLanguageTrack: z.string().optional(),
  })
  .superRefine((entry, context) => {
    if (entry.kind === 'sign-language' && entry.signLanguageTrack !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['signLanguageTrack'],
        message: '手話の動画には signLanguageTrack を付けられません（話す動画に手話を添えるときに使います）',
      });
    }
  });

export type MediaEntryData = z.infer<typeof mediaEntrySchema>;
