/** One versioned step of the SQL store's schema. */
export interface Migration {
  /** Applied in increasing order; recorded once applied. */
  version: number;
  name: string;
  /** The statements, one per entry, for the quoted schema name given. */
  statements(schema: string): string[];
}
