import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * GraphQL answers are never cacheable by default (`Cache-Control: no-store`), as Apollo's cache-control
 * plugin said for every answer here (no field carries a cache hint). That plugin wraps every field
 * resolver to compute the hint, so it is switched off and the header set once per answer instead.
 * Visitors' feed answers are made cacheable in front of GraphQL (`VisitorResponseCache`).
 */
export function uncacheablePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (!response.http.headers.has('cache-control'))
              response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
