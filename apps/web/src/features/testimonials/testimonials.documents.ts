import { graphql } from '../../gql';

export const TestimonialSummaryFragment = graphql(`
  fragment TestimonialSummary on Testimonial {
    id
    title
    story
    anonymous
    modality
    sessionCount
    overallRating
    reliefOnset
    reliefDuration
    sideEffects
    phq9Before
    phq9After
    contentWarnings
    helpfulCount
    publishedAt
    author {
      id
      handle
      deleted
    }
  }
`);

export const TestimonialDetailFragment = graphql(`
  fragment TestimonialDetail on Testimonial {
    id
    title
    story
    storyHtml
    anonymous
    modality
    setting
    sessionCount
    priorTreatments
    overallRating
    reliefOnset
    reliefDuration
    sideEffects
    phq9Before
    phq9After
    contentWarnings
    status
    helpfulCount
    viewerFoundHelpful
    viewerIsAuthor
    rejectionNote
    createdAt
    updatedAt
    publishedAt
    author {
      id
      handle
      deleted
      journeyStage
    }
  }
`);

export const TestimonialsDocument = graphql(`
  query Testimonials($filter: TestimonialFilter, $first: Int, $after: String) {
    testimonials(filter: $filter, first: $first, after: $after) {
      nodes {
        ...TestimonialSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const TestimonialDocument = graphql(`
  query Testimonial($id: ID!) {
    testimonial(id: $id) {
      ...TestimonialDetail
    }
  }
`);

export const MyTestimonialsDocument = graphql(`
  query MyTestimonials {
    myTestimonials {
      id
      title
      anonymous
      modality
      overallRating
      status
      rejectionNote
      helpfulCount
      createdAt
      updatedAt
      publishedAt
    }
  }
`);

export const SubmitTestimonialDocument = graphql(`
  mutation SubmitTestimonial($input: SubmitTestimonialInput!) {
    submitTestimonial(input: $input) {
      testimonial {
        ...TestimonialDetail
      }
      safety {
        ...SafetyCheckFields
      }
    }
  }
`);

export const UpdateTestimonialDocument = graphql(`
  mutation UpdateTestimonial($id: ID!, $input: UpdateTestimonialInput!) {
    updateTestimonial(id: $id, input: $input) {
      testimonial {
        ...TestimonialDetail
      }
      safety {
        ...SafetyCheckFields
      }
    }
  }
`);

export const WithdrawTestimonialDocument = graphql(`
  mutation WithdrawTestimonial($id: ID!) {
    withdrawTestimonial(id: $id) {
      id
      status
    }
  }
`);

export const MarkTestimonialHelpfulDocument = graphql(`
  mutation MarkTestimonialHelpful($id: ID!) {
    markTestimonialHelpful(id: $id) {
      id
      helpfulCount
      viewerFoundHelpful
    }
  }
`);

export const PreviewTestimonialSafetyDocument = graphql(`
  query PreviewTestimonialSafety($text: String!, $story: String!) {
    previewSafety(text: $text) {
      ...SafetyCheckFields
    }
    storyHtml: renderMarkdownPreview(body: $story)
  }
`);

export const OutcomeCountsFragment = graphql(`
  fragment OutcomeRates on TestimonialStats {
    total
    withScores
    responders
    remitters
    responseRate
    remissionRate
  }
`);

export const TestimonialOutcomesDocument = graphql(`
  query TestimonialOutcomes {
    all: testimonialStats {
      ...OutcomeRates
      averageRating
      byModality {
        key
        count
      }
      byReliefOnset {
        key
        count
      }
      byReliefDuration {
        key
        count
      }
      sideEffects {
        key
        count
      }
    }
    iv: testimonialStats(modality: IV_INFUSION) {
      ...OutcomeRates
    }
    im: testimonialStats(modality: IM_INJECTION) {
      ...OutcomeRates
    }
    esketamine: testimonialStats(modality: ESKETAMINE_NASAL_SPRAY) {
      ...OutcomeRates
    }
    oral: testimonialStats(modality: ORAL_OR_SUBLINGUAL) {
      ...OutcomeRates
    }
    other: testimonialStats(modality: OTHER) {
      ...OutcomeRates
    }
  }
`);
