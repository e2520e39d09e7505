import { kafkaSettings } from './kafka-settings';

describe('where Kafka is', () => {
  it('defaults to the local broker, six partitions and no replicas', () => {
    expect(kafkaSettings({})).toEqual({ brokers: ['127.0.0.1:19092'], partitions: 6, replication: 1 });
  });

  it('composes the broker from KAFKA_PORT on the local stack', () => {
    expect(kafkaSettings({ KAFKA_PORT: '19310' }).brokers).toEqual(['127.0.0.1:19310']);
  });

  it('follows a cluster’s KAFKA_BROKERS, partitions and replication', () => {
    expect(kafkaSettings({ KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092', KAFKA_PARTITIONS: '12', KAFKA_REPLICATION: '3' })).toEqual({
      brokers: ['kafka-0:9092', 'kafka-1:9092'],
      partitions: 12,
      replication: 3,
    });
  });

  it('refuses a broker list that is not host:port, naming the variable', () => {
    expect(() => kafkaSettings({ KAFKA_BROKERS: 'kafka-0' })).toThrow(/KAFKA_BROKERS must be host:port/);
  });
});
