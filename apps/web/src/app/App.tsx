import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SessionProvider } from '../lib/SessionProvider';
import { AppCrash } from './AppCrash';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { routes } from './routes';

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <AppCrash />,
    children: [{ errorElement: <RouteError />, children: routes }],
  },
]);

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>
  );
}
