import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { errorCode, errorField, errorMessage } from './errors';
import { GraphQLRequestError } from './graphql-request';

const UNREACHABLE = 'We could not reach Haven. Please check your connection and try again.';
const INTERNAL = 'Something went wrong on our side. Please try again in a moment.';

const graphQLErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

const response = (status: number) => new Response('<html>Bad gateway</html>', { status });

describe('errorCode', () => {
  it('reads the code of the first GraphQL error', () => {
    const error = graphQLErrors(
      { message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } },
      { message: 'Other.', extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(errorCode(error)).toBe('FORBIDDEN');
  });

  it('has no code when the server gave none, or not a string', () => {
    expect(errorCode(graphQLErrors({ message: 'Odd.' }))).toBeNull();
    expect(errorCode(graphQLErrors({ message: 'Odd.', extensions: { code: 42 } }))).toBeNull();
  });

  it('reads the first code of a failed request outside Apollo', () => {
    expect(errorCode(new GraphQLRequestError('Refused.', ['UNAUTHENTICATED', 'FORBIDDEN']))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(new GraphQLRequestError('Haven could not be reached.', []))).toBeNull();
  });

  it('has no code for other errors', () => {
    expect(errorCode(new Error('x'))).toBeNull();
    expect(errorCode('FORBIDDEN')).toBeNull();
    expect(errorCode(undefined)).toBeNull();
  });
});

describe('errorMessage', () => {
  it('shows the server’s messages once each', () => {
    const error = graphQLErrors(
      { message: 'Give your post a title.', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'Give your post a title.', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'Choose a category.', extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(errorMessage(error)).toBe('Give your post a title. Choose a category.');
  });

  it('never shows the words of an internal error', () => {
    const error = graphQLErrors({
      message: 'relation "post" does not exist',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(errorMessage(error)).toBe(INTERNAL);
  });

  it('says something went wrong when the server’s errors have no words', () => {
    expect(errorMessage(graphQLErrors({ message: '', extensions: { code: 'FORBIDDEN' } }))).toBe(INTERNAL);
  });

  it('says something went wrong for a bad HTTP answer', () => {
    const res = response(502);
    expect(
      errorMessage(new ServerError('Response not successful', { response: res, bodyText: 'Bad gateway' })),
    ).toBe(INTERNAL);
    expect(
      errorMessage(
        new ServerParseError(new SyntaxError('Unexpected token <'), { response: res, bodyText: '<html>' }),
      ),
    ).toBe(INTERNAL);
  });

  it('says Haven could not be reached when the network failed', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(UNREACHABLE);
    expect(errorMessage(new GraphQLRequestError('Haven could not be reached.', []))).toBe(UNREACHABLE);
  });

  it('shows the words of a refusal outside Apollo', () => {
    expect(errorMessage(new GraphQLRequestError('Your session has expired.', ['UNAUTHENTICATED']))).toBe(
      'Your session has expired.',
    );
  });

  it('never shows the words of anything else', () => {
    expect(errorMessage(new Error('Cannot read properties of undefined'))).toBe(INTERNAL);
    expect(errorMessage('oops')).toBe(INTERNAL);
    expect(errorMessage(null)).toBe(INTERNAL);
  });
});

describe('errorField', () => {
  it('reads the field the first error names', () => {
    const error = graphQLErrors(
      { message: 'That handle is taken.', extensions: { code: 'BAD_USER_INPUT', field: 'handle' } },
      { message: 'x', extensions: { field: 'email' } },
    );
    expect(errorField(error)).toBe('handle');
  });

  it('names no field when the error does not, or for other errors', () => {
    expect(errorField(graphQLErrors({ message: 'No.', extensions: { code: 'FORBIDDEN' } }))).toBeNull();
    expect(errorField(graphQLErrors({ message: 'No.', extensions: { field: ['a'] } }))).toBeNull();
    expect(errorField(new GraphQLRequestError('No.', ['BAD_USER_INPUT']))).toBeNull();
    expect(errorField(new Error('handle'))).toBeNull();
  });
});
