import { graphql } from '../../gql';

export const MyTrackerDocument = graphql(`
  query MyTracker {
    myTracker {
      checkInConsent
      sessions {
        id
        date
        modality
        setting
        notes
      }
      moods {
        id
        date
        scale
        score
        item9
        phq9Answers
      }
    }
  }
`);

export const LogTrackerSessionDocument = graphql(`
  mutation LogTrackerSession($input: TrackerSessionInput!) {
    logTrackerSession(input: $input) {
      id
    }
  }
`);

export const LogMoodDocument = graphql(`
  mutation LogMood($input: MoodEntryInput!) {
    logMood(input: $input) {
      entry {
        id
        score
      }
      safety {
        crisisDetected
        resources {
          region
          name
          phone
          sms
          url
        }
      }
    }
  }
`);

export const DeleteTrackerSessionDocument = graphql(`
  mutation DeleteTrackerSession($id: ID!) {
    deleteTrackerSession(id: $id)
  }
`);

export const DeleteMoodEntryDocument = graphql(`
  mutation DeleteMoodEntry($id: ID!) {
    deleteMoodEntry(id: $id)
  }
`);

export const SetTrackerCheckInConsentDocument = graphql(`
  mutation SetTrackerCheckInConsent($enabled: Boolean!) {
    setTrackerCheckInConsent(enabled: $enabled) {
      checkInConsent
    }
  }
`);
