// Use cases of the users module: read, update and delete one's own account, and the admin listing.

import type { UpdateProfileInput, User } from '@brandwright/contracts';
import type { Db } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import { decodeCursor, toPage } from '../../platform/http/index.js';
import { type AvatarImage, avatarFrom } from './avatar-image.js';
import { UsersError } from './users.errors.js';
import { presentUser } from './users.presenter.js';
import type { Credentials, UsersRepository } from './users.repository.js';

export interface UserDeletedEvent {
  type: 'user.deleted';
  payload: { userId: string };
}

/** A role was granted or taken away (grant-admin / revoke-admin). */
export interface UserRoleChangedEvent {
  type: 'user.role-changed';
  payload: { userId: string; role: 'user' | 'admin' };
}

export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly events: EventBus,
  ) {}

  async get(userId: string): Promise<User> {
    const record = await this.repository.findById(userId);
    if (!record) throw new UsersError('NOT_FOUND');
    return presentUser(record);
  }

  /** Creates the account inside the caller's transaction; EMAIL_TAKEN when the email is in use. */
  async create(tx: Db, input: { email: string; passwordHash: string; fullName: string }): Promise<User> {
    const record = await this.repository.create(tx, input);
    if (!record) {
      throw new UsersError('EMAIL_TAKEN', undefined, {
        fields: [{ path: 'email', message: 'Already registered' }],
      });
    }
    return presentUser(record);
  }

  findCredentials(email: string): Promise<Credentials | undefined> {
    return this.repository.findCredentials(email);
  }

  /** For the auth module: the signed-in user's stored password hash. */
  async credentialsOf(userId: string): Promise<Credentials> {
    const credentials = await this.repository.findCredentialsById(userId);
    if (!credentials) throw new UsersError('NOT_FOUND');
    return credentials;
  }

  /** Resizes the uploaded photo, stores it and points the profile at it (a URL that changes with it). */
  async setAvatar(userId: string, upload: Buffer): Promise<User> {
    const avatar = await avatarFrom(upload);
    const record = await this.repository.saveAvatar(
      userId,
      avatar,
      `/api/v1/avatars/${userId}?v=${avatar.etag}`,
    );
    if (!record) throw new UsersError('NOT_FOUND');
    return presentUser(record);
  }

  async removeAvatar(userId: string): Promise<User> {
    const record = await this.repository.deleteAvatar(userId);
    if (!record) throw new UsersError('NOT_FOUND');
    return presentUser(record);
  }

  async avatar(userId: string): Promise<AvatarImage> {
    const avatar = await this.repository.findAvatar(userId);
    if (!avatar) throw new UsersError('NO_AVATAR');
    return avatar;
  }

  setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    return this.repository.setPasswordHash(userId, passwordHash);
  }

  async updateProfile(userId: string, patch: UpdateProfileInput): Promise<User> {
    const record = await this.repository.updateProfile(userId, patch);
    if (!record) throw new UsersError('NOT_FOUND');
    return presentUser(record);
  }

  /** Deletes every row of the user; listeners revoke what lives outside the database. */
  async delete(userId: string): Promise<void> {
    const deleted = await this.repository.delete(userId);
    if (!deleted) throw new UsersError('NOT_FOUND');
    await this.events.emit<UserDeletedEvent>({ type: 'user.deleted', payload: { userId } });
  }

  async list(limit: number, cursor?: string) {
    const rows = await this.repository.list(limit, decodeCursor(cursor));
    return toPage(rows, limit, presentUser);
  }

  /** False when no account has this email. Listeners end a demoted user's sessions. */
  async setRole(email: string, role: 'user' | 'admin'): Promise<boolean> {
    const result = await this.repository.setRole(email.toLowerCase(), role);
    if (!result) return false;
    if (result.changed)
      await this.events.emit<UserRoleChangedEvent>({
        type: 'user.role-changed',
        payload: { userId: result.id, role },
      });
    return true;
  }
}
