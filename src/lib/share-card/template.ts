/**
 * The share card as SVG, from its layout (layout.ts) and design (design.ts). sharp (librsvg)
 * turns it into the PNG at build time. The title is real text, one <tspan> per line, so a test
 * can read the lines back without OCR.
 */
import { CARD_COLOURS, CARD_FONT, CARD_SIZE, FOOTER, RULE } from './design.ts';
import { markShapes } from './icons.ts';
import type { CardLayout } from './layout.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CardSvgOptions {
  /** Only the title, on the background: what the render test measures the ink of. */
  titleOnly?: boolean;
}

export function cardSvg(layout: CardLayout, { titleOnly = false }: CardSvgOptions = {}): string {
  const { width, height } = CARD_SIZE;
  const font = `font-family="${CARD_FONT.family}" font-weight="${CARD_FONT.weight}"`;
  const title = layout.titleLines.map((line) => `<tspan x="${line.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`).join('');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="ja">`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLOURS.background}"/>`,
    // xml:space="preserve": a space inside a title is kept as it is, never collapsed or trimmed.
    `<text class="title" ${font} font-size="${layout.titleSize}" fill="${CARD_COLOURS.text}" xml:space="preserve">${title}</text>`,
  ];
  if (!titleOnly) {
    const scale = FOOTER.markSize / 32;
    parts.push(
      `<rect x="${RULE.left}" y="${RULE.top}" width="${RULE.width}" height="${RULE.height}" fill="${CARD_COLOURS.rule}"/>`,
      // The mark in reverse (white square, navy disc), so that it shows on the navy card.
      `<g transform="translate(${FOOTER.markLeft} ${FOOTER.markTop}) scale(${scale})">${markShapes('rounded', CARD_COLOURS.text, CARD_COLOURS.background)}</g>`,
    );
    // The top page's title is the site name: shown once, as the title, not again beside the mark.
    if (layout.title !== layout.siteName) {
      parts.push(
        `<text class="site-name" ${font} font-size="${FOOTER.nameSize}" fill="${CARD_COLOURS.text}" x="${layout.siteNameLine.x}" y="${layout.siteNameLine.y}" xml:space="preserve">${escapeXml(layout.siteName)}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('\n');
}
