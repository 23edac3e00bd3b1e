import { graphql } from '../gql';

export const PushPublicKeyDocument = graphql(`
  query PushPublicKey {
    pushPublicKey
  }
`);

export const RegisterPushSubscriptionDocument = graphql(`
  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {
    registerPushSubscription(input: $input)
  }
`);

export const UnregisterPushSubscriptionDocument = graphql(`
  mutation UnregisterPushSubscription($endpoint: String!) {
    unregisterPushSubscription(endpoint: $endpoint)
  }
`);
