/**
 * Bad content must be refused with a message a writer can act on. These cases feed the zod
 * schemas that src/content.config.ts gives Astro (which adds the file path to the message);
 * tests/unit/build-errors.test.ts checks the whole build names file and field.
 */
import { describe, expect, it } from 'vitest';
import { contactSchema, figureSchema, glossarySchema, pageSchema, procedureSchema, siteSettingsSchema, sourceSchema } from '../../src/schemas/index.ts';

function firstIssue(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, data: unknown) {
  const result = schema.safeParse(data);
  expect(result.success, 'the schema should refuse this input').toBe(false);
  const issue = result.error!.issues[0]!;
  return { field: issue.path.join('.'), message: issue.message };
}

const goodFigure = { id: 'card-issued', label: '交付枚数', value: '3,861万', unit: '枚', asOf: '2021-05-11', source: 'deck' };
const goodPage = {
  title: 'マイナンバーカード',
  description: 'マイナンバーカードで何ができるかを説明します。顔写真付きの本人確認書類です。',
  summary: ['カードには顔写真があります。', 'カードで本人確認ができます。', 'コンビニで住民票がとれます。'],
  order: 1,
};

describe('figures', () => {
  it('accepts a complete figure, and an unquoted YAML date', () => {
    expect(figureSchema.safeParse(goodFigure).success).toBe(true);
    expect(figureSchema.safeParse({ ...goodFigure, asOf: new Date('2021-05-11') }).success).toBe(true);
  });
  it('refuses a figure without a date, naming asOf', () => {
    const { asOf: _dropped, ...noDate } = goodFigure;
    expect(firstIssue(figureSchema, noDate).field).toBe('asOf');
  });
  it('refuses a figure without a source, naming source', () => {
    const { source: _dropped, ...noSource } = goodFigure;
    expect(firstIssue(figureSchema, noSource).field).toBe('source');
  });
  it('refuses a date written in the era calendar, saying which formats work', () => {
    expect(firstIssue(figureSchema, { ...goodFigure, asOf: '令和3年5月11日' })).toEqual({
      field: 'asOf',
      message: '日付は YYYY-MM-DD、YYYY-MM、FY2020（年度）のどれかで書いてください',
    });
  });
  it('refuses a value with words in it', () => {
    expect(firstIssue(figureSchema, { ...goodFigure, value: '約3,861万' }).field).toBe('value');
  });
});

describe('pages', () => {
  it('accepts a complete page', () => {
    expect(pageSchema.safeParse(goodPage).success).toBe(true);
  });
  it('refuses a summary of fewer than three sentences (WCAG 3.1.5 summary)', () => {
    expect(firstIssue(pageSchema, { ...goodPage, summary: ['ひとつだけ書きました。'] }).field).toBe('summary');
  });
  it('refuses a misspelt field instead of ignoring it', () => {
    const issue = firstIssue(pageSchema, { ...goodPage, titel: 'typo' });
    expect(issue.message).toContain('titel');
  });
  it('refuses a missing description, naming it', () => {
    const { description: _dropped, ...rest } = goodPage;
    expect(firstIssue(pageSchema, rest).field).toBe('description');
  });
});

describe('procedures', () => {
  it('refuses a procedure row without any document, naming documents', () => {
    const row = { id: 'jido-teate', name: '児童手当の申請', law: '児童手当法', office: '市町村', documents: [], tables: ['other'] };
    expect(firstIssue(procedureSchema, row)).toEqual({ field: 'documents', message: '省略できる書類を 1 つ以上 書いてください' });
  });
});

describe('glossary and sources', () => {
  it('refuses a reading written in kanji', () => {
    const term = { id: 'fukuhon', term: '副本', reading: '副本', definition: '元のデータの写しのことです。' };
    expect(firstIssue(glossarySchema, term).field).toBe('reading');
  });
  it('refuses a source address that is not https', () => {
    const source = { id: 'deck', title: '資料', publisher: '内閣府', url: 'http://example.go.jp/' };
    expect(firstIssue(sourceSchema, source).field).toBe('url');
  });
});

describe('contacts and the publisher', () => {
  const line = { id: 'free-dial', name: 'フリーダイヤル', kind: 'phone', number: '0120-95-0178', note: '24時間受け付けます。', sources: ['sakata-2024'] };
  it('accepts a dated line with its source', () => {
    expect(contactSchema.safeParse(line).success).toBe(true);
  });
  it('refuses a number written with spaces, naming number', () => {
    expect(firstIssue(contactSchema, { ...line, number: '0120 95 0178' }).field).toBe('number');
  });
  it('refuses a line with no source, naming sources', () => {
    expect(firstIssue(contactSchema, { ...line, sources: [] }).field).toBe('sources');
  });
  it('refuses a named publisher with no way to reach them but by voice', () => {
    expect(firstIssue(siteSettingsSchema, { id: 'site', siteName: 'ガイド', publisherName: '運営者' }).field).toBe('publisherEmail');
    expect(siteSettingsSchema.safeParse({ id: 'site', siteName: 'ガイド', publisherName: '運営者', publisherFormUrl: 'https://example.jp/form' }).success).toBe(true);
  });
  it('refuses a home-screen name longer than 12 characters, naming shortName', () => {
    expect(firstIssue(siteSettingsSchema, { id: 'site', siteName: 'ガイド', shortName: 'みんなのマイナンバーガイド' }).field).toBe('shortName');
    expect(siteSettingsSchema.safeParse({ id: 'site', siteName: 'みんなのマイナンバーガイド', shortName: 'マイナンバーガイド' }).success).toBe(true);
  });
});
