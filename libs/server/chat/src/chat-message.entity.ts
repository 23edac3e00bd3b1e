import { UserEntity } from '@haven/server/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ChatRoomEntity } from './chat-room.entity';

/** How a stored message stands: VISIBLE to all, PENDING_REVIEW (author and moderators only), REMOVED. */
export enum StoredMessageStatus {
  VISIBLE = 'VISIBLE',
  PENDING_REVIEW = 'PENDING_REVIEW',
  REMOVED = 'REMOVED',
}

/** One message in a room. The body is kept when a message is removed, so a moderator can restore it. */
@Entity('chat_messages')
@Check('CHK_chat_messages_status', `"status" IN ('VISIBLE', 'PENDING_REVIEW', 'REMOVED')`)
@Check('CHK_chat_messages_body', 'char_length(btrim("body")) > 0')
@Index('IDX_chat_messages_room_created', ['roomId', 'createdAt', 'id'])
@Index('UQ_chat_messages_author_client', ['authorId', 'clientMessageId'], { unique: true })
@Index('IDX_chat_messages_created', ['createdAt'])
export class ChatMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => ChatRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: ChatRoomEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  /** The sender's own id for the message, unique per author: a retry finds the stored message. */
  @Column({ name: 'client_message_id', type: 'varchar', length: 64 })
  clientMessageId: string;

  @Column({ type: 'varchar', length: 16, default: StoredMessageStatus.VISIBLE })
  status: StoredMessageStatus;

  /** The safety check found crisis language when the message was sent. */
  @Column({ name: 'crisis_detected', type: 'boolean', default: false })
  crisisDetected: boolean;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy: string | null;

  /** Millisecond precision, so a page cursor (a JavaScript date) names a row exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
