import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SideEffect, StillRelieved, TestimonialStatus, TreatmentModality } from '@haven/shared/contracts';
import { SafetyCheckObject } from '@haven/server/safety';
import type { CheckInEntity } from '../check-in.entity';

/** A follow-up check-in as the API serves it; it names no author (the testimonial's anonymity holds). */
@ObjectType('CheckIn')
export class CheckInObject {
  @Field(() => ID)
  id: string;

  /** Internal: the testimonial it belongs to. */
  testimonialId: string;

  @Field(() => Int, {
    description: 'Months after the first session at which this check-in was due: 1, 3, 6 or 12 by default.',
  })
  monthsAfter: number;

  @Field(() => Int, { nullable: true })
  phq9: number | null;

  @Field(() => Int, { nullable: true })
  phq2: number | null;

  @Field(() => StillRelieved)
  stillRelieved: StillRelieved;

  @Field(() => Int)
  maintenanceSessions: number;

  @Field(() => TreatmentModality, { nullable: true, description: 'The kind of the maintenance sessions.' })
  maintenanceModality: TreatmentModality | null;

  @Field(() => [SideEffect])
  sideEffects: SideEffect[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => TestimonialStatus)
  status: TestimonialStatus;

  @Field()
  createdAt: Date;
}

@ObjectType('CheckInPayload')
export class CheckInPayloadObject {
  @Field(() => CheckInObject)
  checkIn: CheckInObject;

  @Field(() => SafetyCheckObject)
  safety: SafetyCheckObject;
}

@InputType('CheckInInput')
export class CheckInInput {
  @Field(() => Int, { nullable: true, description: 'PHQ-9 total, 0 to 27 (give this or phq2).' })
  phq9?: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-2 total, 0 to 6, for a quick answer.' })
  phq2?: number | null;

  @Field(() => StillRelieved)
  stillRelieved: StillRelieved;

  @Field(() => Int, { description: 'Maintenance sessions since the last check-in, 0 to 100.' })
  maintenanceSessions: number;

  @Field(() => TreatmentModality, {
    nullable: true,
    description: "Their kind; the testimonial's modality when left out.",
  })
  maintenanceModality?: TreatmentModality | null;

  @Field(() => [SideEffect], { nullable: true, description: 'New or changed side effects.' })
  sideEffects?: SideEffect[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'At most 2,000 characters; reviewed before it is shown.',
  })
  note?: string | null;
}

export function toCheckInObject(row: CheckInEntity): CheckInObject {
  return {
    id: row.id,
    testimonialId: row.testimonialId,
    monthsAfter: row.monthsAfter,
    phq9: row.phq9,
    phq2: row.phq2,
    stillRelieved: row.stillRelieved,
    maintenanceSessions: row.maintenanceSessions,
    maintenanceModality: row.maintenanceModality,
    sideEffects: row.sideEffects,
    note: row.note,
    status: row.status,
    createdAt: row.createdAt,
  };
}
