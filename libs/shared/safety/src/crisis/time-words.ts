/** When: an intent with one of these is a plan with a time. */
export const TIME =
  'tonight|tonite|tomorrow|tmrw|tmr|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend|midnight|3am|hour|date|birthday|shift';
