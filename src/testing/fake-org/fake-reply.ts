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
}
