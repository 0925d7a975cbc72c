import type { DefaultMapperOptions } from './default-mapper-options.js';

/**
 * Which Okta profile attribute feeds each host field. Fields left out are
 * read as the default mapper reads them.
 */
export interface AttributeMap {
  /** The email; `email` when left out. */
  email?: string;
  /** Read as the display name, first; first + last name is the fallback. */
  fullName?: string;
  /** The team's name; `department` when left out. */
  team?: string;
  /** The job title; `title` when left out. */
  jobTitle?: string;
  /** The manager reference. */
  manager?: string;
  /** The start date, `YYYY-MM-DD` or a date-time; `startDate` when left out. */
  startDate?: string;
  /** The person's IANA time zone. */
  timeZone?: string;
}

/** The default mapper options an attribute map stands for. */
export function attributeMapOptions(map: AttributeMap): DefaultMapperOptions {
  const options: DefaultMapperOptions = {};
  const set = <K extends keyof DefaultMapperOptions>(key: K, value?: DefaultMapperOptions[K]) => {
    if (value !== undefined) options[key] = value;
  };

  set('emailAttribute', map.email);
  set('displayNameAttribute', map.fullName);
  set('fullName', map.fullName === undefined ? undefined : 'displayName');
  set('teamAttribute', map.team);
  set('jobTitleAttribute', map.jobTitle);
  set('managerAttribute', map.manager);
  set('startDateAttribute', map.startDate);
  set('timeZoneAttribute', map.timeZone);

  return options;
}
