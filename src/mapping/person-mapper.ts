import type { OktaUser } from '../okta/okta-user.js';
import type { DirectoryPerson } from './directory-person.js';
import type { MapperPolicy } from './mapper-policy.js';
import type { SkippedPerson } from './skipped-person.js';

/** The result of mapping one Okta user: a person, or a coded skip. */
export type MapOutcome =
  | {
      kind: 'person';
      /** The person to sync. */
      person: DirectoryPerson;
    }
  | {
      kind: 'skip';
      /** Why the user is left out, for the report. */
      skip: SkippedPerson;
    };

/** What a mapper may know beyond the user itself. */
export interface MappingContext {
  /** The tenant being synced, for a mapping that differs by tenant. */
  tenantId: string;
  /** The run's notion of now, from the injected clock. */
  now: Date;
}

/**
 * Turns one Okta user into a host person. Must be pure and must not throw:
 * anything wrong with the user becomes a skip with a reason.
 */
export interface PersonMapper {
  /** Maps one user: a person, or a skip with a code and a reason. */
  map(user: OktaUser, context: MappingContext): MapOutcome;
  /**
   * How the engine treats this mapper's output (manager matching, fields
   * kept when emptied); `defaultMapperPolicy` when left out.
   */
  readonly policy?: MapperPolicy;
}
