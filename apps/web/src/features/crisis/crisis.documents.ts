import { graphql } from '../../gql';

/** The fields of a crisis line every page shows, shared by each query that returns them. */
export const CrisisResourceFieldsFragment = graphql(`
  fragment CrisisResourceFields on CrisisResource {
    region
    name
    phone
    sms
    url
  }
`);

/** The server's safety check of something a member wrote, with crisis lines when it saw crisis language. */
export const SafetyCheckFieldsFragment = graphql(`
  fragment SafetyCheckFields on SafetyCheck {
    crisisDetected
    heldForReview
    resources {
      ...CrisisResourceFields
    }
  }
`);

export const CrisisResourcesDocument = graphql(`
  query CrisisResources($region: String) {
    crisisResources(region: $region) {
      ...CrisisResourceFields
    }
  }
`);
