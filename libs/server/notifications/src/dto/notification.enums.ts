import { registerEnumType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind, WatchLevel } from '@haven/shared/contracts';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery' });
registerEnumType(WatchLevel, { name: 'WatchLevel' });

export { NotificationDelivery, NotificationKind, WatchLevel };
