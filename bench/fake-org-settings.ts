/** How a benchmark's fake org is generated and limited. */
export interface FakeOrgSettings {
  people: number;
  seed: string;
  /** Requests per minute before 429s; unlimited ("rate budget off") by default. */
  rateLimitPerMinute?: number;
}
