// Use cases of the user's publishing preferences: posting slots and settings.
import type { PostingSlots, PublishingSettings } from '@brandwright/contracts';
import type { SettingsRepository } from './settings.repository.js';

export class PublishingSettingsService {
  constructor(private readonly repository: SettingsRepository) {}

  async slots(userId: string): Promise<PostingSlots> {
    return { slots: await this.repository.slots(userId) };
  }

  async replaceSlots(userId: string, input: PostingSlots): Promise<PostingSlots> {
    await this.repository.replaceSlots(userId, input.slots);
    return this.slots(userId);
  }

  settings(userId: string): Promise<PublishingSettings> {
    return this.repository.settings(userId);
  }

  async update(userId: string, changes: Partial<PublishingSettings>): Promise<PublishingSettings> {
    const merged = { ...(await this.repository.settings(userId)), ...changes };
    await this.repository.saveSettings(userId, merged);
    return merged;
  }
}
