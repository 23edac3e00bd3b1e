import { graphql } from '../../gql';

export const EvidencePagesDocument = graphql(`
  query EvidencePages {
    evidencePages {
      slug
      title
      summary
      tags
      lastReviewed
    }
  }
`);

export const EvidencePageDocument = graphql(`
  query EvidencePage($slug: String!) {
    evidencePage(slug: $slug) {
      slug
      title
      summary
      lastReviewed
      html
      figures {
        published
        community
        value
        n
      }
    }
  }
`);
