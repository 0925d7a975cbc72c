/** A link the reply advertises in its `Link` header. */
export interface ReplyLink {
  href: string;
  rel: 'self' | 'next';
}

/** What a route answers, before it becomes an HTTP response. */
export interface FakeReply {
  status: number;
  body: unknown;
  links?: ReplyLink[];
  /** Send a body cut off mid-JSON instead of `body`. */
  malformed?: boolean;
}
