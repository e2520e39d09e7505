import { Admin } from 'kafkajs';
import { TOPICS } from '@makerspace/contracts';

/**
 * Commit a new consumer group's offsets at the topics' current ends, so a service booted with it
 * handles only what is published from now on, instead of every event earlier runs left in the
 * topics (tens of thousands after the supervision suites).
 */
export async function startGroupsAtEnd(admin: Admin, groups: string[], topics: string[] = Object.values(TOPICS)): Promise<void> {
  for (const topic of topics) {
    const ends = (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high }));
    for (const groupId of groups) await admin.setOffsets({ groupId, topic, partitions: ends });
  }
}

/** The group's state as the broker reports it: Stable once its members joined, Empty when none is left. */
export async function groupState(admin: Admin, group: string): Promise<string> {
  const [description] = (await admin.describeGroups([group])).groups;
  return description.state;
}
