import { graphql } from '../../gql';

export const CheckInFieldsFragment = graphql(`
  fragment CheckInFields on CheckIn {
    id
    monthsAfter
    phq9
    phq2
    stillRelieved
    maintenanceSessions
    maintenanceModality
    sideEffects
    noteHtml
    status
    createdAt
  }
`);

export const TestimonialFollowUpsDocument = graphql(`
  query TestimonialFollowUps($id: ID!) {
    testimonial(id: $id) {
      id
      title
      status
      viewerIsAuthor
      phq9Before
      phq9After
      publishedAt
      createdAt
      firstSessionDate
      followUpsEnabled
      nextCheckInDue
      checkIns {
        ...CheckInFields
      }
    }
  }
`);

export const SetTestimonialFollowUpsDocument = graphql(`
  mutation SetTestimonialFollowUps($id: ID!, $enabled: Boolean!, $firstSessionDate: DateTime) {
    setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $firstSessionDate) {
      id
      firstSessionDate
      followUpsEnabled
      nextCheckInDue
    }
  }
`);

export const SubmitCheckInDocument = graphql(`
  mutation SubmitCheckIn($id: ID!, $input: CheckInInput!) {
    submitCheckIn(testimonialId: $id, input: $input) {
      checkIn {
        ...CheckInFields
      }
      safety {
        ...SafetyCheckFields
      }
    }
  }
`);

export const WithdrawCheckInDocument = graphql(`
  mutation WithdrawCheckIn($id: ID!) {
    withdrawCheckIn(id: $id) {
      id
      status
    }
  }
`);

export const DurabilityStatsDocument = graphql(`
  query DurabilityStats($modality: TreatmentModality, $maintenance: Boolean) {
    durabilityStats(modality: $modality, maintenance: $maintenance) {
      members
      followedUp
      minimumMembers
      points {
        monthsAfter
        respondents
        responders
        remitters
        lostToFollowUp
        responseRate
        remissionRate
      }
      curve {
        months
        survival
        lower
        upper
        atRisk
        events
        censored
      }
    }
  }
`);
