import { compileComparison, type QueryDialect } from './query-attributes.js';
import { invalidQuery, type QueryToken, tokenizeQuery } from './query-tokens.js';
import type { UserPredicate } from './user-roster.js';

/**
 * Compiles an Okta `filter` or `search` expression into a predicate:
 * comparisons joined by `and` / `or`, grouped with parentheses, where
 * `and` binds tighter than `or`. `not` is unsupported, as in Okta.
 *
 * @throws OktaRequestError (`ERR_OKTA_INVALID_QUERY`) when the expression
 * is malformed or uses what the dialect does not support.
 */
export function compileUserQuery(dialect: QueryDialect, expression: string): UserPredicate {
  const parser = new QueryParser(dialect, tokenizeQuery(expression));
  const predicate = parser.parseEither();
  parser.expectEnd();

  return predicate;
}

class QueryParser {
  readonly #dialect: QueryDialect;
  readonly #tokens: QueryToken[];
  #index = 0;

  constructor(dialect: QueryDialect, tokens: QueryToken[]) {
    this.#dialect = dialect;
    this.#tokens = tokens;
  }

  parseEither(): UserPredicate {
    const options = [this.#parseBoth()];

    while (this.#takeKeyword('or')) {
      options.push(this.#parseBoth());
    }

    return options.length === 1 ? (options[0] as UserPredicate) : anyOf(options);
  }

  expectEnd(): void {
    const extra = this.#tokens[this.#index];

    if (extra !== undefined) {
      throw invalidQuery(`unexpected ${extra.text}`);
    }
  }

  #parseBoth(): UserPredicate {
    const parts = [this.#parseTerm()];

    while (this.#takeKeyword('and')) {
      parts.push(this.#parseTerm());
    }

    return parts.length === 1 ? (parts[0] as UserPredicate) : allOf(parts);
  }

  #parseTerm(): UserPredicate {
    if (this.#tokens[this.#index]?.kind !== 'open') {
      return this.#parseComparison();
    }

    this.#index += 1;
    const inner = this.parseEither();
    this.#expect('close', ')');

    return inner;
  }

  #parseComparison(): UserPredicate {
    const attribute = this.#expect('word', 'an attribute');
    const operator = this.#expect('word', 'an operator');
    const value = this.#expect('string', 'a quoted value');

    return compileComparison(this.#dialect, attribute, operator, value);
  }

  #expect(kind: QueryToken['kind'], what: string): string {
    const token = this.#tokens[this.#index];

    if (token?.kind !== kind) {
      throw invalidQuery(`expected ${what}`);
    }

    this.#index += 1;

    return token.text;
  }

  #takeKeyword(keyword: string): boolean {
    const token = this.#tokens[this.#index];
    const found = token?.kind === 'word' && token.text.toLowerCase() === keyword;

    if (found) {
      this.#index += 1;
    }

    return found;
  }
}

function anyOf(options: UserPredicate[]): UserPredicate {
  return (user) => options.some((option) => option(user));
}

function allOf(parts: UserPredicate[]): UserPredicate {
  return (user) => parts.every((part) => part(user));
}
