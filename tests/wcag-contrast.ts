/**
 * The WCAG 2.2 contrast formula (relative luminance and contrast ratio, as the WCAG 2.2
 * glossary defines them), for colours as browsers report them (rgb()/rgba()) or as #rrggbb.
 * Shared by the unit test of the colour tokens and the browser checks, so that both measure
 * with the same rule text.
 */
export type Rgb = readonly [number, number, number];

/** An opaque colour from `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, 1)`; undefined when not opaque. */
export function parseOpaqueColour(value: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) return [0, 2, 4].map((start) => parseInt(hex[1]!.slice(start, start + 2), 16)) as unknown as Rgb;
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (!match) return undefined;
  if (match[4] !== undefined && Number(match[4]) < 1) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
