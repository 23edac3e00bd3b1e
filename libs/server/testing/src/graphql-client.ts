export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlError[];
  status: number;
}

/** A small GraphQL-over-HTTP client for tests, speaking to a real server. */
export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
    /** The server's database, when the test owns it (for setup steps such as confirming an address). */
    readonly databaseUrl: string | null = null,
  ) {}

  withToken(token: string | null): GraphqlClient {
    return new GraphqlClient(this.baseUrl, token, this.databaseUrl);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GraphqlError[] };
    return { ...body, status: res.status };
  }

  /** Runs an operation that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res)}`);
    }
    return res.data;
  }

  /** Runs an operation that must fail; returns the first error's code. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0].extensions?.code;
  }
}
