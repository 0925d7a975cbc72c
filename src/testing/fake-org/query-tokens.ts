import { OktaRequestError } from '../../errors/okta-request-error.js';

/** One lexical piece of an Okta filter or search expression. */
export interface QueryToken {
  kind: 'open' | 'close' | 'word' | 'string';
  /** The word, or the decoded string literal. */
  text: string;
}

const TOKEN = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|([A-Za-z_][\w.]*))/y;

/** The error a fake org answers a query it cannot run with (Okta's E0000031). */
export function invalidQuery(reason: string): OktaRequestError {
  return new OktaRequestError('ERR_OKTA_INVALID_QUERY', `Invalid search criteria: ${reason}`, {
    status: 400,
    oktaErrorCode: 'E0000031',
    retryable: false,
  });
}

/**
 * Splits an expression such as `status eq "ACTIVE" and (a or b)` into
 * tokens. String literals are JSON strings.
 *
 * @throws OktaRequestError (`ERR_OKTA_INVALID_QUERY`) on anything else.
 */
export function tokenizeQuery(expression: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  TOKEN.lastIndex = 0;

  while (expression.slice(TOKEN.lastIndex).trim() !== '') {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);

    if (match === null) {
      throw invalidQuery(`unexpected text at character ${start + 1}`);
    }

    tokens.push(toToken(match));
  }

  return tokens;
}

function toToken(match: RegExpExecArray): QueryToken {
  const [, open, close, literal, word] = match;

  if (open !== undefined) {
    return { kind: 'open', text: open };
  }

  if (close !== undefined) {
    return { kind: 'close', text: close };
  }

  return literal === undefined
    ? { kind: 'word', text: word ?? '' }
    : { kind: 'string', text: decodeLiteral(literal) };
}

function decodeLiteral(literal: string): string {
  try {
    return String(JSON.parse(literal));
  } catch {
    throw invalidQuery(`malformed string ${literal}`);
  }
}
