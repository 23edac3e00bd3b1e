export { RoomsPage } from './RoomsPage';
export { RoomPage } from './RoomPage';
