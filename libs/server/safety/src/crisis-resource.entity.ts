import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A crisis line or directory, seeded by migration; listed by region. */
@Entity('crisis_resources')
@Index('IDX_crisis_resources_region_name', ['region', 'name'], { unique: true })
export class CrisisResourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crisis_resources' })
  id: string;

  @Column({ type: 'varchar', length: 8 })
  region: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  sms: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  url: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
