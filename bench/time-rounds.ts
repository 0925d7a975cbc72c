import { collectGarbage } from './collect-garbage.js';

/**
 * A piece of work to time. The object form keeps setup and teardown (a
 * fresh database schema, say) out of the measured time.
 */
export type Contender =
  | (() => Promise<unknown>)
  | {
      prepare?: () => Promise<unknown>;
      run: () => Promise<unknown>;
      cleanup?: () => Promise<unknown>;
    };

/**
 * Times contenders in interleaved rounds (each round runs every contender
 * once, in order), so that a shared machine's load falls on all of them
 * alike and a ratio compares runs made minutes apart at most. Warm-up
 * rounds run first and are not counted. After two timed rounds, a round
 * starts only while `another()` says there is time for it. Resolves to
 * each contender's run times, in milliseconds.
 */
export async function timeRounds<K extends string>(
  rounds: number,
  contenders: Record<K, Contender>,
  warmupRounds = 0,
  another: () => boolean = () => true,
): Promise<Record<K, number[]>> {
  const names = Object.keys(contenders) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]]));

  for (let round = 0; round < warmupRounds + rounds; round += 1) {
    if (round >= warmupRounds + 2 && !another()) break;

    for (const name of names) {
      const ms = await timeOnce(contenders[name]);

      if (round >= warmupRounds) times[name]?.push(ms);
    }
  }

  return times as Record<K, number[]>;
}

async function timeOnce(contender: Contender): Promise<number> {
  const { prepare, run, cleanup } =
    typeof contender === 'function' ? { run: contender } : contender;

  await prepare?.();
  collectGarbage();

  const startMs = performance.now();
  await run();
  const ms = performance.now() - startMs;

  await cleanup?.();

  return ms;
}
