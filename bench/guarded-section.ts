import { type BenchSection, gateCheck } from './bench-section.js';

/**
 * Runs the work of one or more sections. A throw becomes a section that
 * says what failed, with a failed gate, so the bench reports it, carries
 * on with the other sections and exits non-zero.
 */
export async function guarded(
  title: string,
  work: () => Promise<BenchSection[]>,
): Promise<BenchSection[]> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error ? (error.stack ?? message) : message;

    console.error(`[bench] ${title} failed:\n${stack}`);

    return [
      {
        title: `${title}: failed`,
        body: [`The measurement threw: \`${message.replaceAll('`', "'")}\`.`],
        checks: [gateCheck(`${title} ran`, 'no error', message, false)],
      },
    ];
  }
}
