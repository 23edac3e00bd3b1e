import { graphql } from '../../gql';

export const ModerationDashboardDocument = graphql(`
  query ModerationDashboard {
    viewer {
      onCall
    }
    week: urgentResponseStats(days: 7) {
      claimMinutesP50
      claimMinutesP90
      cases
    }
    month: urgentResponseStats(days: 30) {
      claimMinutesP50
      claimMinutesP90
      cases
    }
    openCasesByAge {
      label
      fromMinutes
      count
      urgentCount
    }
  }
`);

export const SetOnCallDocument = graphql(`
  mutation SetOnCall($onCall: Boolean!) {
    setOnCall(onCall: $onCall)
  }
`);
