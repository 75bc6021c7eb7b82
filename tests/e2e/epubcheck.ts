/**
 * EPUBCheck (Debian's `epubcheck` package) on one file, for the e-book and the book with media
 * overlays. EPUBCheck is a short Java run, where the JVM's optimising compiler and parallel
 * garbage collector cost more than they save: with the client compiler only and the serial
 * collector, a run of the guide's book took 6.7 CPU-seconds instead of 14.6 on the 2-core
 * machine, with the same report. Returns the whole report (standard output and error).
 */
import { spawnSync } from 'node:child_process';

const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';
const SHORT_RUN_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export function epubCheck(file: string): { report: string; status: number | null } {
  const result = spawnSync('java', [...SHORT_RUN_JVM, '-jar', EPUBCHECK_JAR, file], { encoding: 'utf8' });
  return { report: `${result.stdout}\n${result.stderr}`, status: result.status };
}

/** The summary line of a report with nothing to say. */
export const EPUBCHECK_CLEAN = 'Messages: 0 fatals / 0 errors / 0 warnings';
