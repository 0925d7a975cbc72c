import os from 'node:os';

/** The machine a bench ran on, as docs/benchmarks.md describes it. */
export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** The 1, 5 and 15 minute load averages when the bench started. */
  loadAverage: number[];
}

/** Describes this machine from `os`. */
export function describeMachine(): MachineDescription {
  const cpus = os.cpus();

  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    loadAverage: os.loadavg(),
  };
}
