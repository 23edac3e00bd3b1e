import { graphql } from '../../gql';

export const CrisisResourcesDocument = graphql(`
  query CrisisResources($region: String) {
    crisisResources(region: $region) {
      region
      name
      phone
      sms
      url
    }
  }
`);
