import { ConfigError } from '../errors/config-error.js';
import { type IndividualStrategyOptions, individualStrategy } from './individual-strategy.js';
import type { ManagerStrategy } from './manager-strategy.js';
import { teamStrategy } from './team-strategy.js';

/**
 * How an engine handles managers: `individual` (the default), `team`, the
 * individual strategy with options, or a host's own strategy.
 */
export type ManagerOption =
  | 'individual'
  | 'team'
  | ({ strategy: 'individual' } & IndividualStrategyOptions)
  | ManagerStrategy;

/**
 * The strategy a `ManagerOption` names.
 *
 * @throws {ConfigError} when the option is none of the above.
 */
export function toManagerStrategy(option: ManagerOption = 'individual'): ManagerStrategy {
  if (option === 'individual') return individualStrategy();
  if (option === 'team') return teamStrategy();

  if (isRecord(option) && option.strategy === 'individual') {
    const { teamFallback } = option as IndividualStrategyOptions;
    refuseStrayKeys(option);
    if (teamFallback === undefined || typeof teamFallback === 'boolean') {
      return individualStrategy(teamFallback === undefined ? {} : { teamFallback });
    }
  }

  if (isRecord(option) && typeof option.managerOf === 'function') {
    return option as unknown as ManagerStrategy;
  }

  throw new ConfigError([
    {
      field: 'managers',
      message:
        "must be 'individual', 'team', { strategy: 'individual', teamFallback } " +
        'or an object with a managerOf method',
    },
  ]);
}

// A misspelt `teamFallback` would otherwise leave the fallback on unseen.
function refuseStrayKeys(option: Record<string, unknown>): void {
  const stray = Object.keys(option).filter(
    (key) => key !== 'strategy' && key !== 'teamFallback' && option[key] !== undefined,
  );
  if (stray.length === 0) return;

  throw new ConfigError(
    stray.map((key) => ({
      field: `managers.${key}`,
      message: 'is not an option of the individual strategy: its options are teamFallback',
    })),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
