/**
 * HTML of built pages: one parser (./tree.ts, parse5) and one rule for what a reader gets
 * (./reader.ts). Browser scripts import ./reader.ts itself, which pulls in no parser.
 */
export * from './tree.ts';
export * from './reader.ts';
